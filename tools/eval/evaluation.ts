import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { decide } from '../../src/faq/decide.js';
import type { FaqEngine, FaqReply } from '../../src/faq/faqEngine.js';
import { questionsOf } from '../../src/faq/matcher.js';
import type { Candidate, KnowledgeBase } from '../../src/faq/types.js';

/** One labelled question of the evaluation set. */
export interface EvalItem {
  q: string;
  /** Acceptable entry ids, or "none" (should not be answered), or "small talk". */
  expect: string[] | 'none' | 'small talk';
  category: string;
  split: 'tuning' | 'heldout';
}

/** What the bot did with a question, reduced to what the evaluation scores. */
export interface Outcome {
  kind: 'answer' | 'didYouMean' | 'fallback' | 'smallTalk' | 'empty' | 'notStated';
  /** The entry answered, if any (for notStated: the entry whose closest fact was given). */
  answered?: string;
  /** The reply's text, where it is not an entry's answer as it stands. */
  text?: string;
  /** The entries offered by a "Did you mean". */
  options?: string[];
  candidates: Array<{ id: string; confidence: number }>;
}

/** Anything that can be evaluated: the engine, or the plain fuse.js baseline. */
export type Asker = (query: string, lastEntryId?: string) => Outcome;

/** A follow-up: asked right after the bot answered `after`. */
export interface FollowUpItem {
  after: string;
  q: string;
  expect: string;
  split: EvalItem['split'];
}

/** Reads an evaluation file (`questions:` list) and marks its split. */
export function loadEvalSet(file: string, split: EvalItem['split']): EvalItem[] {
  const data = parse(readFileSync(file, 'utf8')) as { questions: Array<{ q: string; expect: string | string[]; category: string }> };
  return data.questions.map((item) => ({
    q: item.q,
    expect: item.expect === 'none' || item.expect === 'small talk' ? item.expect : ([] as string[]).concat(item.expect),
    category: item.category,
    split,
  }));
}

/** The evaluation set of the repository: tuning and held-out parts. */
export function loadEvaluationSet(root: string): EvalItem[] {
  const dir = path.join(root, 'test', 'eval');
  return [...loadEvalSet(path.join(dir, 'tuning.yaml'), 'tuning'), ...loadEvalSet(path.join(dir, 'heldout.yaml'), 'heldout')];
}

/** The follow-ups of the evaluation set. */
export function loadFollowUps(root: string): FollowUpItem[] {
  const dir = path.join(root, 'test', 'eval');
  return (['tuning', 'heldout'] as const).flatMap((split) => {
    const data = parse(readFileSync(path.join(dir, `${split === 'tuning' ? 'tuning' : 'heldout'}.yaml`), 'utf8')) as {
      followups?: Array<Omit<FollowUpItem, 'split'>>;
    };
    return (data.followups ?? []).map((item) => ({ ...item, split }));
  });
}

/** Follow-ups answered right: the expected entry, outright. */
export function scoreFollowUps(items: FollowUpItem[], ask: Asker): Array<FollowUpItem & { got: string; ok: boolean }> {
  return items.map((item) => {
    const outcome = ask(item.q, item.after);
    const got = outcome.kind === 'answer' ? (outcome.answered ?? '') : outcome.kind;
    return { ...item, got, ok: got === item.expect };
  });
}

/** The engine as an `Asker`. */
export function engineAsker(engine: FaqEngine): Asker {
  return (query, lastEntryId) => outcomeOf(engine.ask(query, lastEntryId ? { lastEntryId } : {}));
}

