import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { FaqDialog, type ConversationMemory, type TurnOutcome } from '../../dialogs/faqDialog.js';
import { contactLines, createConversation, pick } from '../../src/conversation/conversation.js';
import { messages } from '../../src/conversation/messages.js';
import { FaqBot } from '../../src/bot/faqBot.js';
import { fixtureKnowledge, fixtureKnowledgeWithAtRisk, liveEngine } from '../helpers.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { enginesOf } from './transcript.js';

const knowledge = fixtureKnowledge();
/** `hesitant` answers outright only a question word for word: every other question gets a "Did you mean". */
const { default: engine, hesitant } = enginesOf(knowledge);
const UNSURE_QUERY = 'member cities';
const answerOf = (id: string) => knowledge.byId.get(id)?.answer;

/** A test client for the FAQ dialog, with the outcomes it reported. */
function dialogClient(faqEngine = engine) {
  const conversationState = new ConversationState(new MemoryStorage());
  const outcomes: TurnOutcome[] = [];
  const dialog = new FaqDialog(createConversation(faqEngine), conversationState.createProperty<ConversationMemory>('faqMemory'), {
    onOutcome: (_context, outcome) => {
      outcomes.push(outcome);
    },
  });
  const client = new DialogTestClient('test', dialog, undefined, [], conversationState);
  return { client, outcomes };
}

// The conversations (answers, follow-ups, small talk, help, did-you-mean, start over, repeat, the
// welcome) are transcripts in test/transcripts/, played by transcripts.test.ts. Here: what a
// transcript cannot express.

describe('the FAQ dialog', () => {
  it('reports what each turn did to its listener', async () => {
    const { client, outcomes } = dialogClient(hesitant);
    await client.sendActivity('How can my city join ICORN?');
    const offer: Partial<Activity> = await client.sendActivity(UNSURE_QUERY);
    expect(offer.text).toContain(messages.didYouMean);
    await client.sendActivity(messages.noneOfThese);
    await client.sendActivity(UNSURE_QUERY);
    await client.sendActivity('2');
    expect(outcomes.map((o) => [o.kind, o.entryId])).toEqual([
      ['answer', 'how-to-join'],
      ['didYouMean', undefined],
      ['noneOfThese', undefined],
      ['didYouMean', undefined],
      ['choice', expect.any(String)],
    ]);
  });
});

describe('someone at risk who asks something else too', () => {
  it('gets what matters to them first, then the answer to the question, with its buttons', async () => {
    const withAtRisk = fixtureKnowledgeWithAtRisk();
    const { client, outcomes } = dialogClient(createFaqEngine(withAtRisk));
    const first: Partial<Activity> = await client.sendActivity('They threatened me because of my articles. What is the phone number of ICORN?');
    expect(first.text).toBe(withAtRisk.byId.get('at-risk')?.answer);
    const second: Partial<Activity> | undefined = client.getNextReply();
    expect(second?.text).toBe(withAtRisk.byId.get('phone')?.answer);
    expect(second?.suggestedActions?.actions.map((action) => action.title)).toContain(messages.helpful);
    expect(outcomes.map((outcome) => [outcome.kind, outcome.entryId])).toEqual([['answer', 'phone']]);
  });
});

describe('someone in danger who asks about something the page never speaks of', () => {
  it('is told so first, then gets the at-risk answer, with the contacts once', async () => {
    const live = liveEngine();
    const { client, outcomes } = dialogClient(live);
    const reply: Partial<Activity> = await client.sendActivity('we are all in danger, my wife and children too. if i go to ICORN city my family can come with me?');
    const text = reply.text ?? '';
    expect(text.startsWith(messages.notStated('anything about family members'))).toBe(true);
    expect(text).toContain(live.entry('at-risk')?.answer);
    // The at-risk answer gives the email and the phone; the website, which it does not, comes after it.
    for (const line of contactLines(live).split('\n')) expect([line, text.split(line).length - 1]).toEqual([line, 1]);
    expect(outcomes.map((outcome) => [outcome.kind, outcome.entryId])).toEqual([['notStated', 'at-risk']]);
  });
});

describe('picking a did-you-mean option', () => {
  const options = ['member-count', 'how-to-join'].map((id) => knowledge.byId.get(id)!);
  it.each([
    ['How many cities are members of ICORN?', 'member-count'],
    ['how a city joins', 'how-to-join'],
    ['2', 'how-to-join'],
    ['None of these', 'none'],
    ['neither', 'none'],
    ['what is the vision', undefined],
  ])('%j picks %s', (text, expected) => {
    const picked = pick(text, options);
    expect(typeof picked === 'string' || picked === undefined ? picked : picked.id).toBe(expected);
  });
});

describe('the bot', () => {
  it('says nothing when only the bot itself is added', async () => {
    const bot = new FaqBot(engine, new ConversationState(new MemoryStorage()));
    const adapter = new TestAdapter(async (context) => bot.run(context));
    await adapter.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(adapter.activeQueue).toHaveLength(0);
  });
});

describe('the FAQ dialog as a component', () => {
  it('runs a child dialog added the standard way (addDialog), around its own waterfall', async () => {
    const conversationState = new ConversationState(new MemoryStorage());
    // A host extends the component: a child that asks the FAQ waterfall, then adds a line of its own.
    class ExtendedDialog extends FaqDialog {
      constructor() {
        super(createConversation(engine), conversationState.createProperty<ConversationMemory>('faqMemory'));
        this.addDialog(
          new WaterfallDialog('wrapper', [
            async (step) => step.beginDialog('ask'),
            async (step) => {
              await step.context.sendActivity('child dialog done');
              return step.endDialog();
            },
          ]),
        );
        this.initialDialogId = 'wrapper';
      }
    }
    const dialog = new ExtendedDialog();
    const client = new DialogTestClient('test', dialog, undefined, [], conversationState);
    const reply: Partial<Activity> = await client.sendActivity("What is ICORN's phone number?");
    expect(reply.text).toBe(answerOf('phone'));
    expect(client.getNextReply()?.text).toBe('child dialog done');
  });
});
