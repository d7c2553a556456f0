import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { inlineLocalRefs, KnowledgeError, loadKnowledge, type KnowledgeProblem } from '../../src/faq/knowledgeLoader.js';
import { FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS, copyOfFixtureKnowledge, problemsOf } from '../helpers.js';
import { projectRoot } from '../../src/paths.js';

const KNOWLEDGE = FIXTURE_KNOWLEDGE;

/** A copy of the knowledge folder where a test may break things. */
function copyOfKnowledge(): string {
  const dir = copyOfFixtureKnowledge('icorn-knowledge-');
  return dir;
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

describe('the schemas', () => {
  /** A copy of a schema where titles may be at most `max` characters. */
  function titlesUpTo(dir: string, max: number, name = 'schema.json'): string {
    const file = path.join(dir, name);
    const schema = JSON.parse(readFileSync(KNOWLEDGE_SCHEMAS.schemaPath, 'utf8')) as { definitions: { entry: { properties: { title: { maxLength: number } } } } };
    schema.definitions.entry.properties.title.maxLength = max;
    writeFileSync(file, JSON.stringify(schema, null, 2));
    return file;
  }
  const tooLong = (max: number) => expect.objectContaining({ message: `title is too long (at most ${max} characters)` });

  it('are read again when they change: an edited schema.json is honoured on the next load', () => {
    const dir = copyOfKnowledge();
    expect(loadKnowledge(dir).entries.length).toBeGreaterThan(0);
    titlesUpTo(dir, 5);
    expect(problemsOf(dir)).toContainEqual(tooLong(5));
    // And back: the loosened schema is honoured too.
    cpSync(KNOWLEDGE_SCHEMAS.schemaPath, path.join(dir, 'schema.json'));
    expect(loadKnowledge(dir).entries.length).toBeGreaterThan(0);
  });

  it('honour each schemaPath given, whichever was used first', () => {
    const dir = copyOfKnowledge();
    const other = mkdtempSync(path.join(tmpdir(), 'icorn-schemas-'));
    const strict = titlesUpTo(other, 5, 'strict.json');
    const stricter = titlesUpTo(other, 3, 'stricter.json');
    const loose = KNOWLEDGE_SCHEMAS.schemaPath;
    expect(loadKnowledge(dir, { schemaPath: loose }).entries.length).toBeGreaterThan(0);
    expect(problemsWithSchema(dir, strict)).toContainEqual(tooLong(5));
    expect(problemsWithSchema(dir, stricter)).toContainEqual(tooLong(3));
    expect(loadKnowledge(dir, { schemaPath: loose }).entries.length).toBeGreaterThan(0);
    expect(problemsWithSchema(dir, strict)).toContainEqual(tooLong(5));
  });

  it('name a schema that cannot be read or is not JSON', () => {
    const dir = copyOfKnowledge();
    writeFileSync(path.join(dir, 'schema.json'), '{ not json');
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'schema.json', line: 1, message: expect.stringMatching(/^is not a valid JSON Schema/) })]);
    expect(problemsWithSchema(dir, path.join(dir, 'missing.json'))).toEqual([{ file: 'missing.json', line: 1, message: 'cannot be read: ENOENT' }]);
  });

  it('include the vocabulary schema, edited or given by path', () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, 'vocabulary.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: { synonyms: { items: { maxItems?: number } } } };
    schema.properties.synonyms.items.maxItems = 3;
    writeFileSync(file, JSON.stringify(schema));
    expect(problemsOf(dir).every((p) => p.file === 'vocabulary.yaml' && /^synonyms\[\d+\] must NOT have more than 3 items$/.test(p.message))).toBe(true);
    expect(loadKnowledge(dir, { vocabularySchemaPath: KNOWLEDGE_SCHEMAS.vocabularySchemaPath }).vocabulary?.synonyms.length).toBeGreaterThan(0);
  });
});

function problemsWithSchema(dir: string, schemaPath: string): KnowledgeProblem[] {
  try {
    loadKnowledge(dir, { schemaPath });
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error('the knowledge loaded without problems');
}

describe('the ajv workaround: local $refs inlined before compiling', () => {
  it('is still needed: ajv concatenates a referenced schema\'s errors onto a new array at every reference (quadratic in the errors)', () => {
    // If this fails, ajv changed how it gathers the errors of a $ref: review inlineLocalRefs in knowledgeLoader.ts.
    const schema = {
      definitions: { id: { type: 'string', pattern: '^a' }, entry: { type: 'object', properties: { id: { $ref: '#/definitions/id' } } } },
      type: 'array',
      items: { $ref: '#/definitions/entry' },
    };
    expect(new Ajv({ allErrors: true }).compile(schema).toString()).toMatch(/vErrors\.concat\(/);
    expect(new Ajv({ allErrors: true }).compile(inlineLocalRefs(schema) as object).toString()).not.toMatch(/\.concat\(/);
  });

  it('gives the same errors as the schemas as written, for every bundled schema', () => {
    const bad = {
      'schema.json': { topic: 'No Such', entries: [{ id: 'Bad Id', title: '', question: 1, answer: 'x', followUps: ['ok', 'NOT OK', 'ok'], colour: 'red' }, {}] },
      'vocabulary.schema.json': { phrases: { 'two words': ['x'], '': 'y' }, synonyms: [['one'], ['a b', '']], owned: ['x y', 3], colour: 1 },
      'translation.schema.json': { language: 'xx-yy-zz', entries: [{ id: 'BAD', reviewed: 'no', title: 3 }] },
    };
    for (const [name, data] of Object.entries(bad)) {
      const schema = JSON.parse(readFileSync(path.join(projectRoot(), 'knowledge', name), 'utf8')) as object;
      const errorsOf = (s: object) => {
        const validate = new Ajv({ allErrors: true, strict: true }).compile(s);
        validate(data);
        // ajv finds duplicates another way when it knows the items are strings (i and j swap places): the same pair.
        return (validate.errors ?? []).map(({ instancePath, keyword, params, message, propertyName }) =>
          keyword === 'uniqueItems' ? { instancePath, keyword, pair: [params['i'], params['j']].sort(), propertyName } : { instancePath, keyword, params, message, propertyName },
        );
      };
      const written = errorsOf(schema);
      expect(written.length, name).toBeGreaterThan(2);
      expect(errorsOf(inlineLocalRefs(schema) as object), name).toEqual(written);
    }
  });

  it('leaves a recursive reference, and references beside other checks, as they are', () => {
    const schema = {
      definitions: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/node' } } } }, id: { type: 'string' } },
      properties: { root: { $ref: '#/definitions/node' }, id: { $ref: '#/definitions/id', minLength: 2 } },
    };
    const inlined = inlineLocalRefs(schema) as { properties: { root: { properties: { children: { items: unknown } } }; id: unknown } };
    expect(inlined.properties.root.properties.children.items).toEqual({ $ref: '#/definitions/node' });
    expect(inlined.properties.id).toEqual({ $ref: '#/definitions/id', minLength: 2 });
  });
});
