import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { buttonsOf } from '../dialogs/transcript.js';
import { post, replyTexts, startBot, userMessage, type PostResult, type RunningBot } from '../helpers.js';

/**
 * Ask before keeping text (issue 19): the real bot on loopback, its feedback log in a temporary
 * folder, read back from disk after each conversation.
 */
describe('the feedback log keeps question text only after the user says yes', () => {
  let bot: RunningBot;
  let dir: string;
  const user = 'user-1b2c3d-private';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'icorn-consent-'));
    bot = await startBot({ FEEDBACK_DIR: dir });
  });
  afterAll(() => bot.close());

  const send = (conversation: string, text: string, extra: Record<string, unknown> = {}) =>
    post(bot.url, userMessage(text, conversation, { from: { id: user, name: 'Ayesha K' }, ...extra }));
  const say = async (conversation: string, text: string, extra: Record<string, unknown> = {}) => replyTexts(await send(conversation, text, extra));
  /** Clicks a button of a reply as the client would: a messageBack sends its text and its value. */
  const click = (conversation: string, result: PostResult, title: string) => {
    const reply = (result.body.activities ?? []).find((a) => a['type'] === 'message') ?? {};
    const button = buttonsOf(reply).find((b) => b.title === title);
    expect(button, `a button "${title}" on ${JSON.stringify(reply['text'])}`).toBeDefined();
    const action = button!.action;
    return action.type === 'messageBack' ? send(conversation, String(action.text), { value: action.value }) : send(conversation, String(action.value));
  };
  const onDisk = () => readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8')).join('');
  const records = () => onDisk().trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  const didYouMeanQuery = () => {
    const reply = bot.app.engine.ask('network');
    expect(reply.kind, '"network" is a did-you-mean on the fixture').toBe('didYouMean');
    return reply.kind === 'didYouMean' ? reply.candidates.map((c) => c.entry) : [];
  };

  it('writes only counts without the yes: no question text on disk, whatever happens', async () => {
    const before = records().length;
    const secret = 'Can ICORN hide me from the police in Tehran, my name is Ayesha';
    const fallback = await send('conv-no', secret);
    expect(replyTexts(fallback)[0]).toContain(messages.fallback);
    expect(buttonsOf((fallback.body.activities ?? [])[0] ?? {}).map((b) => b.title)).toContain(messages.sendQuestion);
    const options = didYouMeanQuery();
    expect((await say('conv-no', 'network'))[0]).toContain(messages.didYouMean);
    expect((await say('conv-no', messages.noneOfThese))[0]).toContain(messages.fallbackAfterNone);
    expect((await say('conv-no', 'network'))[0]).toContain(messages.didYouMean);
    expect(await say('conv-no', options[0]!.question)).toEqual([options[0]!.answer]);
    expect(await say('conv-no', messages.helpful)).toEqual([messages.feedbackThanks]);

    const stored = onDisk();
    for (const text of ['police', 'Tehran', 'Ayesha', 'network', user, 'conv-no']) expect(stored).not.toContain(text);
    const written = records().slice(before);
    expect(written.map((r) => r['kind'])).toEqual(['fallback', 'noneOfThese', 'pick', 'helpful']);
    for (const record of written) expect(record).not.toHaveProperty('query');
    const offered = options.map((e) => e.id);
    expect(written[0]).toEqual({ day: expect.any(String), kind: 'fallback', language: 'en', knowledgeVersion: expect.any(String) });
    expect(written[1]).toEqual({ day: expect.any(String), kind: 'noneOfThese', offered, language: 'en', knowledgeVersion: expect.any(String) });
    expect(written[2]).toEqual({ day: expect.any(String), kind: 'pick', entryId: offered[0], offered, language: 'en', knowledgeVersion: expect.any(String) });
    expect(written[3]).toEqual({ day: expect.any(String), kind: 'helpful', entryId: offered[0], language: 'en', knowledgeVersion: expect.any(String) });
  });

  it('keeps the question, redacted, after the yes; the yes covers the picks of the conversation until "start over"', async () => {
    const before = records().length;
    const fallback = await send('conv-yes', 'Does ICORN pay for flights? Mail me at ayesha.k@example.org');
    const yes = await click('conv-yes', fallback, messages.sendQuestion);
    expect(replyTexts(yes)).toEqual([messages.questionSent]);
    const options = didYouMeanQuery();
    expect((await say('conv-yes', 'network'))[0]).toContain(messages.didYouMean);
    expect(await say('conv-yes', '2')).toEqual([options[1]!.answer]);
    expect(await say('conv-yes', 'start over')).toEqual([messages.startOver]);
    expect((await say('conv-yes', 'network'))[0]).toContain(messages.didYouMean);
    expect(await say('conv-yes', '1')).toEqual([options[0]!.answer]);

    const written = records().slice(before);
    expect(written.map((r) => `${r['kind']}${r['reason'] ? `:${r['reason']}` : ''}`)).toEqual(['fallback', 'question:fallback', 'pick', 'question:pick', 'pick']);
    expect(written[1]).toEqual({
      day: expect.any(String),
      kind: 'question',
      query: 'Does ICORN pay for flights? Mail me at [email]',
      reason: 'fallback',
      language: 'en',
      candidates: expect.any(Array),
      knowledgeVersion: expect.any(String),
    });
    expect(written[3]).toEqual({
      day: expect.any(String),
      kind: 'question',
      query: 'network',
      reason: 'pick',
      entryId: options[1]!.id,
      language: 'en',
      candidates: options.map((e) => ({ id: e.id, confidence: expect.any(Number) })),
      knowledgeVersion: expect.any(String),
    });
    expect(onDisk()).not.toContain('ayesha.k@example.org');
  });

  it('keeps the question after "None of these" and the yes', async () => {
    const before = records().length;
    didYouMeanQuery();
    expect((await say('conv-none', 'network'))[0]).toContain(messages.didYouMean);
    const none = await send('conv-none', messages.noneOfThese);
    expect(replyTexts(await click('conv-none', none, messages.sendQuestion))).toEqual([messages.questionSent]);
    expect(records().slice(before)).toEqual([
      expect.objectContaining({ kind: 'noneOfThese', offered: expect.any(Array) }),
      expect.objectContaining({ kind: 'question', reason: 'noneOfThese', query: 'network', candidates: expect.any(Array) }),
    ]);
  });

  it('forgets the question at the next message: a late yes keeps nothing', async () => {
    const before = records().length;
    const fallback = await send('conv-late', 'Can ICORN get me a visa for my brother?');
    expect(await say('conv-late', 'What is ICORN?')).toHaveLength(1);
    expect(replyTexts(await click('conv-late', fallback, messages.sendQuestion))).toEqual([messages.questionNotKept]);
    expect(records().slice(before).map((r) => r['kind'])).toEqual(['fallback']);
    expect(onDisk()).not.toContain('brother');
  });

  it('takes the yes typed as the button says, when a client drops the value', async () => {
    const before = records().length;
    await send('conv-typed', 'Can ICORN pay my rent?');
    expect(await say('conv-typed', messages.sendQuestion)).toEqual([messages.questionSent]);
    expect(records().slice(before)).toContainEqual(expect.objectContaining({ kind: 'question', query: 'Can ICORN pay my rent?' }));
  });
});

describe('the offer to send a question', () => {
  it('is made only when a feedback log would keep the question (not with FEEDBACK_DIR=off)', async () => {
    const buttonsWith = async (env: NodeJS.ProcessEnv) => {
      const bot = await startBot(env);
      try {
        const result = await post(bot.url, userMessage('Can you book me a flight to Paris?', 'conv-offer'));
        expect(replyTexts(result)[0]).toContain(messages.fallback);
        return buttonsOf((result.body.activities ?? [])[0] ?? {}).map((b) => b.title);
      } finally {
        await bot.close();
      }
    };
    expect(await buttonsWith({})).toContain(messages.sendQuestion);
    expect(await buttonsWith({ FEEDBACK_DIR: 'off' })).not.toContain(messages.sendQuestion);
  });
});
