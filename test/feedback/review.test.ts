import { execFile } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackLog, scanFeedback, type FeedbackRecord } from '../../src/feedback/feedbackLog.js';
import { projectRoot } from '../../src/paths.js';
import { gateFailures, gateFigures, meetsLevel, type GateFigure } from '../../tools/eval/gate.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { loadConfig } from '../../src/config.js';
import { reviewFeedback, type Review } from '../../tools/knowledge/feedbackReview.js';
import { addAlternates, REJECTED_FILE } from '../../tools/knowledge/reviewActions.js';
import { copyOfFixtureKnowledge, fixtureKnowledge, fixtureKnowledgeWithPersian, LIVE_KNOWLEDGE, post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';

const ROOT = projectRoot();
const run = promisify(execFile);

/** A kept question as the bot writes it after the user's yes. */
const question = (day: string, query: string, reason: 'fallback' | 'noneOfThese' | 'pick' = 'fallback', extra: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  day,
  kind: 'question',
  query,
  reason,
  language: 'en',
  knowledgeVersion: 'v1',
  ...extra,
});

/** A feedback folder holding these records, one file a day. */
function feedbackFolder(records: FeedbackRecord[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'icorn-review-fb-'));
  for (const day of new Set(records.map((r) => r.day))) {
    const lines = records.filter((r) => r.day === day).map((r) => `${JSON.stringify(r)}\n`);
    writeFileSync(path.join(dir, `feedback-${day}.jsonl`), lines.join(''));
  }
  return dir;
}

