import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { formatProblem, KnowledgeError, knowledgeFiles, loadKnowledge, readKnowledgeFolder, type KnowledgeProblem } from '../../src/faq/knowledgeLoader.js';
import { createMatcher } from '../../src/faq/matcher.js';
import { EMPTY_VOCABULARY } from '../../src/faq/normalize.js';
import { answered, copyOfFixtureKnowledge, FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS, LIVE_KNOWLEDGE, problemsOf } from '../helpers.js';
import { projectRoot } from '../../src/paths.js';

const KNOWLEDGE = FIXTURE_KNOWLEDGE;

/** A copy of the knowledge folder where a test may change things. */
function copyOfKnowledge(): string {
  const dir = copyOfFixtureKnowledge('icorn-vocabulary-');
  return dir;
}

function editVocabulary(dir: string, change: (text: string) => string): string {
  const file = path.join(dir, 'vocabulary.yaml');
  const text = change(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  return text;
}

/** The line (1-based) of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(part));
  if (index < 0) throw new Error(`no line with ${part}`);
  return index + 1;
}


describe('the vocabulary file', () => {
  it('is loaded with the knowledge, not as an entry file', () => {
    const knowledge = loadKnowledge(KNOWLEDGE);
    expect(knowledgeFiles(KNOWLEDGE)).not.toContain('vocabulary.yaml');
    expect(new Set(knowledge.entries.map((e) => e.topic))).not.toContain('vocabulary');
    const vocabulary = knowledge.vocabulary!;
    expect(vocabulary.phrases).toContainEqual(['become a member', 'join']);
    expect(vocabulary.phrases).toContainEqual(['freedom of speech', 'freedom expression']);
    expect(vocabulary.synonyms[0]).toEqual(['city', 'cities', 'town', 'towns', 'municipality', 'municipalities', 'region', 'regions']);
    expect(vocabulary.synonyms.length).toBeGreaterThanOrEqual(20);
    expect(vocabulary.owned).toContain('phone');
    expect(vocabulary.names).toEqual(['icorn']);
  });

  it('reads words as lowercase, with single spaces', () => {
    const dir = copyOfKnowledge();
    editVocabulary(dir, (t) => t.replace('  sign up: join', '  Sign   UP: Join').replace('[vision, dream, ambition]', '[Vision, Dream, Ambition]'));
    const vocabulary = loadKnowledge(dir).vocabulary!;
    expect(vocabulary.phrases).toContainEqual(['sign up', 'join']);
    expect(vocabulary.synonyms).toContainEqual(['vision', 'dream', 'ambition']);
  });

  it('may be left out: the folder then loads with an empty vocabulary, and phrases and synonyms do nothing', () => {
    const dir = copyOfKnowledge();
    rmSync(path.join(dir, 'vocabulary.yaml'));
    rmSync(path.join(dir, 'vocabulary.schema.json'), { force: true });
    const knowledge = loadKnowledge(dir);
    expect(knowledge.vocabulary).toEqual(EMPTY_VOCABULARY);
    expect(knowledge.entries).toHaveLength(loadKnowledge(KNOWLEDGE).entries.length);
    const terms = (query: string) => createMatcher(knowledge).match(query).terms.map((t) => t.term);
    expect(terms('telephone')).not.toEqual(terms('phone'));
    expect(createMatcher(knowledge).normalizer.words('become a member')).toEqual(['become', 'a', 'member']);
  });

  it('may hold comments only: an empty vocabulary', () => {
    const dir = copyOfKnowledge();
    editVocabulary(dir, () => '# yaml-language-server: $schema=./vocabulary.schema.json\n# nothing yet\n');
    expect(loadKnowledge(dir).vocabulary).toEqual(EMPTY_VOCABULARY);
  });

  it('changes the knowledge version when it changes', () => {
    const dir = copyOfKnowledge();
    const before = loadKnowledge(dir).version;
    editVocabulary(dir, (t) => t.replace('[vision, dream, ambition]', '[vision, dream, ambition, foresight]'));
    expect(loadKnowledge(dir).version).not.toBe(before);
  });
});

describe('errors in the vocabulary', () => {
  it('name the file, the line and the place in the file', () => {
    const dir = copyOfKnowledge();
    const text = editVocabulary(dir, (t) => t.replace('  - [vision, dream, ambition]', '  - [vision]'));
    const line = lineOf(text, '  - [vision]');
    const index = text.split('\n').filter((l) => l.startsWith('  - [')).findIndex((l) => l === '  - [vision]');
    const problems = problemsOf(dir);
    expect(problems).toEqual([{ file: 'vocabulary.yaml', line, message: `synonyms[${index}] needs at least two words: the word to read them as, then the others` }]);
    expect(formatProblem(problems[0]!)).toBe(`vocabulary.yaml:${line} synonyms[${index}] needs at least two words: the word to read them as, then the others`);
  });

  it.each([
    ['an unknown field', (t: string) => `${t}\nsynonym: [a, b]\n`, 'synonym: [a, b]', 'unknown field "synonym" (the fields are phrases, synonyms, owned, names and domain)'],
    ['a word with a space', (t: string) => t.replace('[vision, dream, ambition]', '[vision, day dream]'), '[vision, day dream]', /^synonyms\[\d+\]\[1\] "day dream" must be one word, without spaces/],
    ['a word twice in a group', (t: string) => t.replace('[vision, dream, ambition]', '[vision, dream, vision]'), '[vision, dream, vision]', /^synonyms\[\d+\] has "vision" twice$/],
    ['a word twice, once in capitals', (t: string) => t.replace('[vision, dream, ambition]', '[vision, dream, Vision]'), '[vision, dream, Vision]', /^synonyms\[\d+\] has "vision" twice$/],
    ['a group that is not a list', (t: string) => t.replace('  - [vision, dream, ambition]', '  - vision'), '  - vision', /^synonyms\[\d+\] must be a list of words/],
    ['a phrase meaning a list', (t: string) => t.replace('  sign up: join', '  sign up: [join]'), 'sign up: [join]', 'phrases["sign up"] must be the word the phrase means, not a list'],
    ['a phrase twice, once in capitals', (t: string) => t.replace('  sign up: join', '  sign up: join\n  Sign Up: join'), 'Sign Up: join', /^phrases\["Sign Up"\] is the same phrase as line \d+$/],
    ['owned words that are not a list', (t: string) => t.replace(/^owned: .*$/m, 'owned: phone'), 'owned: phone', 'owned must be a list of words, like [phone, email]'],
  ])('%s', (_name, change, at, message) => {
    const dir = copyOfKnowledge();
    const text = editVocabulary(dir, change);
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'vocabulary.yaml', line: lineOf(text, at) });
    expect(problems[0]?.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
  });

  it('names the line of a YAML syntax error, a phrase written twice among them', () => {
    const dir = copyOfKnowledge();
    const text = editVocabulary(dir, (t) => t.replace('  sign up: join', '  sign up: join\n  sign up: contact'));
    const [problem] = problemsOf(dir);
    expect(problem?.file).toBe('vocabulary.yaml');
    expect(problem?.line).toBe(lineOf(text, 'sign up: contact'));
    expect(problem?.message).toMatch(/^is not valid YAML: Map keys must be unique/);
  });

  it('are reported with those of the entry files, and nothing half-loads', () => {
    const dir = copyOfKnowledge();
    editVocabulary(dir, (t) => t.replace('  - [vision, dream, ambition]', '  - [vision]'));
    const contact = path.join(dir, 'contact.yaml');
    writeFileSync(contact, readFileSync(contact, 'utf8').replace('  - id: email\n', '  - id: email\n    colour: red\n'));
    const problems = problemsOf(dir);
    expect(problems.map((p) => p.file).sort()).toEqual(['contact.yaml', 'vocabulary.yaml']);
  });

  it("use the project's schemas when the folder has none of its own, and name a given schema that is missing", () => {
    const dir = copyOfKnowledge();
    rmSync(path.join(dir, 'vocabulary.schema.json'), { force: true });
    rmSync(path.join(dir, 'schema.json'), { force: true });
    expect(loadKnowledge(dir).entries.length).toBeGreaterThan(0);
    const missing = path.join(dir, 'vocabulary.schema.json');
    expect(readKnowledgeFolder(dir, { vocabularySchemaPath: missing }).problems).toEqual([{ file: 'vocabulary.schema.json', line: 1, message: 'cannot be read: ENOENT' }]);
  });

  it('allow one vocabulary file only', () => {
    const dir = copyOfKnowledge();
    cpSync(path.join(dir, 'vocabulary.yaml'), path.join(dir, 'vocabulary.yml'));
    expect(problemsOf(dir)).toEqual([{ file: 'vocabulary.yml', line: 1, message: 'is a second vocabulary file: keep one, named vocabulary.yaml' }]);
  });
});

describe('the words of the vocabulary file take effect', () => {
  it('a synonym and a phrase added only to a folder\'s vocabulary.yaml', () => {
    const dir = copyOfKnowledge();
    const before = createFaqEngine(loadKnowledge(dir));
    expect(answered(before.ask('Who can get a fellowship?'))).not.toBe('who-can-get-a-residency');
    expect(answered(before.ask('who is the top dog'))).not.toBe('executive-director');
    editVocabulary(dir, (t) =>
      t
        .replace('[residency, residencies,', '[residency, fellowship, residencies,')
        .replace('  the boss: director', '  the boss: director\n  top dog: director'),
    );
    const after = createFaqEngine(loadKnowledge(dir));
    expect(answered(after.ask('Who can get a fellowship?'))).toBe('who-can-get-a-residency');
    expect(answered(after.ask('who is the top dog'))).toBe('executive-director');
    // The shipped knowledge does not know them.
    expect(answered(createFaqEngine(loadKnowledge(KNOWLEDGE)).ask('Who can get a fellowship?'))).not.toBe('who-can-get-a-residency');
  });

  it('owned words and names', () => {
    const shipped = createFaqEngine(loadKnowledge(KNOWLEDGE));
    expect(shipped.ask('thanks icorn').kind).toBe('smallTalk');
    expect(answered(shipped.ask('where is my phone'))).not.toBe('phone');
    const dir = copyOfKnowledge();
    editVocabulary(dir, (t) => t.replace(/^owned: .*$/m, 'owned: []').replace(/^names: .*$/m, 'names: [helper]'));
    const edited = createFaqEngine(loadKnowledge(dir));
    expect(edited.ask('thanks helper').kind).toBe('smallTalk');
    // Without the name, "icorn" after the thanks is a question: what ICORN is.
    expect(edited.ask('thanks icorn')).toMatchObject({ kind: 'answer', greeting: 'thanks' });
    expect(createMatcher(loadKnowledge(dir)).match('where is my phone').terms.map((t) => t.term)).not.toContain('my phone');
    expect(createMatcher(loadKnowledge(KNOWLEDGE)).match('where is my phone').terms.map((t) => t.term)).toContain('my phone');
  });

  it('phrases that stand for a word the bot leaves out: "more" of asking to be told more is no word to match', () => {
    // The shipped vocabulary (knowledge/vocabulary.yaml), not the fixture's.
    const terms = (text: string) => createMatcher(loadKnowledge(LIVE_KNOWLEDGE)).match(text).terms.map((t) => t.word);
    expect(terms('they want make more residency or no?')).toContain('more');
    expect(terms('tell me more about the relocation one')).not.toContain('more');
    expect(terms('i want to know more about icorn')).not.toContain('more');
    // "roof over their head" is a shelter, not the head of ICORN; "is it called" is a name, not a call.
    expect(terms('is the residency just a roof over their head?')).not.toContain('head');
    expect(terms("why is it called 'cities of refuge'?")).not.toContain('called');
    // The reach of a work is its impact, not reaching ICORN.
    const { terms: normalized } = createMatcher(loadKnowledge(LIVE_KNOWLEDGE)).normalizer;
    expect(normalized('the visibility and reach of the work')).toContain(normalized('impact')[0]);
    expect(normalized('the visibility and reach of the work')).not.toContain(normalized('contact')[0]);
    // What ICORN is working on right now is its projects.
    expect(answered(createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE)).ask('What is ICORN working on right now?'))).toBe('key-projects');
  });

  it('synonyms of what the residencies do for the work: exposing abuses is raising awareness of violations', () => {
    const { terms } = createMatcher(loadKnowledge(LIVE_KNOWLEDGE)).normalizer;
    expect(terms('exposing rights abuses')).toEqual(terms('awareness rights violations'));
    expect(terms('the visibility of their work')).toEqual(terms('the awareness of their work'));
    expect(terms('the influence of their work')).toEqual(terms('the impact of their work'));
    // Why the work matters, asked for as its reasons.
    expect(terms('How does ICORN justify this work?')).toContain(terms('matters')[0]);
    expect(terms('Explain the stakes')).toContain(terms('matters')[0]);
  });

  it('are swapped with the knowledge when the engine is given a new one', () => {
    const dir = copyOfKnowledge();
    const engine = createFaqEngine(loadKnowledge(dir));
    expect(answered(engine.ask('Who can get a fellowship?'))).not.toBe('who-can-get-a-residency');
    editVocabulary(dir, (t) => t.replace('[residency, residencies,', '[residency, fellowship, residencies,').replace(/^names: .*$/m, 'names: [helper]'));
    engine.replaceKnowledge(loadKnowledge(dir));
    expect(answered(engine.ask('Who can get a fellowship?'))).toBe('who-can-get-a-residency');
    expect(engine.ask('thanks helper').kind).toBe('smallTalk');
  });
});
