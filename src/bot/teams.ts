import { Channels, TurnContext, type Activity } from 'botbuilder';

/**
 * The text to match, without mentions of the bot. In Teams channels and group chats the bot only
 * receives messages that @mention it, and the text carries `<at>Bot name</at>` wherever the user
 * put it; other people's mentions keep their names.
 */
export function textWithoutBotMention(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  // Most messages mention nobody and are spaced plainly: nothing to take out.
  if (!activity.entities?.length && !text.includes('<') && !UNEVEN_SPACING.test(text)) return text;
  if (activity.entities?.some((e) => e.type === 'mention')) text = TurnContext.removeRecipientMention(activity) ?? text;
  const botName = activity.recipient?.name;
  text = text.replace(/<at[^>]*>(.*?)<\/at>/gi, (_match, name: string) => (botName && name.trim() === botName.trim() ? ' ' : name));
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace that the cleaning below would change: other than single spaces between words. */
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;

/** True in Microsoft Teams. */
export function isTeams(activity: Partial<Activity>): boolean {
  return activity.channelId === Channels.Msteams;
}

/**
 * The verdict of Teams' own feedback on a message (the `message/submitAction` invoke Teams sends
 * when someone clicks thumbs up or down on a reply with `feedbackLoopEnabled`): `value` is
 * `{ actionName: 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback } }`. Anything
 * else is not feedback. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content
 */
export function teamsFeedbackReaction(value: unknown): 'helpful' | 'notHelpful' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { actionName, actionValue } = value as { actionName?: unknown; actionValue?: unknown };
  if (actionName !== 'feedback' || typeof actionValue !== 'object' || actionValue === null) return undefined;
  const reaction = (actionValue as { reaction?: unknown }).reaction;
  return reaction === 'like' ? 'helpful' : reaction === 'dislike' ? 'notHelpful' : undefined;
}
