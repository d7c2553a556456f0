import Fuse from 'fuse.js';
import { DEFAULT_MATCHER_CONFIG, type MatcherConfig } from './matcherConfig.js';
import { LONG_STOP_WORDS, normalizerFor, QUESTION_WORDS, type Normalizer, type NormalizeOptions } from './normalize.js';
import { isCommonEnglishWord, isCommonWordIn } from './dictionary.js';
import { editDistance } from './editDistance.js';
import { createWordIndex } from './wordIndex.js';
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
  /** How it reads text: the knowledge's vocabulary over the generic English machinery. */
  readonly normalizer: Normalizer;
  match(query: string, limit?: number): MatchResult;
}

/**
 * Numbers per question, all questions in one array (a question's run starts at `start[q]` and
 * ends at `start[q + 1]`): one array for a knowledge base, not one per question.
 */
class Runs {
  private readonly values: number[] = [];
  private readonly starts: number[] = [0];

  /** Adds a number to the run being built. */
  push(value: number): void {
    this.values.push(value);
  }

  /** Closes the run being built. */
  end(): void {
    this.starts.push(this.values.length);
  }

  freeze(): { values: Int32Array; start: Int32Array } {
    return { values: Int32Array.from(this.values), start: Int32Array.from(this.starts) };
  }
}

/**
 * Builds the matcher for a knowledge base. Questions are normalised to index terms (with the
 * knowledge's own vocabulary: its phrases, synonyms and owned words); query words the
 * knowledge does not know are corrected against its words with fuse.js (typo tolerance at the
 * word level, where Bitap is strong); entries are scored by how much of the query, weighted by
 * rarity (idf), their best question covers, and how much of that question the query covers.
 */
