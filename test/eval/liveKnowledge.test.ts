import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { SOURCE_PAGE } from '../../src/paths.js';
import { buildEntries } from '../../tools/knowledge/buildEntries.js';
import { parsePage } from '../../tools/knowledge/pageParser.js';
import { answered, LIVE_KNOWLEDGE, liveEngine } from '../helpers.js';

/**
 * A gate on the live knowledge itself (like the evaluation): an answer that comes from the page must
 * say what the page copy says, or the next `npm run knowledge:import` silently undoes the edit.
 */
describe('the live knowledge', () => {
  it('matches the live copy of the page, answer for answer', () => {
    const entries = buildEntries(parsePage(readFileSync(path.join(LIVE_KNOWLEDGE, SOURCE_PAGE), 'utf8')));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const committed = loadKnowledge(LIVE_KNOWLEDGE);
    const fromPage = committed.entries.filter((e) => e.source);
    expect(fromPage.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const entry of fromPage) {
      const where = `knowledge/${entry.origin?.file}:${entry.origin?.line} [${entry.id}]`;
      const why = `${where} differs from the page (knowledge/${SOURCE_PAGE}), and \`npm run knowledge:import\` would undo the edit: change the page copy and re-import, or remove the entry's "source"`;
      expect(entry.answer, why).toBe(byId.get(entry.id)?.answer);
    }
  });
});


describe('the shipped vocabulary', () => {
  it('points editors at its schema on its first line, and the schema is strict draft-07', () => {
    const text = readFileSync(path.join(LIVE_KNOWLEDGE, 'vocabulary.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./vocabulary.schema.json');
    const schema = JSON.parse(readFileSync(path.join(LIVE_KNOWLEDGE, 'vocabulary.schema.json'), 'utf8')) as { $schema: string; additionalProperties: boolean };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('one-word questions on the shipped knowledge', () => {
  const engine = liveEngine();

  it.each([
    ['strategic', 'project-strategic-plan'],
    ['mision', 'mission'],
    ['contakt', 'contact'],
  ])('answers "%s" with %s', (text, id) => {
    const reply = engine.ask(text);
    expect(answered(reply)).toBe(id);
  });
});

describe('a writer asking whether they could write freely, on the shipped knowledge', () => {
  const engine = liveEngine();

  it('is never answered with the email address ("write" as in writing to ICORN), and is offered the residency', () => {
    const reply = engine.ask('i was writer for newspaper closed by government. now i cant publish nothing. in icorn city i can write free?');
    expect(reply.kind === 'answer' ? reply.candidate.entry.id : undefined).not.toBe('email');
    const offered = reply.kind === 'answer' ? [reply.candidate.entry.id] : reply.kind === 'didYouMean' ? reply.candidates.map((c) => c.entry.id) : [];
    expect(offered).toContain('what-is-a-residency');
  });
});

describe('"in simple words" on the shipped knowledge', () => {
  const engine = liveEngine();

  it.each([
    ['what is icorn in simple words?', 'what-is-icorn'],
    ['What does ICORN say, in its own words, about partners?', 'quote-partners'],
  ])('answers "%s" with %s: a way of asking is no quotation, ICORN\'s own words are', (text, id) => {
    const reply = engine.ask(text);
    expect(answered(reply)).toBe(id);
  });
});

describe('artists and journalists the page does not name one by one, on the shipped knowledge', () => {
  const engine = liveEngine();

  it.each([
    ['can photographers get a residency?', 'who-can-get-a-residency'],
    ['is icorn also for podcasters?', 'who-can-get-a-residency'],
    ['can a photographer apply?', 'how-to-apply'],
  ])('answers "%s" with %s: a photographer is one of the artists, a podcaster one of the journalists', (text, id) => {
    expect(answered(engine.ask(text))).toBe(id);
  });
});

describe("the network's full name, on the shipped knowledge", () => {
  const engine = liveEngine();

  it('reads "the International Cities of Refuge Network" as ICORN: what is asked of it decides', () => {
    expect(answered(engine.ask('What is the main objective of the International Cities of Refuge Network?'))).toBe('principal-objective');
    expect(answered(engine.ask('What is the International Cities of Refuge Network?'))).toBe('what-is-icorn');
  });
});
