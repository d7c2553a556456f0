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
 * More buttons, or a feedback or "English original" button (messageBack), go on a Hero card,
 * whose buttons Teams supports with imBack and messageBack:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions
 */
export const TEAMS_SUGGESTED_ACTIONS = { max: 3, types: [ActionTypes.ImBack as string] } as const;

function fitsSuggestedActions(context: TurnContext, actions: CardAction[]): boolean {
  if (context.activity.channelId !== 'msteams') return true;
  return actions.length <= TEAMS_SUGGESTED_ACTIONS.max && actions.every((action) => TEAMS_SUGGESTED_ACTIONS.types.includes(action.type));
}

/** A message of the conversation as an activity, in the form the channel shows. */
export function render(context: TurnContext, say: Say): Partial<Activity> {
  const activity = MessageFactory.text(say.text);
  if (say.buttons.length === 0) return activity;
  const actions = say.buttons.map(cardAction);
  if (canSuggestActions(context) && fitsSuggestedActions(context, actions)) activity.suggestedActions = { actions, to: [] };
  else activity.attachments = [CardFactory.heroCard('', undefined, actions)];
  return activity;
}
