import { createHash } from 'node:crypto';
import { createMatcher, questionsOf, type Matcher } from '../../src/faq/matcher.js';
import { normalizerFor, type Normalizer } from '../../src/faq/normalize.js';
import type { KnowledgeBase } from '../../src/faq/types.js';
import type { FeedbackReadStats, FeedbackRecord } from '../../src/feedback/feedbackLog.js';
import { FEEDBACK_READ_LIMITS } from '../../src/limits.js';

/**
 * Two questions whose index terms (the engine's normalisation: stop words out, stems, the
 * vocabulary's synonyms) overlap this much (shared terms over all terms) are one group: "Does ICORN
 * pay a salary?" and "Will ICORN pay my salary?" are the same question to an editor.
 */
export const NEAR_OVERLAP = 0.6;

/** A distinct question of a group, with how often it was kept. */
export interface GroupQuestion {
  text: string;
  count: number;
}

/** A group of kept questions that say the same thing, as an editor reviews it. */
export interface QuestionGroup {
  /** Short and derived from the group's content ("g1a2b3"): the same in every run while the log is. */
  id: string;
  language: string;
  count: number;
  /** The question asked most often (the latest on a tie). */
  example: string;
  /** One question per way of asking (distinct as the engine reads them), most frequent first. */
  questions: GroupQuestion[];
  reasons: { fallback: number; noneOfThese: number; pick: number };
  firstDay: string;
  lastDay: string;
  /** Days on which the group was asked. */
  days: number;
  /** The entries nearest to the example now, in the knowledge of its language. */
  nearest: Array<{ id: string; confidence: number }>;
  /** For questions people answered by picking from "Did you mean": which entry they chose. */
  picked: Array<{ id: string; count: number }>;
  /** The normalised forms of the group's questions, hashed: what a rejection remembers. */
  keys: string[];
}

/** What users said of an entry's answer. */
export interface EntryFeedback {
  id: string;
  helpful: number;
  notHelpful: number;
}

/** The review of the feedback log against the knowledge as it is now. */
export interface Review {
  records: number;
  /** What reading skipped (never fatal). */
  read?: FeedbackReadStats;
  /** Every group still to review, most frequent first. */
  groups: QuestionGroup[];
  /** Kept questions an entry already has as its question or an alternate (accepted since). */
  alreadyInKnowledge: number;
  /** Kept questions of groups an editor rejected. */
  rejected: number;
  /** Distinct questions past `FEEDBACK_READ_LIMITS.maxDistinctQuestions`, counted but not grouped. */
  notGrouped: number;
  /** Questions the bot could not answer and "None of these", per day and language (counts, no text). */
  unanswered: Array<{ day: string; language: string; fallback: number; noneOfThese: number }>;
  /** "Was this helpful?" per entry, least helpful first. */
  feedback: EntryFeedback[];
  /** Picks from "Did you mean": the entry offered first, and the one people chose. */
  picks: Array<{ offeredFirst: string; picked: string; count: number }>;
}

interface Kept {
  text: string;
  language: string;
  count: number;
  firstDay: string;
  lastDay: string;
  days: Set<string>;
  /** The number of the record that kept it last: the latest wins a tie. */
  lastSeen: number;
  reasons: QuestionGroup['reasons'];
  picked: Map<string, number>;
}

/**
 * The review's running totals, fed one record at a time so a large log never sits in memory whole:
 * the distinct kept questions (at most `maxDistinctQuestions`) and the counts.
 */
export class FeedbackTally {
  records = 0;
  notGrouped = 0;
  readonly questions = new Map<string, Kept>();
  readonly unanswered = new Map<string, { day: string; language: string; fallback: number; noneOfThese: number }>();
  readonly feedback = new Map<string, EntryFeedback>();
  readonly picks = new Map<string, { offeredFirst: string; picked: string; count: number }>();

  constructor(private readonly maxDistinctQuestions: number = FEEDBACK_READ_LIMITS.maxDistinctQuestions) {}