export function createMatcher(
  knowledge: KnowledgeBase,
  config: Partial<MatcherConfig> = {},
  normalize: Partial<NormalizeOptions> | undefined = undefined,
): Matcher {
  const options: MatcherConfig = { ...DEFAULT_MATCHER_CONFIG, ...config };
  const normalizer = normalizerFor(knowledge.vocabulary, normalize);
  const { termOf } = normalizer;
  /** The language of the knowledge, whose common words typo correction leaves alone. */
  const language = normalize?.language ?? 'en';
  const entries = knowledge.entries;

  // Document frequency counts entries, not questions, so that many alternates do not make a word common.
  const entryCount = new Map<string, number>();
  const answerEntryCount = new Map<string, number>();
  // Question number -> its text and its entry's index (two flat arrays, not an object per question).
  const questions: string[] = [];
  const entryOfQuestion: number[] = [];
  const postings = new Map<string, number[]>();
  // Exact-match shortcut: a query that is one of the questions, word for word, is that entry.
  const byKey = new Map<string, number>();
  const entryTerms: Array<Set<string>> = [];
  const answerTerms: Array<Set<string>> = [];
  const knownWords = new Map<string, string>(); // surface word -> term: the targets of typo correction
  // Terms and surface words as small numbers: the scoring loop then reads arrays, not maps and sets.
  const termIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const questionTermRuns = new Runs();
  const questionWordRuns = new Runs();
  const idOf = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  /** One pass over a text: its raw words (for typo correction), its words after phrases, its terms. */
  const analyse = (text: string) => {
    const raw = normalizer.rawWords(text);
    const words = normalizer.phrases(raw, (w) => w, (w) => w);
    const terms = new Set<string>();
    for (const word of words) if (!normalizer.isStopWord(word)) terms.add(termOf(word));
    // Every surface word becomes a target for typo correction.
    for (const word of raw) if (!knownWords.has(word) && !normalizer.isStopWord(word)) knownWords.set(word, termOf(word));
    return { words, terms };
  };
  entries.forEach((entry, entryIndex) => {
    const ownTerms = new Set<string>();
    entryTerms.push(ownTerms);
    for (const text of questionsOf(entry)) {
      const { words, terms } = analyse(text);
      const isAlternate = text !== entry.question && text !== entry.title;
      if (terms.size === 0) continue;
      const distinct = new Set(words);
      const index = questions.length;
      questions.push(text);
      entryOfQuestion.push(entryIndex);
      for (const term of terms) {
        ownTerms.add(term);
        questionTermRuns.push(idOf(termIds, term));
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(index);
      }
      questionTermRuns.end();
      for (const word of distinct) questionWordRuns.push(idOf(wordIds, word));
      questionWordRuns.end();
      // The question and the title are what buttons send back word for word; alternates score as
      // high anyway, and keeping them out halves this map in a large knowledge base.
      if (!isAlternate) {
        const key = [...distinct].join(' ');
        if (!byKey.has(key)) byKey.set(key, index);
      }
    }
    for (const term of ownTerms) entryCount.set(term, (entryCount.get(term) ?? 0) + 1);
    const answer = analyse(entry.answer.replace(/\]\([^)]*\)/g, ']'));
    answerTerms.push(answer.terms);
    for (const term of answer.terms) answerEntryCount.set(term, (answerEntryCount.get(term) ?? 0) + 1);
  });

  const total = entries.length;
  const idfOf = (n: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5));
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [term, n] of entryCount) {
    const value = idfOf(n);
    idf.set(term, value);
    maxIdf = Math.max(maxIdf, value);
  }
  // Words found only in answers are known, but weigh less: the questions say what an entry is for.
  const answerIdf = new Map<string, number>();
  for (const [term, n] of answerEntryCount) {
    if (!idf.has(term)) answerIdf.set(term, idfOf(n));
  }
  // Question words are frequent in some entries and rare in others; their idf would overstate them.
  for (const word of QUESTION_WORDS) {
    const term = termOf(word);
    const value = idf.get(term);
    if (value !== undefined) idf.set(term, Math.min(value, maxIdf * options.questionWordWeight));
  }
  const { values: questionTerms, start: questionTermStart } = questionTermRuns.freeze();
  const { values: questionWords, start: questionWordStart } = questionWordRuns.freeze();
  const idfById = new Float64Array(termIds.size);
  for (const [term, id] of termIds) idfById[id] = idf.get(term) ?? 0;
  // A question's weight: the idf of its terms, what its coverage of the query is measured against.
  const questionWeight = new Float64Array(questions.length);
  for (let index = 0; index < questions.length; index += 1) {
    let weight = 0;
    for (let i = questionTermStart[index] as number; i < (questionTermStart[index + 1] as number); i += 1) weight += idfById[questionTerms[i] as number] as number;
    questionWeight[index] = weight;
  }
  const questionEntry = Int32Array.from(entryOfQuestion);

  // Synonyms and phrase words of indexed terms are targets for typo correction too ("telphone").
  const { phraseWords, synonymWords } = normalizer;
  for (const word of [...synonymWords, ...phraseWords]) {
    if (!normalizer.isStopWord(word) && !knownWords.has(word) && (idf.has(termOf(word)) || phraseWords.has(word))) knownWords.set(word, termOf(word));
  }
  // A typo of a stop word is a stop word: it is corrected to it, and then ignored.
  const correctionTargets = [...knownWords.keys(), ...LONG_STOP_WORDS];

  // Typo candidates come from a letter-pair index, so correction costs grow with the near words,
  // not with the vocabulary; fuse.js then scores those few.
  const wordIndex = createWordIndex(correctionTargets);
  const corrections = new Map<string, { word: string; certainty: number } | undefined>();
  isCommonWordIn(language, 'warm'); // load the word list now, not on the first question

  /** How much a query word weighs: its idf when known, else a share of the highest idf. */
  function weightOf(t: QueryTerm): number {
    if (t.certainty > 0) return idf.get(t.term) ?? answerIdf.get(t.term) ?? 0;
    const common = isCommonEnglishWord(t.word) || t.term.startsWith('my ');
    return maxIdf * (common ? options.unknownWordWeight : options.unknownNameWeight);
  }

  const ownedTerms = new Set((knowledge.vocabulary?.owned ?? []).map(termOf));

  /** A word as typed, or as corrected, with how sure the reading is. */
  interface Token {
    word: string;
    certainty: number;
    correctedFrom?: string;
  }

  /**
   * Reads the query: typos are corrected word by word before domain phrases are applied, so "get in
   * touhc" still reads as "contact"; a phrase is as certain as its least certain word.
   */
  function readQuery(raw: string[]): QueryTerm[] {
    const typed: Token[] = raw.map((word) => {
      if (!needsCorrection(word)) return { word, certainty: 1 };
      const corrected = correct(word);
      return corrected ? { word: corrected.word, certainty: corrected.certainty, correctedFrom: word } : { word, certainty: 1 };
    });
    const tokens = normalizer.phrases(typed, (t) => t.word, (word, from): Token => {
      const certainty = Math.min(...from.map((t) => t.certainty));
      const typos = from.filter((t) => t.correctedFrom).map((t) => t.correctedFrom);
      return typos.length > 0 ? { word, certainty, correctedFrom: typos.join(' ') } : { word, certainty };
    });
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    tokens.forEach((token, index) => {
      if (normalizer.isStopWord(token.word)) return;
      let reading: QueryTerm = { word: token.word, term: termOf(token.word), certainty: token.certainty };
      if (token.correctedFrom) reading.correctedFrom = token.correctedFrom;
      if (tokens[index - 1]?.word === 'my' && ownedTerms.has(reading.term)) {
        reading = { ...reading, term: `my ${reading.term}`, certainty: 0 };
      } else if (!idf.has(reading.term) && !answerIdf.has(reading.term)) {
        reading = { ...reading, certainty: 0 };
      }
      if (seen.has(reading.term)) return;
      seen.add(reading.term);
      out.push(reading);
    });
    return out;
  }

  /** A word needs correcting when nothing knows it: not the knowledge, the synonyms, nor common English. */
  function needsCorrection(word: string): boolean {
    if (normalizer.isStopWord(word) || knownWords.has(word)) return false;
    const term = termOf(word);
    return !idf.has(term) && !answerIdf.has(term);
  }

  function correct(word: string): { word: string; certainty: number } | undefined {
    if (!options.typoCorrection || word.length < options.minCorrectionLength || /\d/.test(word)) return undefined;
    if (corrections.has(word)) return corrections.get(word);
    // A common word of the language (English's word lists, Persian's dictionary) is what the user
    // meant, not a typo of a knowledge word ("date" is not "data", "ساعت" not "سایت"), unless the
    // knowledge word is a name no dictionary has (a mistyped acronym that makes a word).
    const common = isCommonWordIn(language, word);
    // fuse.js proposes near words; an edit distance (with transpositions) decides, so that a
    // shared suffix ("weather" / "together") is not taken for a typo.
    const allowed = word.length >= options.longWordLength ? 2 : 1;
    // Among equally near words, people rarely get the first letter wrong; then fuse.js's score decides.
    const rank = (distance: number, candidate: string, score: number) => distance * 10 + (candidate[0] === word[0] ? 0 : 5) + score;
    let best: { word: string; distance: number; rank: number } | undefined;
    const near = wordIndex
      .candidates(word, allowed)
      .filter((candidate) => (!common || !isCommonWordIn(language, candidate)) && editDistance(word, candidate, common ? 1 : allowed) <= (common ? 1 : allowed));
    if (near.length > 0) {
      const scored = new Fuse(near, { includeScore: true, threshold: 1, ignoreLocation: true, isCaseSensitive: true });
      for (const hit of scored.search(word)) {
        const value = rank(editDistance(word, hit.item, allowed), hit.item, hit.score ?? 1);
        if (!best || value < best.rank) best = { word: hit.item, distance: editDistance(word, hit.item, allowed), rank: value };
      }
    }
    const reading = best ? { word: best.word, certainty: 1 - options.typoPenalty * best.distance } : undefined;
    if (corrections.size >= MAX_CACHED_CORRECTIONS) corrections.clear();
    corrections.set(word, reading);
    return reading;
  }

  // Scratch space of the scoring loop, reused by every query: a slot belongs to the current query
  // when its stamp is the query's generation, so nothing is cleared or allocated per question.
  const termStamp = new Uint32Array(termIds.size);
  const termWeight = new Float64Array(termIds.size);
  const termHit = new Float64Array(termIds.size);
  const wordStamp = new Uint32Array(wordIds.size);
  const questionStamp = new Uint32Array(questions.length);
  const entryStamp = new Uint32Array(entries.length);
  const entryPart = new Float64Array(entries.length);
  const bestScore = new Float64Array(entries.length);
  const bestQuestion = new Int32Array(entries.length);
  const candidates = new Int32Array(questions.length);
  const touched = new Int32Array(entries.length);
  const confidence = new Float64Array(entries.length);
  // Ties in confidence go by entry id: each entry's place in id order, worked out once.
  // (Intl.Collator's compare is localeCompare's order, without building a collator per call.)
  const idRank = new Int32Array(entries.length);
  const collator = new Intl.Collator();
  entries
    .map((entry, index) => ({ id: entry.id, index }))
    .sort((a, b) => collator.compare(a.id, b.id))
    .forEach(({ index }, rank) => (idRank[index] = rank));
  let generation = 0;
  function nextGeneration(): number {
    if (generation === 0xffffffff) {
      for (const stamps of [termStamp, wordStamp, questionStamp, entryStamp]) stamps.fill(0);
      generation = 0;
    }
    return (generation += 1);
  }

  /**
   * The candidate index in front of the scorer: the questions that share a term with the query,
   * gathered rarest term first. Once enough are found, commoner terms (which weigh little) only
   * count in the scoring, so the cost grows with the candidates, not with the knowledge base.
   * They are left in `candidates`; returns how many.
   */
  function candidateQuestions(known: QueryTerm[], stamp: number): number {
    const ordered = known.length > 1 ? [...known].sort((a, b) => (idf.get(b.term) ?? 0) - (idf.get(a.term) ?? 0)) : known;
    let found = 0;
    for (const term of ordered) {
      if (found >= options.maxCandidates) break;
      const list = postings.get(term.term) ?? [];
      const room = options.maxCandidates * 2 - found;
      for (let i = 0; i < list.length && i < room; i += 1) {
        const index = list[i] as number;
        if (questionStamp[index] === stamp) continue;
        questionStamp[index] = stamp;
        candidates[found++] = index;
      }
    }
    return found;
  }

  function match(query: string, limit = options.limit): MatchResult {
    // One reading of the query's words serves both the terms (typos corrected) and the surface words (as typed).
    const raw = normalizer.rawWords(query);
    const terms = readQuery(raw);
    const known = terms.filter((t) => t.certainty > 0 && idf.has(t.term));
    if (known.length === 0) return { query, terms, candidates: [] };
    const surface = new Set(normalizer.phrases(raw, (w) => w, (w) => w));
    const exact = options.exactMatch ? byKey.get([...surface].join(' ')) : undefined;
    // One of the questions word for word (what a button sends back) is that entry, at confidence 1:
    // nothing can rank above it, so nothing else is scored.
    if (exact !== undefined) {
      const entry = entries[questionEntry[exact] as number] as Entry;
      return { query, terms, candidates: limit > 0 ? [{ entry, confidence: 1, matchedQuestion: questions[exact] as string }] : [] };
    }

    const weights = new Map(terms.map((t) => [t.term, weightOf(t)]));
    const unknown = terms.filter((t) => t.certainty === 0);
    const unknownTotal = unknown.reduce((sum, t) => sum + (weights.get(t.term) ?? 0), 0);
    const cap = options.maxUnknownWeight * maxIdf;
    if (unknownTotal > cap) for (const t of unknown) weights.set(t.term, ((weights.get(t.term) ?? 0) * cap) / unknownTotal);
    const queryWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const stamp = nextGeneration();
    for (const word of surface) {
      const id = wordIds.get(word);
      if (id !== undefined) wordStamp[id] = stamp;
    }
    // What the query's words are worth, found where: a term in the question counts in full; in
    // another question of the same entry or in its answer, in part (the entry's part is the same
    // for all its questions, so it is worked out once per entry).
    const evidence = terms.filter((t) => t.certainty > 0);
    // Each term's worth once per query, for the question loop and for every entry's part.
    const hits = evidence.map((t) => (weights.get(t.term) ?? 0) * t.certainty);
    for (let k = 0; k < evidence.length; k += 1) {
      const term = (evidence[k] as QueryTerm).term;
      const id = termIds.get(term);
      if (id === undefined) continue;
      termStamp[id] = stamp;
      termWeight[id] = weights.get(term) ?? 0;
      termHit[id] = hits[k] as number;
    }
    const partOfEntry = (entryIndex: number) => {
      const sameEntry = entryTerms[entryIndex] as Set<string>;
      const answer = answerTerms[entryIndex] as Set<string>;
      let part = 0;
      for (let k = 0; k < evidence.length; k += 1) {
        const term = (evidence[k] as QueryTerm).term;
        if (sameEntry.has(term)) part += (hits[k] as number) * options.otherQuestionWeight;
        else if (answer.has(term)) part += (hits[k] as number) * options.answerWeight;
      }
      return part;
    };

    let touchedCount = 0;
    const beta2 = options.beta * options.beta;
    const inQuestionShare = 1 - options.otherQuestionWeight;
    const candidateCount = candidateQuestions(known, stamp);
    for (let c = 0; c < candidateCount; c += 1) {
      const index = candidates[c] as number;
      const entryIndex = questionEntry[index] as number;
      const first = entryStamp[entryIndex] !== stamp;
      if (first) {
        entryStamp[entryIndex] = stamp;
        entryPart[entryIndex] = partOfEntry(entryIndex);
      }
      let inQuestion = 0;
      let covered = 0;
      for (let i = questionTermStart[index] as number, end = questionTermStart[index + 1] as number; i < end; i += 1) {
        const id = questionTerms[i] as number;
        if (termStamp[id] !== stamp) continue;
        inQuestion += termHit[id] as number;
        covered += termWeight[id] as number;
      }
      let shared = 0;
      const wordsFrom = questionWordStart[index] as number;
      const wordsTo = questionWordStart[index + 1] as number;
      for (let i = wordsFrom; i < wordsTo; i += 1) if (wordStamp[questionWords[i] as number] === stamp) shared += 1;
      const hit = inQuestion * inQuestionShare + (entryPart[entryIndex] as number);
      const queryCoverage = queryWeight > 0 ? hit / queryWeight : 0;
      const weightOfQuestion = questionWeight[index] as number;
      const questionCoverage = weightOfQuestion > 0 ? covered / weightOfQuestion : 0;
      const denominator = beta2 * questionCoverage + queryCoverage;
      const overlap = denominator > 0 ? ((1 + beta2) * questionCoverage * queryCoverage) / denominator : 0;
      // Dice similarity of the query's distinct words and the question's.
      const wordCount = surface.size + (wordsTo - wordsFrom);
      const dice = wordCount > 0 ? (2 * shared) / wordCount : 0;
      const score = (1 - options.surfaceWeight) * overlap * (1 - EXACT_GAP) + options.surfaceWeight * dice;
      if (first) {
        touched[touchedCount++] = entryIndex;
        bestScore[entryIndex] = score;
        bestQuestion[entryIndex] = index;
      } else if (score > (bestScore[entryIndex] as number)) {
        bestScore[entryIndex] = score;
        bestQuestion[entryIndex] = index;
      }
    }

    // The best `limit` entries, by confidence and then id; only those become candidates.
    for (let t = 0; t < touchedCount; t += 1) {
      const entryIndex = touched[t] as number;
      confidence[entryIndex] = round(Math.min(1, Math.max(0, bestScore[entryIndex] as number)));
    }
    const before = (a: number, b: number) => (confidence[b] as number) - (confidence[a] as number) || (idRank[a] as number) - (idRank[b] as number);
    const top: number[] = [];
    for (let t = 0; t < (limit > 0 ? touchedCount : 0); t += 1) {
      const entryIndex = touched[t] as number;
      if (top.length >= limit && before(entryIndex, top[top.length - 1] as number) >= 0) continue;
      let at = top.length;
      while (at > 0 && before(entryIndex, top[at - 1] as number) < 0) at -= 1;
      top.splice(at, 0, entryIndex);
      if (top.length > limit) top.pop();
    }
    const best = top.map((entryIndex) => ({
      entry: entries[entryIndex] as Entry,
      confidence: confidence[entryIndex] as number,
      matchedQuestion: questions[bestQuestion[entryIndex] as number] as string,
    }));
    return { query, terms, candidates: best };
  }

  return { knowledge, normalizer, match };
}

/** The question, its alternates and its title: every text an entry can be found by. */
export function questionsOf(entry: Entry): string[] {
  return [entry.question, ...entry.alternates, entry.title];
}

/** Typo corrections remembered per matcher; the cache starts again when full. */
const MAX_CACHED_CORRECTIONS = 20_000;

/** Only an exact match reaches 1: every other score stays this far below it. */
const EXACT_GAP = 0.01;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
