import { DEFAULT_DECISION_CONFIG, type DecisionConfig } from './matcherConfig.js';
import type { Candidate, Decision } from './types.js';

/**
 * Turns ranked candidates into what the bot does: answer when the best entry is confident and
 * clearly ahead, offer the close ones as "Did you mean" when it is not, and fall back (an honest
 * "I don't know" with the organisation's contacts) when nothing is near.
 */
export function decide(candidates: Candidate[], config: Partial<DecisionConfig> = {}): Decision {
  const options = { ...DEFAULT_DECISION_CONFIG, ...config };
  const [top, second] = candidates;
  if (!top || top.confidence < options.suggestThreshold) return { kind: 'fallback', candidates };
  const lead = top.confidence - (second?.confidence ?? 0);
  // Confidence 1 only comes from the exact-match shortcut: the query is one of the entry's questions.
  const confident = top.confidence >= options.answerThreshold && lead >= options.margin;
  const standsOut = top.confidence >= options.clearThreshold && lead >= options.clearLead;
  if (top.confidence === 1 || confident || standsOut) {
    return { kind: 'answer', candidate: top, candidates };
  }
  const close = candidates
    .filter((c) => c.confidence >= options.suggestThreshold && top.confidence - c.confidence <= options.suggestionWindow)
    .slice(0, options.maxSuggestions);
  return { kind: 'didYouMean', candidates: close };
}
