import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import { SEND_QUESTION, type Button, type Say } from '../conversation/conversation.js';

/**
 * Teams shows suggested actions only in personal chat; in channels and group chats the buttons go
 * on a Hero card instead. Everywhere else (Web Chat, Emulator) suggested actions read best.
 */
export function canSuggestActions(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return channelId !== 'msteams' || !conversation?.conversationType || conversation.conversationType === 'personal';
}

/**
 * A button as a card action: imBack sends its text as if typed; a feedback, "English original" or
 * "send this question" button is a messageBack carrying its value (Teams keeps a messageBack's value
 * on a Hero card, where `render` puts it).
 */
export function cardAction(button: Button): CardAction {
  if (button.consent) return { type: ActionTypes.MessageBack, title: button.title, text: button.text, displayText: button.text, value: SEND_QUESTION };
  if (button.feedback) return { type: ActionTypes.MessageBack, title: button.title, text: button.text, displayText: button.text, value: button.feedback };
  if (button.original) return { type: ActionTypes.MessageBack, title: button.title, text: button.text, displayText: button.text, value: { original: button.original } };
  return { type: ActionTypes.ImBack, title: button.title, value: button.text };
}

/**
 * Teams shows only the first three suggested actions, and only of type imBack there (or
 * Action.Compose / Action.Submit): https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/suggested-actions
 * More buttons, or a button that carries a value (messageBack), go on a Hero card, whose
 * buttons Teams supports with imBack and messageBack in every scope:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions
 * (Microsoft 365 Agents Playground 0.2.28 shows Hero cards but runs only their link buttons: it
 * answers a click on any other with "Action type imBack is not supported yet".)
 */
export const TEAMS_SUGGESTED_ACTIONS = { max: 3, types: [ActionTypes.ImBack as string] } as const;

/** Markdown that a client shows raw when it does not format the text: emphasis, links, lists, quotes, headings, code. */
const MARKDOWN = /[*_`#]|\]\(|^[ \t]*(?:[-+>]|\d+\.)[ \t]/m;

/**
 * Microsoft 365 Agents Playground (0.2.28), Microsoft's Teams emulator, shows the text of a message
 * with suggested actions as plain text, Markdown and all, while it formats the same text sent with a
 * card: in Teams, suggested actions carry only plain text, and formatted answers put their buttons
 * on a Hero card (test/clients/playground.e2e.test.ts shows both).
 */
function fitsSuggestedActions(context: TurnContext, text: string, actions: CardAction[]): boolean {
  if (context.activity.channelId !== 'msteams') return true;
  if (MARKDOWN.test(text)) return false;
  return actions.length <= TEAMS_SUGGESTED_ACTIONS.max && actions.every((action) => TEAMS_SUGGESTED_ACTIONS.types.includes(action.type));
}

/**
 * In Teams, "Was this helpful?" is Teams' own feedback on the message (thumbs up and down in
 * personal chats, group chats and channels): the reply sets `channelData.feedbackLoopEnabled` and
 * Teams sends a `message/submitAction` invoke when someone reacts, instead of two buttons that
 * would take suggested-action slots. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content
 * Returns the entry the message's feedback is about, when it asks for feedback in Teams.
 */
export function teamsFeedbackEntry(context: TurnContext, say: Say): string | undefined {
  if (context.activity.channelId !== 'msteams') return undefined;
  return say.buttons.find((button) => button.feedback)?.feedback?.entryId;
}

/** A message of the conversation as an activity, in the form the channel shows. */
export function render(context: TurnContext, say: Say): Partial<Activity> {
  const activity = MessageFactory.text(say.text);
  let buttons = say.buttons;
  if (teamsFeedbackEntry(context, say)) {
    activity.channelData = { feedbackLoopEnabled: true };
    buttons = buttons.filter((button) => !button.feedback);
  }
  if (buttons.length === 0) return activity;
  const actions = buttons.map(cardAction);
  if (canSuggestActions(context) && fitsSuggestedActions(context, say.text, actions)) activity.suggestedActions = { actions, to: [] };
  else activity.attachments = [CardFactory.heroCard('', undefined, actions)];
  return activity;
}

