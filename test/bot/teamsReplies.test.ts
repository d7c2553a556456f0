import { ActionTypes, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createConversation, type Say } from '../../src/conversation/conversation.js';
import { render, TEAMS_SUGGESTED_ACTIONS } from '../../src/bot/replies.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { messages } from '../../src/conversation/messages.js';
import { fixtureKnowledge } from '../helpers.js';

/**
 * Every shape of reply the bot can send, rendered for each Teams scope, against Teams' rules: at
 * most three suggested actions, of type imBack only, and only in personal chat; Hero card buttons
 * of the types Teams supports on cards; feedback as Teams' own feedback loop in every scope.
 */
const conversation = createConversation(createFaqEngine(fixtureKnowledge()));
/** An engine that never answers outright, so a question gets the fullest "Did you mean". */
const hesitant = createConversation(createFaqEngine(fixtureKnowledge(), { decision: { answerThreshold: 2, suggestThreshold: 0.2, clearThreshold: 2 } }));
/** With a feedback log: unanswered questions carry the button that sends them to ICORN's editors. */
const keeping = createConversation(createFaqEngine(fixtureKnowledge()), { keepsQuestions: true });
const offered = hesitant.respond('member cities', undefined, {}).offer!;
const SHAPES: Array<[string, Say[]]> = [
  ['welcome', [conversation.welcome()]],
  ['help', conversation.respond('help', undefined, {}).say],
  ['answer with follow-ups and feedback', conversation.respond('How can my city join?', undefined, {}).say],
  ['did you mean', hesitant.respond('member cities', undefined, {}).say],
  ['fallback', conversation.respond('Can you book me a flight to Paris?', undefined, {}).say],
  ['not stated', conversation.respond('How many people work at ICORN?', undefined, {}).say],
  ['another language', conversation.respond('Я журналист, и мне угрожают. Как подать заявку на резиденцию?', undefined, {}).say],
  ['small talk', conversation.respond('thanks', undefined, {}).say],
  ['fallback with the send button', keeping.respond('Can you book me a flight to Paris?', undefined, {}).say],
  ['not stated with the send button', keeping.respond('How many people work at ICORN?', undefined, {}).say],
  ['"None of these" with the send button', createConversation(createFaqEngine(fixtureKnowledge()), { keepsQuestions: true }).pick('None of these', offered)!.say],
  ['privacy', conversation.respond('privacy', undefined, {}).say],
];
const CARD_ACTION_TYPES: string[] = [ActionTypes.ImBack, ActionTypes.MessageBack, ActionTypes.OpenUrl];

function contextIn(scope: 'personal' | 'groupChat' | 'channel'): TurnContext {
  return { activity: { channelId: 'msteams', conversation: { conversationType: scope, id: `c-${scope}` } } } as unknown as TurnContext;
}

describe("replies in Teams follow Teams' rules", () => {
  it('covers the did-you-mean shape with more than three buttons', () => {
    const didYouMean = SHAPES.find(([name]) => name === 'did you mean')![1];
    expect(didYouMean.at(-1)!.buttons.length).toBeGreaterThan(TEAMS_SUGGESTED_ACTIONS.max);
  });

  for (const scope of ['personal', 'groupChat', 'channel'] as const) {
    it.each(SHAPES)(`${scope}: %s`, (_name, says) => {
      for (const say of says) {
        const activity = render(contextIn(scope), say) as Partial<Activity>;
        const suggested = activity.suggestedActions?.actions ?? [];
        const cardButtons = (activity.attachments ?? []).flatMap((a) => (a.content as { buttons?: CardAction[] }).buttons ?? []);
        if (scope !== 'personal') expect(suggested).toEqual([]);
        expect(suggested.length).toBeLessThanOrEqual(TEAMS_SUGGESTED_ACTIONS.max);
        for (const action of suggested) expect(TEAMS_SUGGESTED_ACTIONS.types).toContain(action.type);
        for (const button of cardButtons) expect(CARD_ACTION_TYPES).toContain(button.type);
        // No button is lost: every one is either suggested or on the card, except "Was this
        // helpful?", which is Teams' own feedback on the message.
        const feedback = say.buttons.filter((button) => button.feedback);
        expect(suggested.length + cardButtons.length).toBe(say.buttons.length - feedback.length);
        expect(activity.channelData).toEqual(feedback.length > 0 ? { feedbackLoopEnabled: true } : undefined);
      }
    });
  }

  it('keeps the value of the send button in every scope (a messageBack, on a Hero card)', () => {
    const sends = SHAPES.filter(([name]) => name.endsWith('with the send button'));
    expect(sends).toHaveLength(3);
    for (const scope of ['personal', 'groupChat', 'channel'] as const) {
      for (const [name, says] of sends) {
        const activity = render(contextIn(scope), says[0]!) as Partial<Activity>;
        const cardButtons = (activity.attachments ?? []).flatMap((a) => (a.content as { buttons?: CardAction[] }).buttons ?? []);
        const send = cardButtons.find((b) => b.title === messages.sendQuestion);
        expect(send, `${scope}: ${name}`).toMatchObject({ type: ActionTypes.MessageBack, text: messages.sendQuestion, value: { consent: 'sendQuestion' } });
      }
    }
  });

  it('keeps the richer form for Web Chat: every button a suggested action', () => {
    const webchat = { activity: { channelId: 'webchat', conversation: { id: 'w' } } } as unknown as TurnContext;
    const say = SHAPES.find(([name]) => name === 'answer with follow-ups and feedback')![1][0]!;
    expect((render(webchat, say) as Partial<Activity>).suggestedActions?.actions.length).toBe(say.buttons.length);
  });
});
