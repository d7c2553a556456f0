import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, type KnowledgeProblem } from '../../src/faq/knowledgeLoader.js';
import { projectRoot } from '../../src/paths.js';

const KNOWLEDGE = path.join(projectRoot(), 'knowledge');

/** A copy of the knowledge folder where a test may break things. */
function copyOfKnowledge(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'icorn-knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  return dir;
}

function problemsOf(dir: string): KnowledgeProblem[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error('the knowledge loaded without problems');
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

describe('loading the knowledge', () => {
  it('loads every entry of the committed files, each with a source on the page', () => {
    const knowledge = loadKnowledge(KNOWLEDGE);
    expect(knowledge.entries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(knowledge.entries.map((e) => e.id)).size).toBe(knowledge.entries.length);
    expect(knowledge.version).toMatch(/^[0-9a-f]{12}$/);
    for (const entry of knowledge.entries) {
      expect(entry.answer.length, entry.id).toBeGreaterThan(0);
      expect(entry.source?.url, entry.id).toBe('https://globalcitieshub.org/en/international-cities-of-refuge-network/');
    }
  });

  it('names the file and line of a YAML syntax error', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'contact.yaml', (text) => text.replace('entries:', 'entries:\n  - id: [unclosed'));
    const [problem] = problemsOf(dir);
    expect(problem?.file).toBe('contact.yaml');
    expect(problem?.line).toBeGreaterThan(1);
    expect(problem?.message).toMatch(/not valid YAML/);
  });

  it('names the file, line and entry of a schema error', () => {
    const dir = copyOfKnowledge();
    const text = readFileSync(path.join(dir, 'contact.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('question: What is ICORN\'s phone number?')) + 1;
    edit(dir, 'contact.yaml', (t) => t.replace("question: What is ICORN's phone number?", 'question: 42\n    colour: blue'));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: 'contact.yaml', line, entryId: 'phone', message: 'question must be string' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'contact.yaml', entryId: 'phone', message: 'unknown field "colour"' }));
  });

  it('reports a duplicate id in another file with both places', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'source.yaml', (t) => t.replace('id: information-source', 'id: phone'));
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.entryId === 'phone' && /duplicate id: also at contact.yaml:\d+/.test(p.message))).toBe(true);
  });

  it.each([
    ['answer: ""', 'answer is empty'],
    ['answer: "   "', 'answer is empty'],
    [`answer: "${'x'.repeat(1600)}"`, 'answer is too long (at most 1500 characters)'],
  ])('reports a bad answer (%#)', (replacement, message) => {
    const dir = copyOfKnowledge();
    edit(dir, 'source.yaml', (t) => t.replace(/answer: .*/, replacement));
    expect(problemsOf(dir).map((p) => `${p.file} ${p.entryId} ${p.message}`)).toContain(`source.yaml information-source ${message}`);
  });

  it('reports a follow-up to an entry that does not exist', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'source.yaml', (t) => t.replace('- what-is-icorn', '- no-such-entry'));
    const messages = problemsOf(dir).map((p) => `${p.file} ${p.entryId} ${p.message}`);
    expect(messages).toContain('source.yaml information-source follow-up "no-such-entry" is not an entry id');
  });
});