/** Runs `npm run knowledge:review` (its script) on a knowledge and a feedback folder. */
async function review(args: string[], env: { knowledge: string; feedback: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tools/knowledge/review.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, KNOWLEDGE_DIR: env.knowledge, FEEDBACK_DIR: env.feedback, LOG_LEVEL: 'silent' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const jsonReview = async (env: { knowledge: string; feedback: string }) => JSON.parse((await review(['--json'], env)).stdout) as Review & { totalGroups: number };

describe('grouping the kept questions', () => {
  const records: FeedbackRecord[] = [
    question('2026-11-29', 'Does ICORN pay a salary to residents?'),
    question('2026-11-30', 'does icorn pay a salary to residents', 'noneOfThese'),
    question('2026-11-30', 'Will ICORN pay my salary?'),
    question('2026-11-30', 'Where is the ICORN office?'),
    question('2026-12-01', 'is there a stipend for the writer', 'pick', { entryId: 'what-is-a-residency' }),
    question('2026-12-01', 'is there a stipend for the writer', 'pick', { entryId: 'how-to-apply' }),
    question('2026-12-01', 'is there a stipend for the writer', 'pick', { entryId: 'what-is-a-residency' }),
    // Already a question of the knowledge (accepted before): not suggested.
    question('2026-12-01', "What is ICORN's phone number?"),
    // Another language: a group of its own.
    question('2026-12-01', '¿ICORN paga un salario?', 'fallback', { language: 'es' }),
    // An old record, written before consent was asked: its text counts as a kept question.
    { day: '2026-11-28', kind: 'fallback', query: 'Will ICORN pay my salary?', knowledgeVersion: 'v0' },
    // Count records (no text).
    { day: '2026-12-01', kind: 'fallback', language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'fallback', language: 'es', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'noneOfThese', language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'helpful', entryId: 'phone', language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'notHelpful', entryId: 'phone', language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'notHelpful', entryId: 'email', language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'pick', entryId: 'what-is-a-residency', offered: ['how-to-apply', 'what-is-a-residency'], language: 'en', knowledgeVersion: 'v1' },
    { day: '2026-12-01', kind: 'pick', entryId: 'what-is-a-residency', offered: ['how-to-apply', 'what-is-a-residency', 'how-to-join'], language: 'en', knowledgeVersion: 'v1' },
  ];
  const result = reviewFeedback(records, fixtureKnowledge());
  const salary = result.groups.find((g) => g.questions.some((q) => q.text === 'Will ICORN pay my salary?'));

  it('puts the same question (case, punctuation) and near ones (most of their words) in one group, with its count, reasons, days and the nearest entries', () => {
    expect(salary).toMatchObject({
      language: 'en',
      count: 4,
      reasons: { fallback: 3, noneOfThese: 1, pick: 0 },
      firstDay: '2026-11-28',
      lastDay: '2026-11-30',
      days: 3,
    });
    // One question per normalised form: the two spellings of the first are one way of asking.
    expect(salary?.questions.map((q) => q.text).sort()).toEqual(['Will ICORN pay my salary?', 'does icorn pay a salary to residents']);
    expect(salary?.nearest.length).toBeGreaterThan(0);
    expect(salary?.nearest[0]).toEqual({ id: expect.any(String), confidence: expect.any(Number) });
    // A different question is a different group.
    expect(result.groups.find((g) => g.example === 'Where is the ICORN office?')?.count).toBe(1);
  });

  it('gives each group a short id derived from its content, the same whatever the order of the records', () => {
    expect(salary?.id).toMatch(/^g[0-9a-f]{6}$/);
    const again = reviewFeedback([...records].reverse(), fixtureKnowledge());
    expect(again.groups.map((g) => g.id).sort()).toEqual(result.groups.map((g) => g.id).sort());
    expect(new Set(result.groups.map((g) => g.id)).size).toBe(result.groups.length);
  });

  it('turns control characters (terminal escapes) and bidirectional overrides of a question into spaces', () => {
    const escaped = reviewFeedback([question('2026-12-01', 'where \u001b[2J is \u202ethe office\u0007')], fixtureKnowledge());
    expect(escaped.groups[0]?.example).toBe('where [2J is the office');
  });

  it('says which entry people chose for questions they answered by a pick, and keeps languages apart', () => {
    const stipend = result.groups.find((g) => g.example === 'is there a stipend for the writer');
    expect(stipend?.picked).toEqual([
      { id: 'what-is-a-residency', count: 2 },
      { id: 'how-to-apply', count: 1 },
    ]);
    expect(result.groups.find((g) => g.language === 'es')).toMatchObject({ example: '¿ICORN paga un salario?', count: 1 });
  });

  it('leaves out what the knowledge already has, and counts fallbacks per day and language, feedback per entry and picks per pair', () => {
    expect(result.groups.some((g) => g.example.includes('phone number'))).toBe(false);
    expect(result.alreadyInKnowledge).toBe(1);
    expect(result.unanswered).toEqual([
      { day: '2026-12-01', language: 'en', fallback: 1, noneOfThese: 1 },
      { day: '2026-12-01', language: 'es', fallback: 1, noneOfThese: 0 },
      { day: '2026-11-28', language: 'en', fallback: 1, noneOfThese: 0 },
    ]);
    expect(result.feedback).toEqual([
      { id: 'phone', helpful: 1, notHelpful: 1 },
      { id: 'email', helpful: 0, notHelpful: 1 },
    ].sort((a, b) => b.notHelpful - a.notHelpful || a.id.localeCompare(b.id)));
    expect(result.picks).toEqual([{ offeredFirst: 'how-to-apply', picked: 'what-is-a-residency', count: 2 }]);
  });
});

describe('reading the feedback log robustly', () => {
  it('skips a line over the size cap (a forged 600 MB file), lines that are not JSON or not records, and counts them', async () => {
    const dir = feedbackFolder([question('2026-12-01', 'where do I send a message')]);
    // A sparse file: 600 MB of one line without a newline, then a good record. Read into one string,
    // it is past V8's longest string ("Invalid string length").
    const forged = path.join(dir, 'feedback-2026-11-30.jsonl');
    closeSync(openSync(forged, 'w'));
    truncateSync(forged, 600 * 1024 * 1024);
    writeFileSync(forged, `\n${JSON.stringify(question('2026-11-30', 'after the forged line'))}\n`, { flag: 'a' });
    writeFileSync(
      path.join(dir, 'feedback-2026-11-29.jsonl'),
      [
        'not json',
        '[1,2]',
        'null',
        '{"day":"2026-11-29"}',
        '{"day":"2026-11-29","kind":"question","query":42}',
        // Shapes a forged file may hold: a language that is an object's own key, a day that is not one, an id with a terminal escape.
        '{"day":"2026-11-29","kind":"question","reason":"fallback","query":"q","language":"__proto__"}',
        '{"day":"yesterday","kind":"fallback"}',
        '{"day":"2026-11-29","kind":"helpful","entryId":"\\u001b[2J"}',
        '{"day":"2026-11-2',
      ].join('\n'),
    );

    const records: FeedbackRecord[] = [];
    const stats = await scanFeedback(dir, (r) => records.push(r));
    expect(records.map((r) => r.query)).toEqual(['after the forged line', 'where do I send a message']);
    expect(stats).toMatchObject({ files: 3, records: 2, tooLong: 1, notJson: 2, notRecord: 7, unreadable: 0 });
    expect((await createFeedbackLog({ dir, retentionDays: 9999 }).read()).length).toBe(2);

    const cli = await review([], { knowledge: copyOfFixtureKnowledge(), feedback: dir });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Skipped lines: 1 too long, 2 not JSON, 7 not a feedback record.');
    expect(cli.stdout).toContain('"where do I send a message"');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('works with no feedback at all', async () => {
    const cli = await review([], { knowledge: copyOfFixtureKnowledge(), feedback: path.join(tmpdir(), `icorn-none-${Date.now()}`) });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('No questions to review.');
  }, 30_000);
});

describe('accepting a group', () => {
  it('adds its distinct questions as alternates of the entry, changing only those lines, and says what changed', async () => {
    const knowledge = copyOfFixtureKnowledge();
    const feedback = feedbackFolder([
      question('2026-11-30', 'Which inbox do I write to?', 'pick', { entryId: 'email' }),
      question('2026-12-01', 'which inbox do I write to'),
      question('2026-12-01', 'which inbox should I write to'),
    ]);
    const [group] = (await jsonReview({ knowledge, feedback })).groups;
    expect(group?.questions).toHaveLength(2);
    const file = path.join(knowledge, 'contact.yaml');
    chmodSync(file, 0o644);
    const before = readFileSync(file, 'utf8');

    const cli = await review(['--accept', group!.id, '--to', 'email'], { knowledge, feedback });
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    const added = after.split('\n').filter((line, i, all) => all.length !== before.split('\n').length && !before.split('\n').includes(line));
    expect(added).toEqual(['      - which inbox do I write to', '      - which inbox should I write to']);
    // Only those lines: comments and every other line as they were.
    expect(after.split('\n').filter((line) => !added.includes(line)).join('\n')).toBe(before);
    expect(before).toContain('# TEST DATA, FROZEN.');
    const at = after.split('\n').indexOf(added[0]!) + 1;
    expect(cli.stdout).toContain(`Added 2 questions of group ${group!.id} as alternates of "email" (Email) in contact.yaml:`);
    expect(cli.stdout).toContain(`line ${at}: which inbox do I write to`);
    expect(cli.stdout).toMatch(/knowledge:check: no problems/);
    expect(cli.stdout).toMatch(/Evaluation gate: /);
    // Saved with the file's permissions: a bot running as another user still reads it.
    expect(statSync(file).mode & 0o777).toBe(0o644);

    // The group is answered now: the review no longer suggests it.
    const next = await jsonReview({ knowledge, feedback });
    expect(next.groups).toEqual([]);
    expect(next.alreadyInKnowledge).toBe(3);
  }, 60_000);

  it('refuses an unknown group or entry with a clear message, and changes nothing', async () => {
    const knowledge = copyOfFixtureKnowledge();
    const feedback = feedbackFolder([question('2026-12-01', 'is there a stipend for the writer')]);
    const [group] = (await jsonReview({ knowledge, feedback })).groups;
    const before = readFileSync(path.join(knowledge, 'residencies.yaml'), 'utf8');

    const unknownGroup = await review(['--accept', 'g000000', '--to', 'what-is-a-residency'], { knowledge, feedback });
    expect(unknownGroup.code).toBe(1);
    expect(unknownGroup.stderr).toContain('There is no group "g000000" in the review now');
    const unknownEntry = await review(['--accept', group!.id, '--to', 'stipends'], { knowledge, feedback });
    expect(unknownEntry.code).toBe(1);
    expect(unknownEntry.stdout).toContain('There is no entry "stipends".');
    expect(unknownEntry.stdout).toContain('Nothing was changed.');
    const noEntry = await review(['--accept', group!.id], { knowledge, feedback });
    expect(noEntry.code).toBe(2);
    expect(noEntry.stderr).toContain('--accept needs the entry');
    expect(readFileSync(path.join(knowledge, 'residencies.yaml'), 'utf8')).toBe(before);
  }, 60_000);

  it('does not write a change that fails knowledge:check or the evaluation gate, and tells the editor why', async () => {
    const knowledge = copyOfFixtureKnowledge();
    const feedback = feedbackFolder([
      question('2026-12-01', 'what number do I dial to phone ICORN'),
      question('2026-12-01', 'what is the capital of Norway'),
    ]);
    const groups = (await jsonReview({ knowledge, feedback })).groups;
    const contact = readFileSync(path.join(knowledge, 'contact.yaml'), 'utf8');
    const about = readFileSync(path.join(knowledge, 'about.yaml'), 'utf8');

    // A question about the phone, put under "email": the check calls it confusable.
    const phone = groups.find((g) => g.example.includes('dial'))!;
    const confusable = await review(['--accept', phone.id, '--to', 'email'], { knowledge, feedback });
    expect(confusable.code).toBe(1);
    expect(confusable.stdout).toContain('knowledge:check finds problems with the change:');
    expect(confusable.stdout).toMatch(/contact\.yaml:\d+ \[email\] question "what number do I dial to phone ICORN" is confusable/);
    expect(confusable.stdout).toContain('Nothing was changed.');
    expect(readFileSync(path.join(knowledge, 'contact.yaml'), 'utf8')).toBe(contact);

    // An out-of-scope question of the evaluation set, made an alternate: the bot would answer it with an ICORN fact.
    const capital = groups.find((g) => g.example.includes('capital'))!;
    const gated = await review(['--accept', capital.id, '--to', 'what-is-icorn'], { knowledge, feedback });
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('The evaluation gate fails with the change');
    expect(gated.stdout).toMatch(/out-of-scope questions answered with an ICORN fact: 1, was 0 \(the level is at most 0\)/);
    expect(gated.stdout).toContain('now: "what is the capital of Norway" -> what-is-icorn');
    expect(readFileSync(path.join(knowledge, 'about.yaml'), 'utf8')).toBe(about);
  }, 90_000);

  it('adds a question in a translated language to translations/<language>.yaml, quoted like the lines around it', async () => {
    const knowledge = fixtureKnowledgeWithPersian();
    const feedback = feedbackFolder([question('2026-12-01', 'چطور به ICORN ایمیل بزنم و با آنها حرف بزنم', 'fallback', { language: 'fa' })]);
    const [group] = (await jsonReview({ knowledge, feedback })).groups;
    expect(group?.language).toBe('fa');
    const file = path.join(knowledge, 'translations', 'fa.yaml');
    const before = readFileSync(file, 'utf8');
    const english = readFileSync(path.join(knowledge, 'contact.yaml'), 'utf8');
    const cli = await review(['--accept', group!.id, '--to', 'contact'], { knowledge, feedback });
    expect(cli.code, cli.stdout).toBe(0);
    expect(cli.stdout).toContain('in translations/fa.yaml:');
    const after = readFileSync(file, 'utf8').split('\n');
    const line = after.find((l) => l.includes('ایمیل بزنم'));
    expect(line).toBe('      - "چطور به ICORN ایمیل بزنم و با آنها حرف بزنم"');
    expect(after.filter((l) => l !== line).join('\n')).toBe(before);
    expect(readFileSync(path.join(knowledge, 'contact.yaml'), 'utf8')).toBe(english);
  }, 60_000);

  it('inserts after a multi-line last alternate, and adds an alternates list to an entry without one', () => {
    const text = [
      '# a comment',
      'topic: t',
      'entries:',
      '  - id: one',
      '    question: First?   # keep me',
      '    answer: A.',
      '  - id: two',
      '    question: Second?',
      '    alternates:',
      '      - >-',
      '        a folded',
      '        alternate',
      '    # a comment after',
      '    answer: B.',
      '',
    ].join('\n');
    const one = addAlternates(text, 'one', ['Number one?']);
    expect('text' in one && one.text).toBe(text.replace('    question: First?   # keep me\n', '    question: First?   # keep me\n    alternates:\n      - Number one?\n'));
    const two = addAlternates(text, 'two', ['Number two: yes?']);
    expect('text' in two && two.text).toBe(text.replace('        alternate\n', '        alternate\n      - "Number two: yes?"\n'));
    expect('text' in two && two.added).toEqual([{ text: 'Number two: yes?', line: 13 }]);
  });
});

describe('rejecting a group', () => {
  it('is recorded in the feedback folder without the questions, survives the retention prune, and the group is not suggested again', async () => {
    const knowledge = copyOfFixtureKnowledge();
    const feedback = feedbackFolder([question('2026-12-01', 'is there a stipend for the writer'), question('2026-12-01', 'Does ICORN pay a salary to residents?')]);
    const stipend = (await jsonReview({ knowledge, feedback })).groups.find((g) => g.example.includes('stipend'))!;
    const cli = await review(['--reject', stipend.id], { knowledge, feedback });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Group ${stipend.id} ("is there a stipend for the writer", 1 times) is rejected: it is not suggested again.`);

    const next = await jsonReview({ knowledge, feedback });
    expect(next.groups.map((g) => g.example)).toEqual(['Does ICORN pay a salary to residents?']);
    expect(next.rejected).toBe(1);
    const stored = readFileSync(path.join(feedback, REJECTED_FILE), 'utf8');
    expect(stored).not.toContain('stipend');
    expect(stored).toContain(stipend.id);

    // Asked again later, it stays rejected; the prune deletes old days, not the rejections.
    writeFileSync(path.join(feedback, 'feedback-2026-12-02.jsonl'), `${JSON.stringify(question('2026-12-02', 'Is there a stipend for the writer?'))}\n`);
    expect((await jsonReview({ knowledge, feedback })).groups.map((g) => g.example)).toEqual(['Does ICORN pay a salary to residents?']);
    await createFeedbackLog({ dir: feedback, retentionDays: 1, now: () => new Date('2027-06-01T00:00:00Z') }).prune();
    expect(readFileSync(path.join(feedback, REJECTED_FILE), 'utf8')).toBe(stored);
  }, 60_000);
});

describe('the evaluation gate', () => {
  it('holds on the shipped knowledge: every figure at its level (levels out of step with test/eval would refuse every accept)', () => {
    const figures = gateFigures(loadKnowledge(LIVE_KNOWLEDGE), ROOT, loadConfig().clincFile);
    expect(figures.length).toBeGreaterThanOrEqual(26);
    expect(figures.filter((f) => !meetsLevel(f))).toEqual([]);
  });

  const figure = (value: number, level: number, atLeast = true): GateFigure => ({ name: 'f', value, level, atLeast });
  it('fails a figure that falls under its level, and one already under it only when it gets worse', () => {
    expect(gateFailures([figure(0.9, 0.8)], [figure(0.79, 0.8)])).toEqual(['f: 79.0%, was 90.0% (the level is at least 80.0%)']);
    expect(gateFailures([figure(0.5, 0.8)], [figure(0.5, 0.8)])).toEqual([]);
    expect(gateFailures([figure(0.5, 0.8)], [figure(0.4, 0.8)])).toHaveLength(1);
    expect(gateFailures([figure(0, 0, false)], [figure(1, 0, false)])).toEqual(['f: 1, was 0 (the level is at most 0)']);
  });
});

describe('the loop with a running bot', () => {
  let bot: RunningBot;
  let knowledge: string;
  beforeAll(async () => {
    knowledge = copyOfFixtureKnowledge('icorn-review-live-');
    bot = await startBot({ KNOWLEDGE_DIR: knowledge, KNOWLEDGE_WATCH: 'true' });
  });
  afterAll(() => bot.close());

  it('an accepted group becomes an alternate that the running bot answers after live reload', async () => {
    const ask = async (text: string) => replyTexts(await post(bot.url, userMessage(text, `review-${Math.random()}`, { channelId: 'webchat' })))[0];
    const email = bot.app.engine.entry('email')!.answer;
    expect(await ask('where do I send a message')).not.toBe(email);
    const feedback = feedbackFolder([question('2026-12-01', 'where do I send a message'), question('2026-12-01', 'Where do I send a message?', 'noneOfThese')]);
    const [group] = (await jsonReview({ knowledge, feedback })).groups;
    const cli = await review(['--accept', group!.id, '--to', 'email'], { knowledge, feedback });
    expect(cli.code, cli.stdout).toBe(0);

    const deadline = Date.now() + 10_000;
    let reply = await ask('where do I send a message');
    while (reply !== email && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await ask('where do I send a message');
    }
    expect(reply).toBe(email);
  }, 60_000);
});
