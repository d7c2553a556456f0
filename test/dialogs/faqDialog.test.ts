import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { FaqDialog, type ConversationMemory, type TurnOutcome } from '../../dialogs/faqDialog.js';
import { createConversation, pick } from '../../src/conversation/conversation.js';
import { messages } from '../../src/conversation/messages.js';
import { FaqBot } from '../../src/bot/faqBot.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { projectRoot } from '../../src/paths.js';

const knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
const engine = createFaqEngine(knowledge);
/** The real engine, told never to answer outright unless the query is a question word for word: every other question gets a "Did you mean". */
const hesitant = createFaqEngine(knowledge, { decision: { answerThreshold: 1.01 } });
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

function buttonValues(reply: Partial<Activity>): string[] {
  const actions = reply.suggestedActions?.actions ?? [];
  return actions.map((a) => String(a.value));
}

describe('the FAQ dialog', () => {
  let client: DialogTestClient;
  let outcomes: TurnOutcome[];
  beforeEach(() => {
    ({ client, outcomes } = dialogClient());
  });

  it('answers a question with the entry and its follow-ups as buttons', async () => {
    const reply: Partial<Activity> = await client.sendActivity('How can my city join?');
    expect(reply.text).toBe(answerOf('how-to-join'));
    expect(buttonValues(reply)).toContain(knowledge.byId.get('member-commitment')?.question);
    expect(outcomes).toMatchObject([{ kind: 'answer', entryId: 'how-to-join' }]);
  });

  it('walks a did-you-mean through a pick, "None of these", and a new question', async () => {
    ({ client, outcomes } = dialogClient(hesitant));
    const ask = async () => {
      const reply: Partial<Activity> = await client.sendActivity(UNSURE_QUERY);
      expect(reply.text).toContain(messages.didYouMean);
      return buttonValues(reply);
    };
    const options = await ask();
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.at(-1)).toBe(messages.noneOfThese);

    const picked: Partial<Activity> = await client.sendActivity(options[1] as string);
    const pickedEntry = knowledge.entries.find((e) => e.question === options[1]);
    expect(picked.text).toBe(pickedEntry?.answer);

    await ask();
    const none: Partial<Activity> = await client.sendActivity(messages.noneOfThese);
    expect(none.text).toContain(messages.fallbackAfterNone);
    expect(none.text).toContain('mailto:icorn@icorn.org');
    expect(outcomes.map((o) => o.kind)).toContain('noneOfThese');

    await ask();
    const other: Partial<Activity> = await client.sendActivity("What is ICORN's phone number?");
    expect(other.text).toBe(answerOf('phone'));
  });

  it('falls back honestly, with what it can answer and the contacts', async () => {
    const reply: Partial<Activity> = await client.sendActivity('Can you book me a flight to Paris?');
    expect(reply.text).toContain(messages.fallback);
    expect(reply.text).toContain('[icorn@icorn.org](mailto:icorn@icorn.org)');
    expect(reply.text).toContain('+47 51507125');
  });

  it.each([
    ['hello', messages.smallTalk.greeting],
    ['thank you!', messages.smallTalk.thanks],
    ['goodbye', messages.smallTalk.goodbye],
    ['Are you a bot?', messages.smallTalk.areYouABot],
  ])('answers small talk %j conversationally', async (text, expected) => {
    const reply: Partial<Activity> = await client.sendActivity(text);
    expect(reply.text).toBe(expected);
    expect(knowledge.entries.some((e) => reply.text?.includes(e.answer))).toBe(false);
  });

  it.each(['help', 'what can you do', 'What can I ask?'])('explains what it can answer on %j', async (text) => {
    const reply: Partial<Activity> = await client.sendActivity(text);
    expect(reply.text).toBe(messages.help);
    expect(buttonValues(reply)).toContain('What is ICORN?');
  });

  it('"start over" ends an open did-you-mean', async () => {
    ({ client } = dialogClient(hesitant));
    const first: Partial<Activity> = await client.sendActivity(UNSURE_QUERY);
    expect(first.text).toContain(messages.didYouMean);
    const reply: Partial<Activity> = await client.sendActivity('start over');
    expect(reply.text).toBe(messages.startOver);
    // The did-you-mean is over: "1" is no longer a pick but a (meaningless) question.
    const next: Partial<Activity> = await client.sendActivity('1');
    expect(next.text).toContain(messages.fallback);
  });

  it('answers an empty message with a hint', async () => {
    const reply: Partial<Activity> = await client.sendActivity({ type: 'message', text: '   ' });
    expect(reply.text).toBe(messages.emptyMessage);
  });

  it('repeats the last answer', async () => {
    await client.sendActivity('phone');
    const reply: Partial<Activity> = await client.sendActivity('can you repeat that');
    expect(reply.text).toBe(answerOf('phone'));
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
  function botAdapter(faqEngine = engine) {
    const bot = new FaqBot(faqEngine, new ConversationState(new MemoryStorage()));
    return new TestAdapter(async (context) => bot.run(context));
  }

  it('welcomes a user who joins, with topic buttons', async () => {
    await botAdapter()
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } })
      .assertReply((reply) => {
        expect(reply.text).toBe(messages.welcome);
        expect(buttonValues(reply)).toEqual(['What is ICORN?', 'How can my city join ICORN?', 'Who can get a residency?', 'How do I apply for a residency?', 'How do I contact ICORN?']);
      });
  });

  it('says nothing when only the bot itself is added', async () => {
    const adapter = botAdapter();
    await adapter.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(adapter.activeQueue).toHaveLength(0);
  });

  it('answers a new question asked instead of a pick, and closes the did-you-mean', async () => {
    let offered: string[] = [];
    await botAdapter(hesitant)
      .send(UNSURE_QUERY)
      .assertReply((reply) => {
        expect(reply.text).toContain(messages.didYouMean);
        offered = buttonValues(reply);
      })
      .send("What is ICORN's phone number?")
      .assertReply((reply) => expect(reply.text).toBe(answerOf('phone')))
      // The prompt is closed: "2" no longer picks the second option offered.
      .send('2')
      .assertReply((reply) => {
        const second = knowledge.entries.find((e) => e.question === offered[1]);
        expect(second).toBeDefined();
        expect(reply.text).not.toBe(second?.answer);
      })
      .send(UNSURE_QUERY)
      .assertReply((reply) => expect(reply.text).toContain(messages.didYouMean))
      .send('start over')
      .assertReply((reply) => expect(reply.text).toBe(messages.startOver))
      .send('None of these')
      .assertReply((reply) => expect(reply.text).not.toContain(messages.fallbackAfterNone));
  });

  it('keeps a did-you-mean open across turns through the conversation state', async () => {
    await botAdapter(hesitant)
      .send(UNSURE_QUERY)
      .assertReply((reply) => expect(reply.text).toContain(messages.didYouMean))
      .send('None of these')
      .assertReply((reply) => expect(reply.text).toContain(messages.fallbackAfterNone));
  });
});

describe('follow-ups', () => {
  it('"tell me more" offers the follow-up questions of the last answer', async () => {
    const { client } = dialogClient();
    await client.sendActivity('What is ICORN?');
    const reply: Partial<Activity> = await client.sendActivity('tell me more');
    const expected = knowledge.byId.get('what-is-icorn')!.followUps.map((id) => knowledge.byId.get(id)!.question);
    expect(buttonValues(reply)).toEqual(expected);
    expect(reply.text).toContain(messages.more('What is ICORN?'));
  });

  it('reads a vague follow-up in the context of the last answer', async () => {
    const { client } = dialogClient();
    await client.sendActivity('Who is the executive director of ICORN?');
    const reply: Partial<Activity> = await client.sendActivity('what is his email?');
    expect(reply.text).toBe(answerOf('executive-director'));
    const next: Partial<Activity> = await client.sendActivity('and the phone?');
    expect(next.text).toBe(answerOf('phone'));
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
