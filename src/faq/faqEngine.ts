import { decide } from './decide.js';
import { createMatcher, type Matcher, type MatchResult } from './matcher.js';
import type { DecisionConfig, MatcherConfig } from './matcherConfig.js';
import type { NormalizeOptions } from './normalize.js';
import { createSmallTalk, plain, type SmallTalkIntent, type SmallTalkRecogniser } from './smallTalk.js';
import { MAX_QUERY_LENGTH } from '../limits.js';
import type { Candidate, Decision, Entry, KnowledgeBase } from './types.js';

/** What the engine makes of one message. */
export type FaqReply =
  | { kind: 'empty' }
  | { kind: 'smallTalk'; intent: SmallTalkIntent }
  | (Decision & { match: MatchResult; greeting?: SmallTalkIntent });

/** What the engine may know of the conversation so far. */
export interface FaqContext {
  /** Id of the entry answered last, for follow-ups such as "and the phone?" or "tell me more". */
  lastEntryId?: string;
}

/** The FAQ engine the bot talks to: plain TypeScript, no Bot Framework. */
export interface FaqEngine {
  readonly knowledge: KnowledgeBase;
  /** Reads one message: small talk, or the match and the decision for a question. */
  ask(text: string, context?: FaqContext): FaqReply;
  /** The entry with this id in the current knowledge. */
  entry(id: string): Entry | undefined;
  /** Follow-up entries of an entry that exist in the current knowledge. */
  followUps(entry: Entry): Entry[];
  /** Replaces the whole knowledge base at once (live reload). */
  replaceKnowledge(knowledge: KnowledgeBase): void;
}

/** Options of the engine: tuning for the matcher and the decision. */
export interface FaqEngineOptions {
  matcher?: Partial<MatcherConfig>;
  /** Normalisation steps (all on by default); for the evaluation's ablations. */
  normalize?: Partial<NormalizeOptions>;
  decision?: Partial<DecisionConfig>;
}

/** Words that point back to the last answer: "his email", "who said it", "that one". */
const ANAPHORA = /\b(?:he|him|his|she|her|hers|it|its|they|them|their|that|this|those|these)\b/i;

/** After a greeting, at most this many unrecognised words are still read as small talk ("hi, how goes"). */
const MAX_SMALL_TALK_REST_WORDS = 4;

/** Creates the engine over a knowledge base. */
export function createFaqEngine(knowledge: KnowledgeBase, options: FaqEngineOptions = {}): FaqEngine {
  let matcher: Matcher = createMatcher(knowledge, options.matcher, options.normalize);
  let recogniseSmallTalk: SmallTalkRecogniser = createSmallTalk(knowledge.vocabulary?.names);

  function ask(text: string, context: FaqContext = {}): FaqReply {
    const query = text.slice(0, MAX_QUERY_LENGTH).trim();
    if (!query) return { kind: 'empty' };
    const smallTalk = recogniseSmallTalk(query);
    if (smallTalk && !smallTalk.rest) return { kind: 'smallTalk', intent: smallTalk.intent };
    const question = smallTalk?.rest ?? query;
    const match = matcher.match(question);
    let decision = decide(match.candidates, options.decision);
    const last = context.lastEntryId ? matcher.knowledge.byId.get(context.lastEntryId) : undefined;
    if (last && (decision.kind !== 'answer' || ANAPHORA.test(question))) {
      decision = inContext(question, last, decision) ?? decision;
    }
    if (!smallTalk) return { ...decision, match };
    // "thanks, that helps" or "hi, blah": small talk unless the rest is a question the knowledge
    // answers ("hi, what is the fee?"), or, after a greeting, one it may answer.
    const afterGreeting = smallTalk.intent === 'greeting' && smallTalk.rest !== plain(query);
    if (decision.kind === 'answer' || (afterGreeting && decision.kind === 'didYouMean')) {
      return { ...decision, match, greeting: smallTalk.intent };
    }
    // A long message after a greeting is a question the bot could not answer, not small talk.
    if (afterGreeting && smallTalk.rest.split(' ').length > MAX_SMALL_TALK_REST_WORDS) return { ...decision, match };
    return { kind: 'smallTalk', intent: smallTalk.intent };
  }

  /**
   * A follow-up too vague on its own ("what about the email?", "who said it?") or pointing back
   * ("what is his email?") is read again together with the last answer's question; the new reading
   * wins when it is an answer.
   */
  function inContext(question: string, last: Entry, decision: Decision): Decision | undefined {
    const combined = decide(matcher.match(`${question} ${last.question}`).candidates, options.decision);
    // The last question's words pull towards the last entry: take it again only if the follow-up alone pointed there too.
    const repeatsLast = combined.kind === 'answer' && combined.candidate.entry.id === last.id;
    if (repeatsLast && !decision.candidates.some((c) => c.entry.id === last.id)) return undefined;
    if (combined.kind === 'answer') return combined;
    return decision.kind === 'fallback' && combined.kind === 'didYouMean' ? combined : undefined;
  }

  return {
    get knowledge() {
      return matcher.knowledge;
    },
    ask,
    entry: (id) => matcher.knowledge.byId.get(id),
    followUps: (entry) =>
      entry.followUps.map((id) => matcher.knowledge.byId.get(id)).filter((e): e is Entry => e !== undefined),
    replaceKnowledge(next) {
      // The vocabulary comes with the knowledge: a reloaded folder brings its new words too.
      matcher = createMatcher(next, options.matcher, options.normalize);
      recogniseSmallTalk = createSmallTalk(next.vocabulary?.names);
    },
  };
}

export type { Candidate, Decision, Entry, KnowledgeBase };