function outcomeOf(reply: FaqReply): Outcome {
  if (reply.kind === 'empty' || reply.kind === 'smallTalk') return { kind: reply.kind, candidates: [] };
  const candidates = reply.match.candidates.map((c) => ({ id: c.entry.id, confidence: c.confidence }));
  if (reply.kind === 'answer') {
    // Someone in danger who also asked something: the at-risk answer comes first, then that answer.
    const text = reply.atRisk ? `${reply.atRisk.answer}\n\n${reply.candidate.entry.answer}` : undefined;
    return { kind: 'answer', answered: reply.candidate.entry.id, candidates, ...(text ? { text } : {}) };
  }
  if (reply.kind === 'notStated') return { kind: 'notStated', answered: reply.candidate.entry.id, candidates };
  if (reply.kind === 'didYouMean') return { kind: 'didYouMean', options: reply.candidates.map((c) => c.entry.id), candidates };
  return { kind: reply.kind, candidates };
}

/**
 * The "before" of the answer-quality work: one fuse.js index over the raw questions and alternates
 * (default options), confidence 1 - score, best score per entry, and the same decision thresholds.
 */
export function baselineAsker(knowledge: KnowledgeBase): Asker {
  const docs = knowledge.entries.flatMap((entry) => questionsOf(entry).map((text) => ({ id: entry.id, text })));
  const fuse = new Fuse(docs, { keys: ['text'], includeScore: true });
  return (query) => {
    if (!query.trim()) return { kind: 'empty', candidates: [] };
    const best = new Map<string, number>();
    for (const hit of fuse.search(query)) {
      const confidence = 1 - (hit.score ?? 1);
      if (confidence > (best.get(hit.item.id) ?? -1)) best.set(hit.item.id, confidence);
    }
    const candidates: Candidate[] = [...best]
      .map(([id, confidence]) => ({ entry: knowledge.byId.get(id)!, confidence, matchedQuestion: '' }))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 5);
    const decision = decide(candidates);
    const list = candidates.map((c) => ({ id: c.entry.id, confidence: Math.round(c.confidence * 1000) / 1000 }));
    if (decision.kind === 'answer') return { kind: 'answer', answered: decision.candidate.entry.id, candidates: list };
    if (decision.kind === 'didYouMean') return { kind: 'didYouMean', options: decision.candidates.map((c) => c.entry.id), candidates: list };
    return { kind: decision.kind, candidates: list };
  };
}

/** The result of one question. */
export interface ItemResult {
  item: EvalItem;
  outcome: Outcome;
  /** In scope: the best candidate is an expected entry. Out of scope: fallback. Small talk: small talk. */
  correct: boolean;
  top3: boolean;
  /** An ICORN answer that is not an expected one (including any answer to an out-of-scope question). */
  falseAnswer: boolean;
}

/** Figures for a group of questions. */
export interface Summary {
  questions: number;
  inScope: number;
  /** In-scope questions whose best candidate is right. */
  top1: number;
  top3: number;
  /** In-scope questions answered outright with the right entry (right answer first time). */
  answeredRight: number;
  /** In-scope questions answered with a wrong entry. */
  answeredWrong: number;
  /** Questions (any kind) that got a "Did you mean". */
  didYouMean: number;
  /** In-scope questions that got a "Did you mean" offering the right entry. */
  didYouMeanRight: number;
  outOfScope: number;
  /** Out-of-scope questions answered with an ICORN fact. */
  outOfScopeAnswered: number;
  smallTalk: number;
  smallTalkHandled: number;
  /** Share of correct questions, all kinds. */
  accuracy: number;
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000;
}

/** Scores one question. */
export function scoreItem(item: EvalItem, ask: Asker): ItemResult {
  const outcome = ask(item.q);
  if (item.expect === 'none') {
    // An honest "the page does not say" is right too: the fallback, or the not-stated reply.
    const honest = outcome.kind === 'fallback' || outcome.kind === 'notStated';
    return { item, outcome, correct: honest, top3: honest, falseAnswer: outcome.kind === 'answer' };
  }
  if (item.expect === 'small talk') {
    const ok = outcome.kind === 'smallTalk';
    return { item, outcome, correct: ok, top3: ok, falseAnswer: outcome.kind === 'answer' };
  }
  const expected = item.expect;
  const top = outcome.candidates[0]?.id;
  return {
    item,
    outcome,
    correct: top !== undefined && expected.includes(top),
    top3: outcome.candidates.slice(0, 3).some((c) => expected.includes(c.id)),
    falseAnswer: outcome.kind === 'answer' && !expected.includes(outcome.answered ?? ''),
  };
}

