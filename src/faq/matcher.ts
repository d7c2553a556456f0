import Fuse from 'fuse.js';
import { DEFAULT_MATCHER_CONFIG, type MatcherConfig } from './matcherConfig.js';
import { contentWords, QUESTION_WORDS, termOf, words as allWords } from './normalize.js';
import { editDistance } from './editDistance.js';
import type { Candidate, Entry, KnowledgeBase } from './types.js';

/** A query word as the matcher read it: its index term, and how sure the reading is (1 = as typed). */
export interface QueryTerm {
  word: string;
  term: string;
  /** 1 for a known word, less for a typo correction, 0 for a word the knowledge does not know. */
  certainty: number;
  correctedFrom?: string;
}

/** What a match returns: the query as matched, and the ranked candidates. */
export interface MatchResult {
  query: string;
  terms: QueryTerm[];
  candidates: Candidate[];
}

/** Ranks knowledge entries for a query. */
export interface Matcher {
  readonly knowledge: KnowledgeBase;
  match(query: string, limit?: number): MatchResult;
}

interface IndexedQuestion {
  entryIndex: number;
  text: string;
  terms: string[];
  /** Every word, stop words included, for the surface similarity that breaks near-ties. */
  words: Set<string>;
  weight: number;
}

/**
 * Builds the matcher for a knowledge base. Questions are normalised to index terms; query words the
 * knowledge does not know are corrected against its vocabulary with fuse.js (typo tolerance at the
 * word level, where Bitap is strong); entries are scored by how much of the query, weighted by
 * rarity (idf), their best question covers, and how much of that question the query covers.
 */
export function createMatcher(knowledge: KnowledgeBase, config: Partial<MatcherConfig> = {}): Matcher {
  const options: MatcherConfig = { ...DEFAULT_MATCHER_CONFIG, ...config };
  const entries = knowledge.entries;

  // Document frequency counts entries, not questions, so that many alternates do not make a word common.
  const entriesWithTerm = new Map<string, Set<number>>();
  const questions: IndexedQuestion[] = [];
  const vocabulary = new Map<string, string>(); // surface word -> term
  entries.forEach((entry, entryIndex) => {
    for (const text of questionsOf(entry)) {
      const words = contentWords(text);
      const termList = unique(words.map(termOf));
      if (termList.length === 0) continue;
      for (const word of words) vocabulary.set(word, termOf(word));
      for (const term of termList) {
        let set = entriesWithTerm.get(term);
        if (!set) entriesWithTerm.set(term, (set = new Set()));
        set.add(entryIndex);
      }
      questions.push({ entryIndex, text, terms: termList, words: new Set(allWords(text)), weight: 0 });
    }
  });

  const total = entries.length;
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [term, set] of entriesWithTerm) {
    const value = Math.log(1 + (total - set.size + 0.5) / (set.size + 0.5));
    idf.set(term, value);
    maxIdf = Math.max(maxIdf, value);
  }
  const unknownWeight = maxIdf * options.unknownWordWeight;
  // Question words are frequent in some entries and rare in others; their idf would overstate them.
  for (const word of QUESTION_WORDS) {
    const term = termOf(word);
    const value = idf.get(term);
    if (value !== undefined) idf.set(term, Math.min(value, maxIdf * options.questionWordWeight));
  }
  const postings = new Map<string, number[]>();
  questions.forEach((question, index) => {
    question.weight = question.terms.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0);
    for (const term of question.terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(index);
    }
  });
  // Exact-match shortcut: a query that is one of the questions, word for word, is that entry.
  const byKey = new Map<string, number>();
  questions.forEach((question, index) => {
    const key = [...question.words].join(" ");
    if (!byKey.has(key)) byKey.set(key, index);
  });

  const vocabularyWords = [...vocabulary.keys()];
  const fuse = new Fuse(vocabularyWords, {
    includeScore: true,
    threshold: options.correctionThreshold,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });

  function readQuery(query: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const word of contentWords(query)) {
      let reading: QueryTerm = { word, term: termOf(word), certainty: 1 };
      if (!idf.has(reading.term)) reading = correct(word) ?? { ...reading, certainty: 0 };
      if (seen.has(reading.term)) continue;
      seen.add(reading.term);
      out.push(reading);
    }
    return out;
  }

  function correct(word: string): QueryTerm | undefined {
    if (word.length < options.minCorrectionLength || /^\d+$/.test(word)) return undefined;
    // fuse.js proposes near words; an edit distance (with transpositions) decides, so that a
    // shared suffix ("weather" / "together") is not taken for a typo.
    const allowed = word.length >= options.longWordLength ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    for (const hit of fuse.search(word, { limit: 8 })) {
      const distance = editDistance(word, hit.item, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: hit.item, distance };
    }
    if (!best) return undefined;
    const term = vocabulary.get(best.word) as string;
    return { word: best.word, term, certainty: 1 - options.typoPenalty * best.distance, correctedFrom: word };
  }

  function match(query: string, limit = options.limit): MatchResult {
    const terms = readQuery(query);
    const known = terms.filter((t) => t.certainty > 0);
    if (known.length === 0) return { query, terms, candidates: [] };

    const queryWeight = terms.reduce((sum, t) => sum + (t.certainty > 0 ? (idf.get(t.term) ?? 0) : unknownWeight), 0);
    const queryWords = allWords(query);
    const exact = byKey.get(queryWords.join(' '));
    const surface = new Set(queryWords);

    const best = new Map<number, { score: number; question: number }>();
    const beta2 = options.beta * options.beta;
    const scored = new Set<number>();
    for (const queryTerm of known) {
      for (const index of postings.get(queryTerm.term) ?? []) {
        if (scored.has(index)) continue;
        scored.add(index);
        const question = questions[index] as IndexedQuestion;
        let hit = 0;
        let covered = 0;
        for (const t of known) {
          if (!question.terms.includes(t.term)) continue;
          const weight = idf.get(t.term) ?? 0;
          hit += weight * t.certainty;
          covered += weight;
        }
        const queryCoverage = queryWeight > 0 ? hit / queryWeight : 0;
        const questionCoverage = question.weight > 0 ? covered / question.weight : 0;
        const denominator = beta2 * questionCoverage + queryCoverage;
        const overlap = denominator > 0 ? ((1 + beta2) * questionCoverage * queryCoverage) / denominator : 0;
        const score =
          index === exact ? 1 : (1 - options.surfaceWeight) * overlap * (1 - EXACT_GAP) + options.surfaceWeight * dice(surface, question.words);
        const previous = best.get(question.entryIndex);
        if (!previous || score > previous.score) best.set(question.entryIndex, { score, question: index });
      }
    }

    const candidates = [...best.entries()]
      .map(([entryIndex, { score, question }]) => ({
        entry: entries[entryIndex] as Entry,
        confidence: round(Math.min(1, Math.max(0, score))),
        matchedQuestion: (questions[question] as IndexedQuestion).text,
      }))
      .sort((a, b) => b.confidence - a.confidence || a.entry.id.localeCompare(b.entry.id))
      .slice(0, limit);
    return { query, terms, candidates };
  }

  return { knowledge, match };
}

/** The question, its alternates and its title: every text an entry can be found by. */
export function questionsOf(entry: Entry): string[] {
  return [entry.question, ...entry.alternates, entry.title];
}

/** Only an exact match reaches 1: every other score stays this far below it. */
const EXACT_GAP = 0.01;

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return a.size + b.size > 0 ? (2 * shared) / (a.size + b.size) : 0;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
