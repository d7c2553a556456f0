/**
 * Every tuning knob of the matcher and the turn decision, in one place. The values were calibrated
 * with `npm run eval` on the tuning part of the evaluation set (see README, "Answer quality").
 */
export interface MatcherConfig {
  /** Weight of query coverage against question coverage in the F-measure (>1 favours the query). */
  beta: number;
  /** Weight of a query word the knowledge does not know at all, as a share of the highest idf. */
  unknownWordWeight: number;
  /** Shortest word that typo correction may change. */
  minCorrectionLength: number;
  /** Highest fuse.js score (0 = perfect) for a word to be considered as a typo correction. */
  correctionThreshold: number;
  /** Words this long may be two edits away from the knowledge's word; shorter ones one edit. */
  longWordLength: number;
  /** Certainty lost per edit of a typo correction. */
  typoPenalty: number;
  /** Highest weight of a question word (who, how, where...), as a share of the highest idf. */
  questionWordWeight: number;
  /** Share of the score given to plain word overlap (stop words included), which breaks near-ties. */
  surfaceWeight: number;
  /** How many candidates a match returns. */
  limit: number;
}

/** Thresholds that turn ranked candidates into answer / did-you-mean / fallback. */
export interface DecisionConfig {
  /** Confidence at or above which the best entry is answered outright... */
  answerThreshold: number;
  /** ...provided it leads the second entry by at least this much. */
  margin: number;
  /** Confidence at or above which an entry may be offered as "Did you mean". */
  suggestThreshold: number;
  /** Most options offered in a "Did you mean". */
  maxSuggestions: number;
}

export const DEFAULT_MATCHER_CONFIG: Readonly<MatcherConfig> = Object.freeze({
  beta: 1.5,
  unknownWordWeight: 0.6,
  minCorrectionLength: 4,
  correctionThreshold: 0.4,
  longWordLength: 7,
  typoPenalty: 0.15,
  questionWordWeight: 0.25,
  surfaceWeight: 0.1,
  limit: 5,
});

export const DEFAULT_DECISION_CONFIG: Readonly<DecisionConfig> = Object.freeze({
  answerThreshold: 0.6,
  margin: 0.08,
  suggestThreshold: 0.35,
  maxSuggestions: 3,
});