  add(record: FeedbackRecord): void {
    this.records += 1;
    const language = record.language ?? 'en';
    // Count records (with text only in logs written before consent was asked).
    if (record.kind === 'fallback' || record.kind === 'noneOfThese') {
      const key = `${record.day}\0${language}`;
      const day = this.unanswered.get(key) ?? { day: record.day, language, fallback: 0, noneOfThese: 0 };
      day[record.kind] += 1;
      this.unanswered.set(key, day);
    }
    if ((record.kind === 'helpful' || record.kind === 'notHelpful') && record.entryId) {
      const entry = this.feedback.get(record.entryId) ?? { id: record.entryId, helpful: 0, notHelpful: 0 };
      entry[record.kind] += 1;
      this.feedback.set(record.entryId, entry);
    }
    if (record.kind === 'pick' && record.entryId) {
      const offeredFirst = record.offered?.[0] ?? '?';
      const key = `${offeredFirst}\0${record.entryId}`;
      const pair = this.picks.get(key) ?? { offeredFirst, picked: record.entryId, count: 0 };
      pair.count += 1;
      this.picks.set(key, pair);
    }
    // Kept questions: `question` records, and the text of old fallback / "None of these" records.
    const reason = record.kind === 'question' ? record.reason : record.kind === 'fallback' || record.kind === 'noneOfThese' ? record.kind : undefined;
    // Control characters (terminal escapes) and bidirectional overrides would reach the editor's
    // terminal and the knowledge files: they become spaces.
    const text = record.query?.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ').replace(/\s+/g, ' ').trim();
    if (!reason || !text || !['fallback', 'noneOfThese', 'pick'].includes(reason)) return;
    const key = `${language}\0${text}`;
    let kept = this.questions.get(key);
    if (!kept) {
      if (this.questions.size >= this.maxDistinctQuestions) {
        this.notGrouped += 1;
        return;
      }
      kept = { text, language, count: 0, firstDay: record.day, lastDay: record.day, days: new Set(), lastSeen: 0, reasons: { fallback: 0, noneOfThese: 0, pick: 0 }, picked: new Map() };
      this.questions.set(key, kept);
    }
    kept.count += 1;
    kept.lastSeen = this.records;
    kept.days.add(record.day);
    if (record.day < kept.firstDay) kept.firstDay = record.day;
    if (record.day > kept.lastDay) kept.lastDay = record.day;
    kept.reasons[reason] += 1;
    if (reason === 'pick' && record.entryId) kept.picked.set(record.entryId, (kept.picked.get(record.entryId) ?? 0) + 1);
  }
}

/** How the review reads and matches questions of one language: the engine's own machinery for it. */
interface LanguageReader {
  normalizer: Normalizer;
  /** Absent when the knowledge has no entries in that language. */
  matcher?: Matcher;
  /** The normalised form of every question and alternate of that language's knowledge. */
  known: Set<string>;
}

function readerFor(knowledge: KnowledgeBase, language: string): LanguageReader {
  const base = language === 'en' ? knowledge : knowledge.translations?.find((t) => t.language === language);
  if (!base) return { normalizer: normalizerFor(undefined, { language }), known: new Set() };
  const matcher = language === 'en' ? createMatcher(base) : createMatcher(base, {}, { language });
  const known = new Set(base.entries.flatMap((e) => questionsOf(e).map((q) => keyOf(matcher.normalizer, q))));
  return { normalizer: matcher.normalizer, matcher, known };
}

