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
  if (activity.entities?.some((e) => e.type === 'mention')) text = TurnContext.removeRecipientMention({ ...activity, text } as Activity) ?? text;
  text = replaceMentionTags(text, activity.recipient?.name);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Replaces Teams' mention tags, `<at ...>name</at>`, with the name, or with a space for the bot's
 * own. One pass, each tag looked for from where the last one ended: a pattern such as
 * `/<at[^>]*>(.*?)<\/at>/` rescans the rest of the text from every "<at" that never closes.
 */
function replaceMentionTags(text: string, botName: string | undefined): string {
  const open = /<at/gi;
  const close = /<\/at>/gi;
  let result = '';
  let copied = 0;
  for (;;) {
    open.lastIndex = copied;
    const start = open.exec(text)?.index;
    if (start === undefined) break;
    const nameStart = text.indexOf('>', start + 3) + 1;
    if (nameStart === 0) break;
    close.lastIndex = nameStart;
    const end = close.exec(text)?.index;
    if (end === undefined) break;
    const name = text.slice(nameStart, end);
    result += text.slice(copied, start) + (botName && name.trim() === botName.trim() ? ' ' : name);
    copied = end + '</at>'.length;
  }
  return result + text.slice(copied);
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
