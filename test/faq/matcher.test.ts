import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/faq/decide.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { createMatcher, questionsOf } from '../../src/faq/matcher.js';
import { answered, FIXTURE_KNOWLEDGE } from '../helpers.js';
import { projectRoot } from '../../src/paths.js';

const knowledge = loadKnowledge(FIXTURE_KNOWLEDGE);
const matcher = createMatcher(knowledge);
const engine = createFaqEngine(knowledge);

const everyQuestion = knowledge.entries.flatMap((entry) => questionsOf(entry).map((question) => ({ id: entry.id, question })));

describe('every question in the knowledge files', () => {
  it.each(everyQuestion)('"$question" retrieves $id and answers it', ({ id, question }) => {
    const result = matcher.match(question);
    expect(result.candidates[0]?.entry.id).toBe(id);
    expect(decide(result.candidates).kind).toBe('answer');
  });
});

describe('matching', () => {
  it.each([
    ['What is ICORN?', 'what-is-icorn'],
    ['How can my city join?', 'how-to-join'],
    ['Who can get a residency?', 'who-can-get-a-residency'],
    ['How do I contact them?', 'contact'],
    ['email', 'email'],
    ['director', 'executive-director'],
    ['how many cities are in icorn', 'member-count'],
    ['what is the vison of icorn', 'vision'],
    ['whats the mision', 'mission'],
    ['telephone', 'phone'],
  ])('answers %j with %s', (query, id) => {
    const reply = engine.ask(query);
    expect(reply.kind).toBe('answer');
    if (reply.kind === 'answer') expect(reply.candidate.entry.id).toBe(id);
  });

  it('ranks candidates by a confidence between 0 and 1, best first', () => {
    const { candidates } = matcher.match('how do cities become members');
    expect(candidates.length).toBeGreaterThan(1);
    for (const candidate of candidates) {
      expect(candidate.confidence).toBeGreaterThanOrEqual(0);
      expect(candidate.confidence).toBeLessThanOrEqual(1);
    }
    const confidences = candidates.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('keeps the best candidates up to the limit asked for, in the same order', () => {
    const all = matcher.match('icorn', 28).candidates;
    expect(all.length).toBeGreaterThan(5);
    for (const limit of [0, 1, 3, 5]) {
      expect(matcher.match('icorn', limit).candidates).toEqual(all.slice(0, limit));
    }
    // Equal confidences are ordered by id.
    for (let i = 1; i < all.length; i += 1) {
      const [a, b] = [all[i - 1]!, all[i]!];
      if (a.confidence === b.confidence) expect(a.entry.id.localeCompare(b.entry.id)).toBeLessThan(0);
    }
  });

  it('answers a question sent word for word (a button) with its entry alone, at confidence 1', () => {
    for (const entry of knowledge.entries) {
      for (const text of [entry.question, entry.question.toUpperCase().replace(/\?$/, '!!')]) {
        const { candidates } = matcher.match(text, 5);
        expect(candidates.map((c) => [c.entry.id, c.confidence])).toEqual([[entry.id, 1]]);
      }
    }
    expect(matcher.match(knowledge.entries[0]!.question, 0).candidates).toEqual([]);
    // One word more and it is scored like any other question, below 1.
    const near = matcher.match(`${knowledge.entries[0]!.question} please`).candidates;
    expect(near.length).toBeGreaterThan(1);
    expect(near[0]!.confidence).toBeLessThan(1);
  });

  it('answers a button (a question or title) with its own entry whatever was answered before', () => {
    // "Where this comes from" after the member count once answered the member count again: the
    // follow-up reading pointed back at the last entry, which was among the button's candidates.
    const wrong: string[] = [];
    for (const last of knowledge.entries) {
      for (const entry of knowledge.entries) {
        for (const text of [entry.question, entry.title]) {
          const reply = engine.ask(text, { lastEntryId: last.id });
          const got = answered(reply);
          if (got !== entry.id) wrong.push(`"${text}" after ${last.id}: ${got}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(['', '   ', '\n\t', '?!', 'the of and'])('never matches empty or meaningless text %j', (query) => {
    expect(matcher.match(query).candidates).toEqual([]);
    expect(engine.ask(query).kind).toMatch(/^(empty|fallback)$/);
  });

  it.each([
    'how do I transfer money to my bank account',
    'what is the weather like tomorrow',
    'book a table for two at an italian restaurant',
    'set an alarm for 6am',
  ])('falls back on an out-of-scope question: %j', (query) => {
    expect(engine.ask(query).kind).toBe('fallback');
  });

  it.each([
    ['hi', 'greeting'],
    ['thanks a lot', 'thanks'],
    ['bye', 'goodbye'],
    ['are you a bot?', 'areYouABot'],
    ['help', 'help'],
    ['what can you do', 'help'],
    ['what can I ask', 'help'],
    ['start over', 'cancel'],
    ['what languages do you speak?', 'languages'],
    ['do you speak arabic', 'languages'],
    ['can I write in Persian?', 'languages'],
    ['in what language can i write to you?', 'languages'],
    ['which languages can I use here?', 'languages'],
    ['other languages?', 'languages'],
    ['who made you?', 'creator'],
    ['who made this bot?', 'creator'],
    ['who built this chatbot', 'creator'],
  ])('reads %j as small talk (%s), never as an ICORN fact', (query, intent) => {
    expect(engine.ask(query)).toEqual({ kind: 'smallTalk', intent });
  });

  it('reads a question about the languages of ICORN\'s writers as no question about the bot\'s', () => {
    expect(engine.ask('What languages do ICORN writers write in?').kind).not.toBe('smallTalk');
  });

  it('reads the question of a long message after a greeting from its sentences as typed', () => {
    const reply = engine.ask('Good afternoon. I work for the culture department of a city in Belgium. We are preparing a proposal for our council. How do I contact ICORN?');
    expect(answered(reply)).toBe('contact');
  });

  it('reads a long message that asks as a question, whatever small talk it holds', () => {
    // "is this ... person" is no "are you a bot?", "your name in list" no "what is your name?", and a
    // thanks or an apology beside a question does not make it small talk.
    const long = [
      'hello i am poet from iran, my books are forbiden and police call me two time this month. my friend tell me about ICORN and city of refuge. what is this exactly and they can help person like me?',
      'I am poet from Eritrea, my english not so good sorry. my friend tell me ICORN is only symbolic, they write your name in list but no real help. this is right?',
      'Our culture secretary wonders whether ICORN is still taking in new cities. Is it actually trying to grow? Thanks in advance for any pointers.',
    ];
    for (const text of long) expect(engine.ask(text).kind, text).not.toBe('smallTalk');
    const short = 'Is the network still growing in asia? Thanks for any pointers.';
    expect(engine.ask(short).kind).not.toBe('smallTalk');
    expect(createFaqEngine(knowledge, { questionBesideSmallTalk: false }).ask(short).kind).toBe('smallTalk');
    expect(engine.ask("you've been a big help")).toEqual({ kind: 'smallTalk', intent: 'thanks' });
  });

  it('reads a question after a greeting as a question, and "hi, how goes" as small talk', () => {
    expect(engine.ask('hi, what is the fee?').kind).not.toBe('smallTalk');
    expect(engine.ask('hi, how goes').kind).toBe('smallTalk');
  });

  it('answers the question after a greeting', () => {
    const reply = engine.ask('Hello! How do I contact ICORN?');
    expect(reply.kind).toBe('answer');
    if (reply.kind === 'answer') expect(reply.candidate.entry.id).toBe('contact');
  });
});

describe('the engine', () => {
  it('imports nothing from Bot Framework, so it can move to another SDK', () => {
    const dir = path.join(projectRoot(), 'src', 'faq');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/from ['"]botbuilder|require\(['"]botbuilder/);
    }
  });
});
