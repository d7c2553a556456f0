import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledge, linkProblem } from '../../tools/knowledge/knowledgeCheck.js';
import { formatProblem } from '../../src/faq/knowledgeLoader.js';
import { FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS, copyOfFixtureKnowledge } from '../helpers.js';
import { projectRoot } from '../../src/paths.js';

const ROOT = projectRoot();
const KNOWLEDGE = FIXTURE_KNOWLEDGE;

function copy(): string {
  const dir = copyOfFixtureKnowledge('icorn-check-');
  return dir;
}

/** Changes a file and returns the 1-based line where `marker` stands afterwards. */
function edit(dir: string, file: string, change: (text: string) => string, marker: string): number {
  const target = path.join(dir, file);
  const text = change(readFileSync(target, 'utf8'));
  writeFileSync(target, text);
  const line = text.split('\n').findIndex((l) => l.includes(marker));
  expect(line, `marker ${marker}`).toBeGreaterThanOrEqual(0);
  return line + 1;
}

async function problems(dir: string): Promise<string[]> {
  return (await checkKnowledge(dir)).problems.map(formatProblem);
}

describe('npm run knowledge:check', () => {
  it('passes the committed knowledge', async () => {
    const report = await checkKnowledge(KNOWLEDGE);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.files).toBe(8);
    expect(report.phrases).toBeGreaterThan(40);
    expect(report.synonymGroups).toBeGreaterThan(20);
    expect(report.entries).toBeGreaterThanOrEqual(25);
    expect(report.links).toBeGreaterThan(5);
  });

  it('reports a schema error with file, line and entry', async () => {
    const dir = copy();
    const line = edit(dir, 'contact.yaml', (t) => t.replace('    title: Phone\n', '    title: Phone\n    tittle: typo\n'), 'tittle: typo');
    expect(await problems(dir)).toContain(`contact.yaml:${line} [phone] unknown field "tittle"`);
  });

  it('reports a duplicate id in both files', async () => {
    const dir = copy();
    const line = edit(dir, 'source.yaml', (t) => t.replace('id: information-source', 'id: email'), 'id: email');
    expect((await problems(dir)).some((p) => p.startsWith(`source.yaml:${line} [email] duplicate id: also at contact.yaml:`))).toBe(true);
  });

  it('reports the same question under two entries', async () => {
    const dir = copy();
    const line = edit(dir, 'contact.yaml', (t) => t.replace('      - Can I phone ICORN?', '      - Can I phone ICORN?\n      - "How do I contact ICORN?"'), '"How do I contact ICORN?"');
    expect((await problems(dir)).some((p) => p.startsWith(`contact.yaml:${line} [phone] question "How do I contact ICORN?" is also under contact (contact.yaml:`))).toBe(true);
  });

  it('reports a confusable pair with both ids and confidences', async () => {
    const dir = copy();
    const line = edit(dir, 'contact.yaml', (t) => t.replace('      - Can I phone ICORN?', "      - Can I phone ICORN?\n      - Which is ICORN's email address?"), 'Which is ICORN');
    const found = (await problems(dir)).find((p) => p.startsWith(`contact.yaml:${line} [phone]`));
    expect(found).toMatch(/question "Which is ICORN's email address\?" is confusable: it retrieves email \(0\.\d\d\) better than the rest of its own entry phone \(0\.\d\d\)/);
  });

  it.each([
    ['an empty answer', 'answer: ""', 'answer is empty'],
    ['an over-long answer', `answer: "${'word '.repeat(320)}"`, 'answer is too long (at most 1500 characters)'],
  ])('reports %s', async (_, replacement, message) => {
    const dir = copy();
    const line = edit(dir, 'source.yaml', (t) => t.replace(/answer: .*/, replacement), replacement.slice(0, 12));
    expect(await problems(dir)).toContain(`source.yaml:${line} [information-source] ${message}`);
  });

  it.each([
    ['[the site](www.icorn.org)', 'the address must start with https://, http://, mailto: or tel:'],
    ['[write](mailto:icorn-at-icorn.org)', 'not a valid e-mail address'],
    ['[ICORN](https://icorn org)', 'the address contains a space'],
    ['[](https://www.icorn.org/)', 'the link has no text'],
  ])('reports the broken link %s', async (link, reason) => {
    const dir = copy();
    const line = edit(dir, 'contact.yaml', (t) => t.replace("answer: ICORN's phone number is **+47 51507125**.", `answer: ICORN's phone number is **+47 51507125**, see ${link}.`), link);
    expect(await problems(dir)).toContain(`contact.yaml:${line} [phone] broken link ${link}: ${reason}`);
  });

  it('accepts the links editors write', () => {
    for (const [label, target] of [['a', 'https://www.icorn.org/'], ['b', 'mailto:icorn@icorn.org'], ['c', 'tel:+4751507125']] as const) {
      expect(linkProblem(label, target, true)).toBeUndefined();
    }
  });

  it('reports an error in the vocabulary with its file and line', async () => {
    const dir = copy();
    const line = edit(dir, 'vocabulary.yaml', (t) => t.replace('  - [vision, dream, ambition]', '  - [vision]'), '  - [vision]');
    const found = await problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^vocabulary\\.yaml:${line} synonyms\\[\\d+\\] needs at least two words`));
  });

  it('warns about a word in two synonym groups, two words read alike, and a phrase that means nothing', async () => {
    const dir = copy();
    const twice = edit(dir, 'vocabulary.yaml', (t) => t.replace('[vision, dream, ambition]', '[vision, dream, ambition, goal]'), '[vision, dream, ambition, goal]');
    const alike = edit(dir, 'vocabulary.yaml', (t) => t.replace('nominate, nomination]', 'nominate, nomination, dreaming]'), 'nomination, dreaming]');
    const empty = edit(dir, 'vocabulary.yaml', (t) => t.replace('  sign up: join', '  sign up:'), '  sign up:');
    const blank = edit(dir, 'vocabulary.yaml', (t) => t.replace('  get involved: join', '  get involved: ""'), 'get involved: ""');
    const report = await checkKnowledge(dir);
    expect(report.problems).toEqual([]);
    const warnings = report.warnings.map(formatProblem);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toBe(`vocabulary.yaml:${empty} phrases["sign up"] means nothing, so it is ignored: write the word it stands for after the colon`);
    expect(warnings[1]).toBe(`vocabulary.yaml:${blank} phrases["get involved"] means nothing, so it is ignored: write the word it stands for after the colon`);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^vocabulary\\.yaml:${twice} synonyms\\[\\d+\\] "goal" is also in synonyms\\[\\d+\\] \\(line \\d+\\): the bot reads it as "vision" only; keep each word in one group$`)));
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^vocabulary\\.yaml:${alike} synonyms\\[\\d+\\] "dreaming" is read like "dream" of synonyms\\[\\d+\\] \\(line \\d+\\)`)));
  });

  it('exits 1 with the problems, and 0 when all is well', () => {
    const dir = copy();
    const run = (knowledgeDir: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tools/knowledge/check.ts')], { env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir }, encoding: 'utf8' }) };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { code: failed.status, out: failed.stdout };
      }
    };
    expect(run(dir)).toMatchObject({ code: 0, out: expect.stringMatching(/^No problems: 8 files/) });
    edit(dir, 'contact.yaml', (t) => t.replace('id: phone', 'id: Phone Number'), 'id: Phone Number');
    const failed = run(dir);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/contact\.yaml:\d+ \[Phone Number\] id must be lowercase words joined by hyphens/);

    // Warnings are printed, and do not fail the check.
    const warned = copy();
    const line = edit(warned, 'vocabulary.yaml', (t) => t.replace('  sign up: join', '  sign up: ""'), 'sign up: ""');
    const result = run(warned);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`warning: vocabulary.yaml:${line} phrases["sign up"] means nothing`);
    expect(result.out).toMatch(/No problems, 1 warning: 8 files/);
    // A broken vocabulary fails it, with the file and line.
    const broken = copy();
    const at = edit(broken, 'vocabulary.yaml', (t) => t.replace('  - [vision, dream, ambition]', '  - [vision]'), '  - [vision]');
    const failedVocabulary = run(broken);
    expect(failedVocabulary.code).toBe(1);
    expect(failedVocabulary.out).toMatch(new RegExp(`^vocabulary\\.yaml:${at} synonyms\\[\\d+\\] needs at least two words`, 'm'));
  });
});
