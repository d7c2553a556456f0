/**
 * Every tuning knob of the matcher and the turn decision, in one place. The values were calibrated
 * with `npm run eval` on the tuning part of the evaluation set (see README, "Answer quality").
 */
export interface MatcherConfig {
  /** Weight of query coverage against question coverage in the F-measure (>1 favours the query). */
  beta: number;
  /** Weight of a common English word the knowledge does not know, as a share of the highest idf. */
  unknownWordWeight: number;
  /** Weight of any other unknown word (names, places), as a share of the highest idf. */
  unknownNameWeight: number;
  /**
   * Most that unknown words weigh together, in units of the highest idf: a long message with
   * context ("I'm a teacher from ...") is still judged by the words the knowledge knows.
   */
  maxUnknownWeight: number;
  /** Credit for a query word found in another question of the same entry, as a share of a full match. */
  otherQuestionWeight: number;
  /** Credit for a query word found only in the entry's answer, as a share of a full match. */
  answerWeight: number;
  /** Correct query words the knowledge does not know against its vocabulary (typo tolerance). */
  typoCorrection: boolean;
  /** Shortest word that typo correction may change. */
  minCorrectionLength: number;
  /** Words this long may be two edits away from the knowledge's word; shorter ones one edit. */
  longWordLength: number;
  /** Certainty lost per edit of a typo correction. */
  typoPenalty: number;
  /** Highest weight of a question word (who, how, where...), as a share of the highest idf. */
  questionWordWeight: number;
  /** Share of the score given to plain word overlap (stop words included), which breaks near-ties. */
  surfaceWeight: number;
  /** A query that is one of the questions word for word is that entry, at confidence 1. */
  exactMatch: boolean;
  /** Questions scored per query at most, rarest query terms first (bounds the cost in large knowledge bases). */
  maxCandidates: number;
  /** How many candidates a match returns. */
  limit: number;
}

/** Thresholds that turn ranked candidates into answer / did-you-mean / fallback. */
export interface DecisionConfig {
  /** Confidence at or above which the best entry is answered outright... */
  answerThreshold: number;
  /** ...provided it leads the second entry by at least this much. */
  margin: number;
  /**
   * A lower confidence at which the best entry is still answered outright when it leads the second
   * by `clearLead`: one entry that stands out is an answer, not a menu of one. Off (1) by default;
   * on for questions with a word of the domain (`DOMAIN_DECISION`).
   */
  clearThreshold: number;
  clearLead: number;
  /** Confidence at or above which an entry may be offered as "Did you mean". */
  suggestThreshold: number;
  /** How far below the best entry another may be to be offered beside it in a "Did you mean". */
  suggestionWindow: number;
  /** Most options offered in a "Did you mean". */
  maxSuggestions: number;
}

export const DEFAULT_MATCHER_CONFIG: Readonly<MatcherConfig> = Object.freeze({
  beta: 1.73,
  unknownWordWeight: 1.43,
  unknownNameWeight: 0.83,
  maxUnknownWeight: 5.5,
  otherQuestionWeight: 0.99,
  answerWeight: 0.43,
  typoCorrection: true,
  minCorrectionLength: 4,
  longWordLength: 7,
  typoPenalty: 0.15,
  questionWordWeight: 0.25,
  surfaceWeight: 0.37,
  exactMatch: true,
  maxCandidates: 400,
  limit: 5,
});

export const DEFAULT_DECISION_CONFIG: Readonly<DecisionConfig> = Object.freeze({
  answerThreshold: 0.55,
  margin: 0.02,
  clearThreshold: 1,
  clearLead: 1,
  suggestThreshold: 0.315,
  suggestionWindow: 0.15,
  maxSuggestions: 3,
});

/** The clearer-lead rule for questions with a word of the vocabulary's domain (see `FaqEngineOptions`). */
export const DOMAIN_DECISION: Readonly<Partial<DecisionConfig>> = Object.freeze({
  clearThreshold: 0.4,
  clearLead: 0.1,
});

/** For questions without a word of the domain: a "Did you mean" needs a surer best entry. */
export const PLAIN_DECISION: Readonly<Partial<DecisionConfig>> = Object.freeze({
  suggestThreshold: 0.45,
});

/**
 * For the knowledge translated into another language (no domain words there, and a message reaches
 * it only once it is told to be in that language): lower bars, measured on the tuning halves of
 * test/eval/languages/.
 */
export const TRANSLATED_DECISION: Readonly<Partial<DecisionConfig>> = Object.freeze({
  suggestThreshold: 0.2,
  answerThreshold: 0.4,
  clearThreshold: 0.35,
  clearLead: 0.1,
});

/**
 * For a question in a translated language without a word of that translation's `domain`: a "Did you
 * mean" needs a surer best entry, as `PLAIN_DECISION` in English ("¿Cómo quedó el partido?" gets the
 * reply for what the bot cannot answer rather than a menu of ICORN entries). Measured on the tuning
 * parts of test/eval/languages-3 to -5: no question answered differently, out-of-scope questions
 * offered a menu 35 → 3 of 96.
 */
export const TRANSLATED_PLAIN_DECISION: Readonly<Partial<DecisionConfig>> = Object.freeze({
  suggestThreshold: 0.3,
  clearThreshold: 1,
  clearLead: 1,
});
