/**
 * The values reading of a question: "Which values does ICORN promote?", "what values does the
 * network stand for?", "Which principles guide its work?", "¿Qué valores defiende ICORN?", "Quelles
 * valeurs la ville doit-elle porter ?", "ما هي القيم التي تدافع عنها الشبكة؟", "ارزش‌های ایکورن
 * چیه؟". Its answer is an entry whose answer names values (the mission's "democratic values", the
 * vision's, the director's "values of solidarity, creativity and hospitality"): of those, the one
 * whose answer holds most of the question's other words ("... reflected in our municipal policy?" is
 * the director's, who speaks of each city's policy), even when the words come nearer an entry that
 * names no value at all.
 */
import { latin } from './wordEdges.js';

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

/** The word "values" (or "principles") in each language: in a question, it asks; in an answer, it names them. */
const VALUES: Record<string, { asks: RegExp; gives: RegExp }> = {
  en: { asks: /\b(?:values|principles)\b/, gives: /\bvalues\b/ },
  es: { asks: /\b(?:valores|principios)\b/u, gives: /\bvalores\b/u },
  fr: { asks: /\b(?:valeurs|principes)\b/u, gives: /\bvaleurs\b/u },
  // With the attached "and", "for", "the" in front: "القيم", "والقيم", "بالقيم"; not "مقيم" (resident).
  ar: { asks: new RegExp(`(?<!${LETTER})[وبل]?(?:ال)?(?:قيم|قيمها|مبادئ|المبادئ)(?!${LETTER})`, 'u'), gives: new RegExp(`(?<!${LETTER})[وبل]?(?:ال|لل)?قيم(?!${LETTER})`, 'u') },
  fa: { asks: /ارزش|اصول/u, gives: /ارزش/u },
};

/**
 * The values the page names, asked by name, of ICORN: "Does ICORN take a stance on democracy?", "Is
 * international solidarity part of what ICORN promotes?"; not "which nations are not democratic".
 */
const NAMED_VALUES: Record<string, [RegExp, RegExp]> = {
  en: [/\b(?:democra\w*|solidarity)\b/, /\b(?:icorn|the network|its|their|your)\b/],
  // Word edges that know accented letters (a bare \b does not: "solidarité" ends after its é).
  es: [latin(/\b(?:democr[aá]\w*|solidaridad)\b/u), latin(/\b(?:icorn|la red|su|sus)\b/u)],
  fr: [latin(/\b(?:d[ée]mocra\w*|solidarit[ée])\b/u), latin(/\b(?:icorn|le r[ée]seau|son|sa|ses|leur)\b/u)],
  ar: [/ديمقراط|تضامن/u, /icorn|ايكورن|آيكورن|الشبك/u],
  fa: [/دموکرا|همبستگی/u, /icorn|ایکورن|آیکورن|شبکه/u],
};

/** True when a question asks about values or principles, or about one of the values the page names. */
export function asksAboutValues(question: string, language = 'en'): boolean {
  const lower = question.toLowerCase();
  const named = NAMED_VALUES[language];
  return (VALUES[language]?.asks.test(lower) ?? false) || (named !== undefined && named[0].test(lower) && named[1].test(lower));
}

/** True when an answer names values. */
export function namesValues(answer: string, language = 'en'): boolean {
  return VALUES[language]?.gives.test(answer.toLowerCase()) ?? false;
}