/** Figures for a list of results. */
export function summarise(results: ItemResult[]): Summary {
  const inScope = results.filter((r) => Array.isArray(r.item.expect));
  const outOfScope = results.filter((r) => r.item.expect === 'none');
  const smallTalk = results.filter((r) => r.item.expect === 'small talk');
  return {
    questions: results.length,
    inScope: inScope.length,
    top1: rate(inScope.filter((r) => r.correct).length, inScope.length),
    top3: rate(inScope.filter((r) => r.top3).length, inScope.length),
    answeredRight: rate(inScope.filter((r) => r.outcome.kind === 'answer' && !r.falseAnswer).length, inScope.length),
    answeredWrong: rate(inScope.filter((r) => r.falseAnswer).length, inScope.length),
    didYouMean: rate(results.filter((r) => r.outcome.kind === 'didYouMean').length, results.length),
    didYouMeanRight: rate(
      inScope.filter((r) => r.outcome.kind === 'didYouMean' && (r.outcome.options ?? []).some((id) => (r.item.expect as string[]).includes(id))).length,
      inScope.length,
    ),
    outOfScope: outOfScope.length,
    outOfScopeAnswered: rate(outOfScope.filter((r) => r.falseAnswer).length, outOfScope.length),
    smallTalk: smallTalk.length,
    smallTalkHandled: rate(smallTalk.filter((r) => r.correct).length, smallTalk.length),
    accuracy: rate(results.filter((r) => r.correct).length, results.length),
  };
}

/** CLINC150 small-talk intents the bot should answer conversationally (see the data set's README). */
export const CLINC_SMALL_TALK = [
  'greeting',
  'goodbye',
  'thank_you',
  'are_you_a_bot',
  'what_can_i_ask_you',
  'what_is_your_name',
  'who_made_you',
  'cancel',
  'repeat',
];

/** A CLINC150 query: text, intent (`oos` for the out-of-scope part), and its half for calibration. */
export interface ClincQuery {
  text: string;
  intent: string;
  /** Even positions calibrate, odd positions are reported: never tune on what is reported. */
  half: 'calibration' | 'report';
}

/** CLINC150 is missing or unreadable; the message names the file and how to point at it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Reads `val.json` of CLINC150 in place. */
export function loadClinc(file: string): ClincQuery[] {
  if (!existsSync(file)) {
    throw new DatasetError(
      `CLINC150 not found at ${file}: put the shared folder beside the project (../shared/datasets/clinc150/val.json) or set CLINC150_FILE to its val.json (the validation split of data/data_full.json in the public repository clinc/oos-eval, CC BY 3.0)`,
    );
  }
  let data: { val: Array<[string, string]>; oos_val: Array<[string, string]> };
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as typeof data;
  } catch (error) {
    throw new DatasetError(`${file}: not CLINC150's val.json (${(error as Error).message})`);
  }
  if (!Array.isArray(data?.val) || !Array.isArray(data?.oos_val)) throw new DatasetError(`${file}: not CLINC150's val.json (no "val" and "oos_val" lists)`);
  return [...data.val, ...data.oos_val.map(([text]) => [text, 'oos'] as [string, string])].map(([text, intent], index) => ({
    text,
    intent,
    half: index % 2 === 0 ? 'calibration' : 'report',
  }));
}

