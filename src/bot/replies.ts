import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { FaqEngine } from '../faq/faqEngine.js';
import type { Entry } from '../faq/types.js';
import { messages, TOPIC_ENTRY_IDS } from './messages.js';

/** A button that sends `value` as if the user typed it: works in Teams, Web Chat and the Emulator. */
export function button(title: string, value: string): CardAction {
  return { type: ActionTypes.ImBack, title, value };
}

/**
 * Teams shows suggested actions only in personal chat; in channels and group chats the buttons go
 * on a Hero card instead. Everywhere else (Web Chat, Emulator) suggested actions read best.
 */
export function canSuggestActions(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return channelId !== 'msteams' || !conversation?.conversationType || conversation.conversationType === 'personal';
}

/** A Markdown message with buttons, in the form the channel shows. */
export function messageWithButtons(context: TurnContext, text: string, buttons: CardAction[]): Partial<Activity> {
  if (buttons.length === 0) return MessageFactory.text(text);
  if (canSuggestActions(context)) {
    const activity = MessageFactory.text(text);
    activity.suggestedActions = { actions: buttons, to: [] };
    return activity;
  }
  const activity = MessageFactory.text(text);
  activity.attachments = [CardFactory.heroCard('', undefined, buttons)];
  return activity;
}

/** Buttons that ask an entry's question. */
export function entryButtons(entries: Entry[]): CardAction[] {
  return entries.map((e) => button(e.title, e.question));
}

/** The topic buttons of the welcome and the help. */
export function topicButtons(engine: FaqEngine): CardAction[] {
  return entryButtons(TOPIC_ENTRY_IDS.map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined));
}

/** What a feedback button sends: the entry it is about, and the verdict. */
export interface FeedbackValue {
  feedback: 'helpful' | 'notHelpful';
  entryId: string;
}

/** "Helpful" / "Not helpful" buttons for an answer (messageBack: the value says which entry). */
export function feedbackButtons(entry: Entry): CardAction[] {
  return (['helpful', 'notHelpful'] as const).map((feedback) => {
    const title = feedback === 'helpful' ? messages.helpful : messages.notHelpful;
    const value: FeedbackValue = { feedback, entryId: entry.id };
    return { type: ActionTypes.MessageBack, title, text: title, displayText: title, value };
  });
}

/** The feedback an activity carries: from a feedback button, or typed as its title after an answer. */
export function feedbackOf(activity: Partial<Activity>, lastEntryId: string | undefined): FeedbackValue | undefined {
  const value = activity.value as Partial<FeedbackValue> | undefined;
  if (value && (value.feedback === 'helpful' || value.feedback === 'notHelpful') && typeof value.entryId === 'string') {
    return { feedback: value.feedback, entryId: value.entryId };
  }
  const text = (activity.text ?? '').trim().toLowerCase();
  if (!lastEntryId) return undefined;
  if (text === messages.helpful.toLowerCase()) return { feedback: 'helpful', entryId: lastEntryId };
  if (text === messages.notHelpful.toLowerCase()) return { feedback: 'notHelpful', entryId: lastEntryId };
  return undefined;
}

/** An answer with its follow-up questions as buttons, and "Was this helpful?" buttons. */
export function answerReply(context: TurnContext, engine: FaqEngine, entry: Entry, withFeedback = true): Partial<Activity> {
  return messageWithButtons(context, entry.answer, [...entryButtons(engine.followUps(entry)), ...(withFeedback ? feedbackButtons(entry) : [])]);
}

/** ICORN's contact lines from the knowledge (its `contact` entry), for the fallback and apologies. */
export function contactLines(engine: FaqEngine): string {
  const lines = engine.entry('contact')?.answer.split('\n').filter((line) => line.startsWith('- ')).join('\n');
  return lines || messages.fallbackDefaultContacts;
}

/** "Did you mean" with each option and "None of these". */
export function didYouMeanReply(context: TurnContext, options: Entry[]): Partial<Activity> {
  const lines = options.map((e, i) => `${i + 1}. ${e.question}`).join('\n');
  const buttons = [...options.map((e) => button(e.title, e.question)), button(messages.noneOfThese, messages.noneOfThese)];
  return messageWithButtons(context, `${messages.didYouMean}\n\n${lines}`, buttons);
}

/** The honest "I don't know": what the bot can answer, and ICORN's contacts from the knowledge. */
export function fallbackReply(context: TurnContext, engine: FaqEngine, afterNone = false): Partial<Activity> {
  const text = [afterNone ? messages.fallbackAfterNone : messages.fallback, messages.fallbackContactsHeading, contactLines(engine)].join('\n\n');
  return messageWithButtons(context, text, topicButtons(engine));
}
