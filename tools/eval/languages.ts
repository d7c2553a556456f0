/**
 * The evaluation parts in other languages (`test/eval/languages/<code>.yaml`): each question is
 * asked as the bot would meet it: its language told first (it must be read as that language), then
 * the knowledge translated into it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { FaqEngine } from '../../src/faq/faqEngine.js';
import { detectLanguage, wordsOfKnowledge, wordsOfTranslations } from '../../src/i18n/detectLanguage.js';
import { saysWhatThePageLacks } from '../../src/faq/notStated.js';
import type { Split } from './persona.js';

export interface LanguageSet {
  language: string;
  questions: Array<{ q: string; expect: string[]; split: Split }>;
  outOfScope: Array<{ q: string; lacks: string; split: Split }>;
}

export function loadLanguageSets(dir: string): LanguageSet[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data = parse(readFileSync(path.join(dir, name), 'utf8')) as { language: string; questions: LanguageSet['questions']; out_of_scope: LanguageSet['outOfScope'] };
      return { language: data.language, questions: data.questions, outOfScope: data.out_of_scope };
    });
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export interface LanguageFigures {
  language: string;
  translated: boolean;
  questions: number;
  /** Read as another language than their own (they would not reach this knowledge). */
  misread: number;
  rightFirst: number;
  rightOrOffered: number;
  /** Out-of-scope questions answered with an ICORN fact. */
  outOfScopeAnswered: number;
  /** Out-of-scope questions offered a "Did you mean" of ICORN entries (not answered: the contacts are a click away, but nothing there was asked). */
  outOfScopeMenus: number;
  /** Out-of-scope questions. */
  outOfScope: number;
  misses: Array<{ q: string; expected: string[]; got: string }>;
}

/** Scores one language's set, for one split or both, against the engine of its translation. */
export function scoreLanguage(set: LanguageSet, english: FaqEngine, split?: Split): LanguageFigures {
  const engine = english.inLanguage(set.language);
  const pick = <T extends { split: Split }>(item: T) => split === undefined || item.split === split;
  const questions = set.questions.filter(pick);
  const outOfScope = set.outOfScope.filter(pick);
  // Read as the conversation reads it: with the words of the English and the translated knowledge.
  const englishWords = wordsOfKnowledge(english.knowledge);
  const translatedWords = wordsOfTranslations(english.knowledge);
  const told = (q: string) => detectLanguage(q, (w) => englishWords.has(w), undefined, (w) => translatedWords.get(w) ?? []);
  const misread = [...questions, ...outOfScope].filter((item) => (told(item.q) ?? set.language) !== set.language).length;
  let right = 0;
  let offered = 0;
  const misses: LanguageFigures['misses'] = [];
  for (const item of questions) {
    const reply = engine?.ask(item.q);
    const got = !reply ? 'no translation' : reply.kind === 'answer' ? `answer ${reply.candidate.entry.id}` : reply.kind === 'didYouMean' ? `didYouMean [${reply.candidates.map((c) => c.entry.id).join(', ')}]` : reply.kind;
    const isRight = reply?.kind === 'answer' && item.expect.includes(reply.candidate.entry.id);
    const isOffered = isRight || (reply?.kind === 'didYouMean' && reply.candidates.some((c) => item.expect.includes(c.entry.id)));
    if (isRight) right += 1;
    if (isOffered) offered += 1;
    if (!isRight) misses.push({ q: item.q, expected: item.expect, got });
  }
  // An answer by an entry that itself says what the page lacks ("The page does not describe how to
  // apply...") is honest, not an ICORN fact given as if it answered.
  const saysItLacks = (id: string) => saysWhatThePageLacks(english.entry(id)?.answer ?? '');
  const replies = outOfScope.map((item) => engine?.ask(item.q));
  const answered = replies.filter((reply) => reply?.kind === 'answer' && !saysItLacks(reply.candidate.entry.id)).length;
  const menus = replies.filter((reply) => reply?.kind === 'didYouMean').length;
  return {
    language: set.language,
    translated: engine !== undefined,
    questions: questions.length,
    misread,
    rightFirst: rate(right, questions.length),
    rightOrOffered: rate(offered, questions.length),
    outOfScopeAnswered: answered,
    outOfScopeMenus: menus,
    outOfScope: outOfScope.length,
    misses,
  };
}
