import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { createFeedbackLog, redact } from '../../src/feedback/feedbackLog.js';
import { reviewFeedback } from '../../tools/knowledge/feedbackReview.js';
import { projectRoot } from '../../src/paths.js';
import { fixtureKnowledge, FIXTURE_KNOWLEDGE, post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';

const ROOT = projectRoot();

describe('redaction', () => {
  it.each([
    ['write to me at ayesha.k+bot@example.org please', 'write to me at [email] please'],
    ['my number is +47 515 07 125, call me', 'my number is [number], call me'],
    ['call (555) 123-4567 tonight', 'call [number] tonight'],
    ['passport 123456789', 'passport [number]'],
    ['how many cities joined in 2024?', 'how many cities joined in 2024?'],
  ])('%j -> %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the feedback log on disk', () => {
  it('keeps one file a day and deletes days past the retention', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icorn-fb-'));
    let today = new Date('2026-11-01T12:00:00Z');
    const log = createFeedbackLog({ dir, retentionDays: 30, now: () => today });
    await log.record({ kind: 'fallback', query: 'old question', knowledgeVersion: 'v1' });
    today = new Date('2026-11-20T12:00:00Z');
    await log.record({ kind: 'fallback', query: 'newer question', knowledgeVersion: 'v1' });
    expect(readdirSync(dir).sort()).toEqual(['feedback-2026-11-01.jsonl', 'feedback-2026-11-20.jsonl']);
    today = new Date('2026-12-05T12:00:00Z');
    await log.record({ kind: 'helpful', entryId: 'phone', knowledgeVersion: 'v1' });
    expect(readdirSync(dir).sort()).toEqual(['feedback-2026-11-20.jsonl', 'feedback-2026-12-05.jsonl']);
    expect((await log.read()).map((r) => r.query ?? r.entryId)).toEqual(['newer question', 'phone']);
  });
});

describe('what the bot could not answer', () => {
  let bot: RunningBot;
  let dir: string;
  const conversation = 'conv-5f0c2d1e-private';
  const user = 'user-8a7b6c5d-private';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'icorn-fb-bot-'));
    bot = await startBot({ FEEDBACK_DIR: dir });
  });
  afterAll(() => bot.close());

  const say = async (text: string, extra: Record<string, unknown> = {}, conversationId = conversation) =>
    replyTexts(await post(bot.url, userMessage(text, conversationId, { from: { id: user, name: 'Ayesha K' }, channelData: { tenant: { id: 'tenant-3c2b1a-private' } }, ...extra })));

  /** The user's yes to sending the question, as its button sends it. */
  const yes = (conversationId = conversation) => say('', { text: messages.sendQuestion, value: { consent: 'sendQuestion' } }, conversationId);

  it('records fallbacks, "None of these" and feedback, with no ids and no contact details', async () => {
    const question = 'Can ICORN pay for my flight? Write to me at ayesha.k@example.org or call +47 900 12 345';
    expect((await say(question))[0]).toContain(messages.fallback);
    expect(await yes()).toEqual([messages.questionSent]);

    const offered = bot.app.engine.ask('network');
    expect(offered.kind).toBe('didYouMean');
    expect((await say('network'))[0]).toContain(messages.didYouMean);
    expect((await say(messages.noneOfThese))[0]).toContain(messages.fallbackAfterNone);
    expect(await yes()).toEqual([messages.questionSent]);

    expect(await say('How do I contact ICORN?')).toEqual([bot.app.engine.entry('contact')?.answer]);
    expect(await say('', { text: messages.notHelpful, value: { feedback: 'notHelpful', entryId: 'contact' } })).toEqual([
      expect.stringContaining(messages.feedbackSorry),
    ]);
    expect(await say(messages.helpful)).toEqual([messages.feedbackThanks]);

    const stored = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8')).join('');
    for (const secret of [conversation, user, 'Ayesha', 'tenant-3c2b1a', 'ayesha.k@example.org', '900 12 345', '90012345']) {
      expect(stored).not.toContain(secret);
    }
    const records = stored.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r['kind'])).toEqual(['fallback', 'question', 'noneOfThese', 'question', 'notHelpful', 'helpful']);
    expect(records[1]).toMatchObject({ reason: 'fallback', query: 'Can ICORN pay for my flight? Write to me at [email] or call [number]' });
    expect(records[3]).toMatchObject({ reason: 'noneOfThese', query: 'network', candidates: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]) });
    expect(records[4]).toMatchObject({ entryId: 'contact' });
    expect(Object.keys(records[1]!).sort()).toEqual(['candidates', 'day', 'kind', 'knowledgeVersion', 'language', 'query', 'reason']);
  });

  it('npm run knowledge:review lists the most frequent unanswered questions with the nearest entries', async () => {
    expect(bot.app.engine.ask('Does ICORN pay a salary to residents').kind).toBe('fallback');
    await say('does icorn pay a salary to residents', {}, 'conv-review-1');
    await yes('conv-review-1');
    await say('Does ICORN pay a salary to residents?', {}, 'conv-review-2');
    await yes('conv-review-2');
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tools/knowledge/review.ts')], {
      env: { ...process.env, FEEDBACK_DIR: dir, KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE },
      encoding: 'utf8',
    });
    const lines = output.split('\n');
    const first = lines.findIndex((l) => /^\s+2x\s+"Does ICORN pay a salary to residents\?"/.test(l));
    expect(first, output).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/nearest: [a-z-]+ 0\.\d\d/);
    expect(output).toContain('"Can ICORN pay for my flight? Write to me at [email] or call [number]"');
    expect(output).toMatch(/contact\s+helpful 1, not helpful 1/);
  });
});

describe('the review', () => {
  it('groups the same question asked in different case and punctuation', () => {
    const review = reviewFeedback(
      [
        { day: '2026-11-01', kind: 'fallback', query: 'Where is the ICORN office?', knowledgeVersion: 'a' },
        { day: '2026-11-02', kind: 'noneOfThese', query: 'where is the icorn office', knowledgeVersion: 'a' },
        { day: '2026-11-02', kind: 'fallback', query: 'something else', knowledgeVersion: 'a' },
      ],
      fixtureKnowledge(),
    );
    expect(review.groups[0]).toMatchObject({ example: 'where is the icorn office', count: 2, reasons: { fallback: 1, noneOfThese: 1, pick: 0 }, lastDay: '2026-11-02' });
    expect(review.groups[0]?.nearest.length).toBeGreaterThan(0);
  });

  it('skips a line cut short by a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icorn-fb-cut-'));
    writeFileSync(path.join(dir, 'feedback-2026-11-28.jsonl'), '{"day":"2026-11-28","kind":"fallback","query":"ok","knowledgeVersion":"a"}\n{"day":"2026-11-2');
    expect(await createFeedbackLog({ dir, retentionDays: 9999 }).read()).toHaveLength(1);
  });
});
