/**
 * Everyday questions in the translated languages (`test/eval/everyday/<code>.json`: 100 each, none
 * about ICORN: the weather, a recipe, a bank, a bus, "what's your name", the police's number, a credit
 * card), as CLINC150 is for English: how many get an ICORN fact as if it answered. Written on
 * 2026-12-01 by a helper that saw nothing of the bot. Each is asked as the conversation meets it:
 * the language's own small talk first (src/i18n/smallTalk.ts), then the translated knowledge. Even
 * positions are the calibration half, which changes were chosen with; odd ones the report half.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FaqEngine } from '../../src/faq/faqEngine.js';
import { smallTalkIn } from '../../src/i18n/smallTalk.js';
import { localeWords } from '../../src/conversation/locales/index.js';
import type { UiLanguage } from '../../src/i18n/languages.js';

export type EverydayHalf = 'calibration' | 'report';

export interface EverydayFigures {
  language: string;
  half: EverydayHalf;
  queries: number;
  /** Answered with an ICORN entry as if it answered. */
  answered: number;
  /** "The page does not say ...", then the closest ICORN fact. */
  notStated: number;
  menus: number;
  smallTalk: number;
  fallback: number;
  answeredExamples: Array<{ q: string; entry: string }>;
}

export function loadEveryday(dir: string): Array<{ language: string; queries: string[] }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ language: path.basename(name, '.json'), queries: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as string[] }));
}

export function scoreEveryday(set: { language: string; queries: string[] }, engine: FaqEngine, half: EverydayHalf): EverydayFigures {
  const translated = engine.inLanguage(set.language);
  if (!translated) throw new Error(`test/eval/everyday/${set.language}.json: no knowledge in "${set.language}"`);
  const queries = set.queries.filter((_, i) => (i % 2 === 0) === (half === 'calibration'));
  // The language's own commands too ("ayuda", "راهنما"), as the conversation reads them.
  const commands = localeWords(set.language as UiLanguage).commands;
  const figures: EverydayFigures = { language: set.language, half, queries: queries.length, answered: 0, notStated: 0, menus: 0, smallTalk: 0, fallback: 0, answeredExamples: [] };
  for (const q of queries) {
    if (smallTalkIn(set.language, q, commands)) {
      figures.smallTalk += 1;
      continue;
    }
    const reply = translated.ask(q);
    if (reply.kind === 'answer') {
      figures.answered += 1;
      figures.answeredExamples.push({ q, entry: reply.candidate.entry.id });
    } else if (reply.kind === 'notStated') figures.notStated += 1;
    else if (reply.kind === 'didYouMean') figures.menus += 1;
    else if (reply.kind === 'smallTalk') figures.smallTalk += 1;
    else figures.fallback += 1;
  }
  return figures;
}