/** A question as the engine reads it: its normalised words (a text of none: its folded self). */
export function keyOf(normalizer: Normalizer, text: string): string {
  return normalizer.words(text).join(' ') || text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What a rejection stores of a normalised question: a hash, so the rejection file keeps no user text. */
export function rejectionKey(language: string, key: string): string {
  return createHash('sha256').update(`${language}\0${key}`).digest('hex').slice(0, 16);
}

interface Exact {
  key: string;
  terms: Set<string>;
  kept: Kept[];
  count: number;
}

/**
 * The review: kept questions grouped (the same normalised words, or near ones: `NEAR_OVERLAP`), in
 * each language apart, leaving out what the knowledge already has as a question or alternate and
 * what an editor rejected (`rejected`: hashes from `rejectionKey`); each group with the entries
 * nearest to it now; and the counts.
 */
export function reviewTally(tally: FeedbackTally, knowledge: KnowledgeBase, rejected: ReadonlySet<string> = new Set()): Review {
  const review: Review = {
    records: tally.records,
    groups: [],
    alreadyInKnowledge: 0,
    rejected: 0,
    notGrouped: tally.notGrouped,
    unanswered: [...tally.unanswered.values()].sort((a, b) => b.day.localeCompare(a.day) || a.language.localeCompare(b.language)),
    feedback: [...tally.feedback.values()].sort((a, b) => b.notHelpful - a.notHelpful || a.id.localeCompare(b.id)),
    picks: [...tally.picks.values()].sort((a, b) => b.count - a.count || a.picked.localeCompare(b.picked) || a.offeredFirst.localeCompare(b.offeredFirst)),
  };
  const byLanguage = new Map<string, Kept[]>();
  for (const kept of tally.questions.values()) byLanguage.set(kept.language, [...(byLanguage.get(kept.language) ?? []), kept]);
  for (const [language, questions] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    const reader = readerFor(knowledge, language);
    const exact = new Map<string, Exact>();
    for (const kept of questions) {
      const key = keyOf(reader.normalizer, kept.text);
      if (reader.known.has(key)) {
        review.alreadyInKnowledge += kept.count;
        continue;
      }
      if (rejected.has(rejectionKey(language, key))) {
        review.rejected += kept.count;
        continue;
      }
      const group = exact.get(key) ?? { key, terms: new Set(reader.normalizer.terms(kept.text)), kept: [], count: 0 };
      group.kept.push(kept);
      group.count += kept.count;
      exact.set(key, group);
    }
    for (const members of nearGroups([...exact.values()])) review.groups.push(groupOf(language, members, reader));
  }
  review.groups.sort((a, b) => b.count - a.count || b.lastDay.localeCompare(a.lastDay) || a.id.localeCompare(b.id));
  return review;
}

/**
 * Near questions together: the most frequent way of asking leads a group, and each other joins the
 * first group whose leader shares `NEAR_OVERLAP` of their terms. Only leaders that can reach that
 * overlap are compared (prefix filtering: with terms ordered rarest first, two sets that share that
 * much share one of their first |terms| - ceil(NEAR_OVERLAP x |terms|) + 1 terms), so a word in
 * every question ("icorn") does not make many distinct questions cost the square of their number.
 */
function nearGroups(exact: Exact[]): Exact[][] {
  exact.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const frequency = new Map<string, number>();
  for (const item of exact) for (const term of item.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const prefix = (terms: Set<string>) => {
    const ordered = [...terms].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a.localeCompare(b));
    return ordered.slice(0, ordered.length - Math.ceil(NEAR_OVERLAP * ordered.length) + 1);
  };
  const groups: Exact[][] = [];
  const leadersByTerm = new Map<string, number[]>();
  for (const item of exact) {
    const start = prefix(item.terms);
    let joined: number | undefined;
    const seen = new Set<number>();
    for (const term of start) {
      for (const index of leadersByTerm.get(term) ?? []) {
        if (seen.has(index) || (joined !== undefined && index > joined)) continue;
        seen.add(index);
        if (overlap(item.terms, groups[index]![0]!.terms) >= NEAR_OVERLAP) joined = index;
      }
    }
    if (joined !== undefined) {
      groups[joined]!.push(item);
      continue;
    }
    groups.push([item]);
    for (const term of start) {
      const leaders = leadersByTerm.get(term) ?? [];
      leaders.push(groups.length - 1);
      leadersByTerm.set(term, leaders);
    }
  }
  return groups;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

function groupOf(language: string, members: Exact[], reader: LanguageReader): QuestionGroup {
  const kept = members.flatMap((m) => m.kept);
  // One question per normalised form: the text asked most often, the latest on a tie.
  const latestFirst = (a: { count: number; lastDay: string; lastSeen: number }, b: typeof a) => b.count - a.count || b.lastDay.localeCompare(a.lastDay) || b.lastSeen - a.lastSeen;
  const questions = members
    .map((m) => {
      const best = [...m.kept].sort(latestFirst)[0]!;
      return { text: best.text, count: m.count, lastDay: best.lastDay, lastSeen: best.lastSeen };
    })
    .sort(latestFirst);
  const keys = members.map((m) => m.key).sort();
  const picked = new Map<string, number>();
  for (const k of kept) for (const [id, n] of k.picked) picked.set(id, (picked.get(id) ?? 0) + n);
  const sum = (f: (k: Kept) => number) => kept.reduce((total, k) => total + f(k), 0);
  const example = questions[0]!.text;
  return {
    id: `g${createHash('sha256').update(`${language}\0${keys.join('\n')}`).digest('hex').slice(0, 6)}`,
    language,
    count: sum((k) => k.count),
    example,
    questions: questions.map(({ text, count }) => ({ text, count })),
    reasons: { fallback: sum((k) => k.reasons.fallback), noneOfThese: sum((k) => k.reasons.noneOfThese), pick: sum((k) => k.reasons.pick) },
    firstDay: kept.map((k) => k.firstDay).sort()[0]!,
    lastDay: kept.map((k) => k.lastDay).sort().at(-1)!,
    days: new Set(kept.flatMap((k) => [...k.days])).size,
    nearest: reader.matcher?.match(example, 3).candidates.map((c) => ({ id: c.entry.id, confidence: Math.round(c.confidence * 100) / 100 })) ?? [],
    picked: [...picked].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    keys: keys.map((key) => rejectionKey(language, key)),
  };
}

/** The review of a list of records (tests, small logs). */
export function reviewFeedback(records: Iterable<FeedbackRecord>, knowledge: KnowledgeBase, rejected?: ReadonlySet<string>): Review {
  const tally = new FeedbackTally();
  for (const record of records) tally.add(record);
  return reviewTally(tally, knowledge, rejected);
}
