import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readsAtRisk } from '../../src/faq/atRisk.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { projectRoot } from '../../src/paths.js';

/** Messages written by helpers who saw no code (the file's header says how). */
const messages = parse(readFileSync(path.join(projectRoot(), 'test', 'faq', 'at-risk-messages.yaml'), 'utf8')) as Record<
  string,
  { danger: string[]; notDanger: string[]; aboutSomeoneElse: string[] }
>;

/**
 * Most `notDanger` messages read as danger, per language, as measured when the signs were written:
 * a false reading costs a safety message before the answer, a missed one costs someone in danger
 * the contacts, so the signs lean towards reading danger.
 */
const MOST_FALSE_READINGS: Record<string, number> = { en: 0, es: 2, fr: 5, ar: 2, fa: 5 };

describe('the at-risk reading in English and the translated languages', () => {
  it.each(Object.keys(MOST_FALSE_READINGS))('reads every message from someone at risk in %s as such', (language) => {
    const missed = messages[language]!.danger.filter((text) => !readsAtRisk(text, language));
    expect(missed).toEqual([]);
  });

  it.each(Object.keys(MOST_FALSE_READINGS))('reads few messages in %s that only share the words as danger', (language) => {
    const falseReadings = messages[language]!.notDanger.filter((text) => readsAtRisk(text, language));
    expect(falseReadings.length).toBeLessThanOrEqual(MOST_FALSE_READINGS[language]!);
  });

  it('reads at least 21 of the 25 held-out English messages from someone at risk as such, and at most 2 of the 25 others', () => {
    // Written by a helper after the first signs, never tuned on: 14 and 10 then, 18 and 4 after a later round of signs, 19 and 4, then 21 and 2, after those of 2026-12-01 (night).
    const { danger, notDanger } = messages['en-held-out']!;
    expect(danger.filter((text) => readsAtRisk(text, 'en')).length).toBeGreaterThanOrEqual(21);
    expect(notDanger.filter((text) => readsAtRisk(text, 'en')).length).toBeLessThanOrEqual(2);
  });

  it('reads at least 35 of the 40 English messages of the second tuning batch, which say it with fewer obvious words, and at most 1 of its 30 others', () => {
    // Written after the first signs and read 12 of 40 then (3 false readings); the signs of that night were written against it.
    const { danger, notDanger } = messages['en-tuning-2']!;
    expect(danger.filter((text) => readsAtRisk(text, 'en')).length).toBeGreaterThanOrEqual(35);
    expect(notDanger.filter((text) => readsAtRisk(text, 'en')).length).toBeLessThanOrEqual(1);
  });

  it('reads at least 35 of the 40 English messages of the third tuning batch as danger, and none of its 20 others', () => {
    // Read 23 of 40 and 7 of 20 others when it came; the signs of that night were written against it.
    const { danger, notDanger } = messages['en-tuning-3']!;
    expect(danger.filter((text) => readsAtRisk(text, 'en')).length).toBeGreaterThanOrEqual(35);
    expect(notDanger.filter((text) => readsAtRisk(text, 'en')).length).toBe(0);
  });

  it('reads at least 39 of the 40 English messages of the fourth tuning batch as danger, and at most 6 of its 30 others', () => {
    // Read 26 of 40 and 6 of 30 others when it came; the signs of that night were written against it.
    const { danger, notDanger } = messages['en-tuning-4']!;
    expect(danger.filter((text) => readsAtRisk(text, 'en')).length).toBeGreaterThanOrEqual(39);
    expect(notDanger.filter((text) => readsAtRisk(text, 'en')).length).toBeLessThanOrEqual(6);
  });

  it.each([
    // Danger read, others read as danger, as measured when the signs were written against them (before: 3, 2, 0 and 1 of 20).
    ['es', 18, 0],
    ['fr', 17, 1],
    ['ar', 19, 1],
    ['fa', 16, 3],
  ] as const)('in %s, reads at least %s of the 20 messages of its second tuning batch, which say it with fewer obvious words, as danger, and at most %s of its 15 others', (language, danger, others) => {
    const batch = messages[`${language}-tuning-2`]!;
    expect(batch.danger.filter((text) => readsAtRisk(text, language)).length).toBeGreaterThanOrEqual(danger);
    expect(batch.notDanger.filter((text) => readsAtRisk(text, language)).length).toBeLessThanOrEqual(others);
  });

  it.each([
    // The seventeenth English tuning part's people in danger (2026-12-02), which the signs missed when it came.
    'i am jurnalist, today they take my colleague from street and nobody know where he is. my name is on same list. i need leave country now please who can help me tonight',
    'my trial is next week, lawyer say i get 10 years for my songs. i have no passport they take it. is icorn can take me out before? please answer quick',
    // The twenty-second's (2026-12-02): "they come for me", and having to leave tonight.
    'police take my laptop one hour ago and say tomorrow they come for me. i am writer. i must leave tonight, where i go please',
    'they said they will come for me after the elections',
    'the police took my computer. i have to leave today, who can help',
  ])('reads "%s" as danger', (text) => {
    expect(readsAtRisk(text, 'en')).toBe(true);
  });

  it.each(['Our city has hosted writers for 10 years. Could I get the contact for membership?', 'I need to leave the country for a conference. Is ICORN there?', 'I must leave now, my train is at six. Thanks for the email!', 'the courier will come for my parcel tomorrow'])(
    'does not read "%s" as danger',
    (text) => {
      expect(readsAtRisk(text, 'en')).toBe(false);
    },
  );

  it('reads nothing in a language it has no signs for', () => {
    expect(readsAtRisk('Меня арестовали и угрожают убить, помогите', 'ru')).toBe(false);
  });

  it.each(['es', 'fr', 'ar', 'fa'])('answers someone at risk writing in %s with the at-risk entry of that language, first time (as the closest fact when they ask about a topic the page never speaks of)', (language) => {
    const engine = createFaqEngine(loadKnowledge(path.join(projectRoot(), 'knowledge'))).inLanguage(language)!;
    const atRisk = engine.entry('at-risk')!;
    for (const text of messages[language]!.danger) {
      const reply = engine.ask(text);
      // "... Est-ce que je peux venir avec ma femme et mes enfants ?" asks about a topic the page never
      // speaks of: the reply says so, then gives the at-risk answer as the closest fact.
      if (reply.kind === 'notStated') {
        expect([reply.candidate.entry, reply.via, reply.detail.kind], text).toEqual([atRisk, 'atRisk', 'topic']);
        continue;
      }
      expect(reply.kind, text).toBe('answer');
      if (reply.kind !== 'answer') continue;
      expect(reply.via, text).toBe('atRisk');
      // The at-risk answer itself, or another answer with the at-risk answer before it.
      expect(reply.atRisk ?? reply.candidate.entry, text).toBe(atRisk);
    }
  });
});