/** Figures of CLINC150: every query is out of scope for ICORN. */
export interface ClincSummary {
  queries: number;
  /** Queries answered with an ICORN fact: all of them false. */
  falseAnswers: number;
  falseAnswerRate: number;
  didYouMean: number;
  /** "The page does not say", with the closest fact: honest, but an ICORN topic all the same. */
  notStated: number;
  fallback: number;
  smallTalk: number;
  /** Small-talk intents: how each was handled. */
  smallTalkIntents: Record<string, { queries: number; smallTalk: number; fallback: number; didYouMean: number; answer: number }>;
  falseAnswerExamples: Array<{ text: string; intent: string; answered: string; confidence: number }>;
}

/** Runs CLINC150 queries through an asker. */
export function evaluateClinc(queries: ClincQuery[], ask: Asker): ClincSummary {
  const summary: ClincSummary = {
    queries: queries.length,
    falseAnswers: 0,
    falseAnswerRate: 0,
    didYouMean: 0,
    notStated: 0,
    fallback: 0,
    smallTalk: 0,
    smallTalkIntents: Object.fromEntries(
      CLINC_SMALL_TALK.map((intent) => [intent, { queries: 0, smallTalk: 0, fallback: 0, didYouMean: 0, answer: 0 }]),
    ),
    falseAnswerExamples: [],
  };
  for (const query of queries) {
    const outcome = ask(query.text);
    if (outcome.kind === 'answer') {
      summary.falseAnswers += 1;
      summary.falseAnswerExamples.push({
        text: query.text,
        intent: query.intent,
        answered: outcome.answered ?? '',
        confidence: outcome.candidates[0]?.confidence ?? 0,
      });
    } else if (outcome.kind === 'didYouMean') summary.didYouMean += 1;
    else if (outcome.kind === 'notStated') summary.notStated += 1;
    else if (outcome.kind === 'smallTalk') summary.smallTalk += 1;
    else summary.fallback += 1;
    const intent = summary.smallTalkIntents[query.intent];
    if (intent) {
      intent.queries += 1;
      if (outcome.kind === 'smallTalk') intent.smallTalk += 1;
      else if (outcome.kind === 'answer') intent.answer += 1;
      else if (outcome.kind === 'didYouMean') intent.didYouMean += 1;
      else intent.fallback += 1;
    }
  }
  summary.falseAnswerRate = rate(summary.falseAnswers, summary.queries);
  return summary;
}

/** A deterministic pseudo-random generator (mulberry32), so the typo test is the same every run. */
/** A 32-bit FNV-1a hash of a text: a seed per question for the typo test. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typo: swap two neighbouring letters, drop one, or double one, inside a word of 4+ letters. */
export function addTypo(text: string, random: () => number): string {
  const positions: number[] = [];
  for (const match of text.matchAll(/[A-Za-z]{4,}/g)) {
    for (let i = 0; i < match[0].length - 1; i += 1) positions.push((match.index ?? 0) + i);
  }
  if (positions.length === 0) return text;
  const at = positions[Math.floor(random() * positions.length)] as number;
  const kind = Math.floor(random() * 3);
  if (kind === 0) return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at + 1) + text.charAt(at) + text.slice(at + 1);
}

/**
 * The typo test: every question and alternate with one and with two typos must still find its entry.
 * Each question's typos come from its own seed (the seed and the question's text), so an entry added
 * or moved leaves every other question's typos as they were: the figures compare across changes.
 */
export function typoVariants(knowledge: KnowledgeBase, seed = 20261128): Array<{ id: string; original: string; typo: string; edits: number }> {
  const variants: Array<{ id: string; original: string; typo: string; edits: number }> = [];
  for (const entry of knowledge.entries) {
    for (const question of [entry.question, ...entry.alternates]) {
      const random = seededRandom(seed ^ textHash(`${entry.id}\n${question}`));
      const one = addTypo(question, random);
      variants.push({ id: entry.id, original: question, typo: one, edits: 1 });
      variants.push({ id: entry.id, original: question, typo: addTypo(one, random), edits: 2 });
    }
  }
  return variants;
}

/** p-th percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
