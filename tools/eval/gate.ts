/**
 * The evaluation gate, in process: the figures `test/eval/evaluation.test.ts` holds at a level,
 * computed with the same functions (`scoreItem`, `summarise`, `scoreFollowUps`, `personaFigures`,
 * `scoreLanguage`, `typoVariants`, `evaluateClinc`) for any knowledge base. `knowledge:review
 * --accept` runs it before and after adding alternates, and refuses a change that breaks it.
 *
 * The levels are `ENGLISH_LEVELS` and `LANGUAGE_LEVELS` (tools/eval/levels.ts), which the test
 * file holds too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { createMatcher } from '../../src/faq/matcher.js';
import type { KnowledgeBase } from '../../src/faq/types.js';
import { engineAsker, evaluateClinc, loadClinc, loadEvaluationSet, loadFollowUps, scoreFollowUps, scoreItem, summarise, typoVariants } from './evaluation.js';
import { loadLanguageSets, scoreLanguage } from './languages.js';
import { ENGLISH_LEVELS as L, LANGUAGE_LEVELS, LATER_PERSONA_PARTS } from './levels.js';
import { loadPersonaSet, personaFigures, scorePersonaSet } from './persona.js';

/** One gated figure: its value now, its level, and which way is better. */
export interface GateFigure {
  name: string;
  value: number;
  level: number;
  /** True: the value must be at least the level; false: at most. */
  atLeast: boolean;
  /**
   * The questions that count against the figure ("what music do you like -> who-can-get-a-residency"):
   * a change that breaks the gate names the ones it added.
   */
  against?: string[];
}

/** Whether a figure meets its level. */
export function meetsLevel(figure: GateFigure): boolean {
  return figure.atLeast ? figure.value >= figure.level : figure.value <= figure.level;
}


/**
 * Every gated figure of a knowledge base, over the evaluation sets of the project at `root`
 * (`test/eval/`); CLINC150's when `clincFile` exists (else that figure is left out).
 */
