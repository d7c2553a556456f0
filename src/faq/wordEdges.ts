/**
 * Patterns for whole words in any alphabet, for the question forms and danger signs of the
 * languages the knowledge is translated into (`notStated.ts`, `atRisk.ts`).
 */

/**
 * A pattern whose `\b` marks the edge of a word of any alphabet: JavaScript's `\b` knows only ASCII
 * letters, so it sees no edge after "fundó" or "fondé" and one inside "année".
 */
export function latin(pattern: RegExp): RegExp {
  const edge = '(?:(?<![\\p{L}\\p{M}\\p{N}])(?=[\\p{L}\\p{M}\\p{N}])|(?<=[\\p{L}\\p{M}\\p{N}])(?![\\p{L}\\p{M}\\p{N}]))';
  return new RegExp(pattern.source.replaceAll('\\b', edge), pattern.flags);
}

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

/**
 * Arabic words as whole words: after an attached conjunction, preposition or article (و ف ب ل ك,
 * ال) and before an attached pronoun (ها هم ه ي نا كم), never inside another word ("رسوم", fees,
 * is not in "رسوماتي", my drawings; "مال", money, is not in "أعمال", works).
 */
export function arabicWords(...words: string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:[وفبلك]?(?:ال)?)(?:${words.join('|')})(?:ها|هم|ه|ي|نا|كم)?(?!${LETTER})`, 'u');
}

/**
 * Persian words as whole words, with the plural and possessive endings (ها, ی, اش, ت, ش, م, تان,
 * شان), written with or without the zero-width non-joiner, and "ست" (is, as in "کجاست"): "اهدا"
 * (donating) is not in "اهداف" (goals).
 */
export function persianWords(...words: string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:${words.join('|')})(?:ست|\u200c?(?:ها|های|ی|ای|اش|ت|ش|م|تان|شان|مان))?(?!${LETTER})`, 'u');
}

/** Text that a regular expression matches as itself ("icorn.org" matches no "icornXorg"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