export function gateFigures(knowledge: KnowledgeBase, root: string, clincFile?: string): GateFigure[] {
  const engine = createFaqEngine(knowledge);
  const ask = engineAsker(engine);
  const figures: GateFigure[] = [];
  const add = (name: string, value: number, level: number, atLeast = true, against?: string[]) => figures.push({ name, value, level, atLeast, ...(against ? { against } : {}) });
  /** A question and what the bot did with it, as an editor reads it. */
  const got = (q: string, outcome: { kind: string; answered?: string }) => `"${q}" -> ${outcome.answered ?? outcome.kind}`;

  const results = loadEvaluationSet(root).map((item) => scoreItem(item, ask));
  const inScope = (r: (typeof results)[number]) => Array.isArray(r.item.expect);
  const count = (split: string, predicate: (r: (typeof results)[number]) => boolean) => results.filter((r) => r.item.split === split && predicate(r)).length;
  const misses = (split: string) => results.filter((r) => r.item.split === split && inScope(r) && !r.correct).map((r) => got(r.item.q, { kind: r.outcome.candidates[0]?.id ?? r.outcome.kind }));
  add('held-out questions with the right entry first', count('heldout', (r) => inScope(r) && r.correct), L.heldoutRightEntryFirst, true, misses('heldout'));
  add('tuning questions with the right entry first', count('tuning', (r) => inScope(r) && r.correct), L.tuningRightEntryFirst, true, misses('tuning'));
  add('questions with the right entry in the top three', results.filter((r) => inScope(r) && r.top3).length, L.rightEntryInTopThree);
  add('in-scope questions answered right first time', summarise(results).answeredRight, L.answeredRight);
  const wrong = results.filter((r) => inScope(r) && r.falseAnswer);
  add('in-scope questions answered with another entry', wrong.length, L.answeredWithAnotherEntry, false, wrong.map((r) => got(r.item.q, r.outcome)));
  const outOfScope = results.filter((r) => r.item.expect === 'none' && r.falseAnswer);
  add('out-of-scope questions answered with an ICORN fact', outOfScope.length, 0, false, outOfScope.map((r) => got(r.item.q, r.outcome)));
  const smallTalk = results.filter((r) => r.item.expect === 'small talk');
  add('small talk answered with an ICORN fact', smallTalk.filter((r) => r.outcome.kind === 'answer' || r.outcome.kind === 'didYouMean').length, 0, false);
  add('small talk handled as small talk', smallTalk.filter((r) => r.correct).length, L.smallTalkHandled);
  add('follow-ups understood', scoreFollowUps(loadFollowUps(root), ask).filter((f) => f.ok).length, L.followUps);

  const matcher = createMatcher(knowledge);
  const variants = typoVariants(knowledge).map((v) => ({ ...v, ok: matcher.match(v.typo).candidates[0]?.entry.id === v.id }));
  const typoRate = (list: typeof variants) => (list.length === 0 ? 1 : list.filter((v) => v.ok).length / list.length);
  add('questions with one typo that find their entry', typoRate(variants.filter((v) => v.edits === 1)), L.typos.one);
  add('questions with two typos that find their entry', typoRate(variants.filter((v) => v.edits === 2)), L.typos.two);
  add('questions with typos that find their entry', typoRate(variants), L.typos.all);

  const set = loadPersonaSet(path.join(root, 'test', 'eval', 'persona.yaml'));
  const persona = scorePersonaSet(set, ask, knowledge);
  const heldout = personaFigures(persona, 'heldout');
  const personaMisses = persona.answerable.filter((r) => r.item.split === 'heldout' && !r.rightFirst).map((r) => got(r.item.q, r.outcome));
  add("users' own words: held-out right first time", heldout.answerable.rightFirst, L.persona.rightFirst, true, personaMisses);
  add("users' own words: held-out right or offered", heldout.answerable.rightOrOffered, L.persona.rightOrOffered);
  add("users' own words: near-domain honest", heldout.nearDomain.honestWithoutMenu, L.persona.nearHonest);
  const falseFacts = persona.nearDomain.filter((r) => r.item.split === 'heldout' && r.falseFact);
  add("users' own words: near-domain false facts", falseFacts.length, L.persona.nearFalseFacts, false, falseFacts.map((r) => got(r.item.q, r.outcome)));
  add("users' own words: two-turn conversations right", heldout.conversations.right, L.persona.conversations);
  for (const { name, file } of LATER_PERSONA_PARTS) {
    const part = scorePersonaSet(loadPersonaSet(path.join(root, 'test', 'eval', file)), ask, knowledge);
    add(`users' own words, ${name} part: right first time`, personaFigures(part, 'heldout').answerable.rightFirst, L[name].rightFirst);
    add(`users' own words, ${name} part: near-domain false facts`, part.nearDomain.filter((r) => r.falseFact).length, L[name].nearFalseFacts, false);
  }
  const unsafe = persona.danger.filter((r) => !r.ok);
  add('people in danger not told who, contacts and relocation', unsafe.length, 0, false, unsafe.map((r) => got(r.item.q, r.outcome)));

  const languages = loadLanguageSets(path.join(root, 'test', 'eval', 'languages'));
  for (const [language, level] of Object.entries(LANGUAGE_LEVELS)) {
    const languageSet = languages.find((s) => s.language === language);
    if (!languageSet) continue;
    const held = scoreLanguage(languageSet, engine, 'heldout');
    const all = scoreLanguage(languageSet, engine);
    add(`${language}: held-out right first time`, held.rightFirst, level.rightFirst);
    add(`${language}: out-of-scope answered with a fact`, all.outOfScopeAnswered, level.outOfScopeAnswered, false);
  }
  for (const languageSet of loadLanguageSets(path.join(root, 'test', 'eval', 'languages-2'))) {
    const level = LANGUAGE_LEVELS[languageSet.language];
    if (!level) continue;
    const figures = scoreLanguage(languageSet, engine);
    add(`${languageSet.language}, second part: right first time`, figures.rightFirst, level.second.rightFirst);
    add(`${languageSet.language}, second part: out-of-scope answered with a fact`, figures.outOfScopeAnswered, level.second.outOfScopeAnswered, false);
  }

  if (clincFile && existsSync(clincFile)) {
    const clinc = evaluateClinc(loadClinc(clincFile), ask);
    add('CLINC150 queries answered with an ICORN fact', clinc.falseAnswers, L.clincFalseAnswers, false, clinc.falseAnswerExamples.map((e) => got(e.text, { kind: 'answer', answered: e.answered })));
  }
  return figures;
}

/**
 * What a change broke: each figure that does not meet its level after the change and is worse than
 * before it. A figure already under its level before (a knowledge folder other than the project's,
 * which the levels were not measured on) fails only when the change makes it worse still.
 */
export function gateFailures(before: readonly GateFigure[], after: readonly GateFigure[]): string[] {
  const failures: string[] = [];
  for (const figure of after) {
    if (meetsLevel(figure)) continue;
    const was = before.find((b) => b.name === figure.name);
    const worse = !was || (figure.atLeast ? figure.value < was.value : figure.value > was.value);
    if (!worse) continue;
    failures.push(`${figure.name}: ${shown(figure.value)}, was ${was ? shown(was.value) : 'not measured'} (the level is ${figure.atLeast ? 'at least' : 'at most'} ${shown(figure.level)})`);
    const added = (figure.against ?? []).filter((q) => !(was?.against ?? []).includes(q));
    for (const q of added.slice(0, MAX_NAMED)) failures.push(`    now: ${q}`);
    if (added.length > MAX_NAMED) failures.push(`    and ${added.length - MAX_NAMED} more`);
  }
  return failures;
}

/** The questions a failure names, at most. */
const MAX_NAMED = 5;

function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : `${(value * 100).toFixed(1)}%`;
}
