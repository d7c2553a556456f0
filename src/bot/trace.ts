import { Channels, type TurnContext } from 'botbuilder';
import type { FaqReply, Mechanism } from '../faq/faqEngine.js';

/** The label and value type of the trace that shows, in Bot Framework Emulator, why the bot answered as it did. */
export const FAQ_TRACE = { name: 'FaqDecision', label: 'FAQ match', valueType: 'https://icorn-faq-bot/faq-decision' } as const;

/** What the trace shows: the query as matched, the top candidates and the decision. */
export interface FaqTraceValue {
  /** The engine's decision, or what the turn was without one: a pick, "None of these", feedback, a language reply, a yes to sending a question, the privacy notice. */
  decision: FaqReply['kind'] | 'choice' | 'noneOfThese' | 'feedback' | 'language' | 'consent' | 'privacy';
  /** The entry the turn answered or was about (a pick, feedback). */
  entryId?: string;
  /**
   * Which reading decided: "match" (the whole message), "context" (read with the last answer),
   * "question" (the asking sentence of a long message), "atRisk" (someone in danger), "eligibility"
   * (whether a kind of person is among those the residencies are for: "only writers?"),
   * "continuingWork" (whether one can go on working there: "could I keep writing?"), "growingNeed"
   * (whether the danger or the need to protect grows: "is the danger growing?"), "offered" (what ICORN
   * offers the people it is for: "what does a city offer a writer?"), "values" (which values ICORN
   * names: "which values does ICORN promote?"), "symbolic", "civilSociety", "freeExpression",
   * "whyJoin", "whereMembers", "citiesRole", "temporary", "existingCities", "actsTogether",
   * "commitment" and "purpose" (a question one sentence of the page answers: "is it purely
   * symbolic?", "no NGOs involved?", "its stance on free expression?", "why should our city join?",
   * "only in Europe?", "what role should member cities take on?", "only temporary?", "what about the
   * cities already in?", "who does ICORN act together with?", "what are we signing up to?", "what is
   * ICORN ultimately trying to achieve?"), "dependsOnPartners" ("does ICORN need partners, or work alone?"), "phoneNumber" ("they have number?" from someone who wants to call), "headsView"
   * (what ICORN's head says: "according to the director..."), "quoted" (words quoted from the page),
   * "regions" (whether regions can be members), "named" (an entry named by its title: "sum up ICORN's
   * vision"), "channels" (two ways of reaching ICORN asked together: "an email and a phone number?"),
   * "statedCount" (a count of members stated: "75 cities or 84?"), "whoHeads" (who ICORN's head is,
   * asked of a message about the head: "... the person heading ICORN. Who is he?") or "topicGiven" (a
   * topic the page's text never speaks of, answered by an entry about it: "is icorn from goverment?").
   */
  mechanism?: 'match' | Mechanism;
  /** Someone at risk who also asked a question: the at-risk entry came first, then the entry answered. */
  atRiskFirst?: boolean;
  /** For "the page does not say": the kind of detail asked for (a cost, a date, a name the page never uses...). */
  detail?: string;
  smallTalk?: string;
  terms: Array<{ word: string; term: string; certainty: number; correctedFrom?: string }>;
  candidates: Array<{ id: string; confidence: number; matchedQuestion: string }>;
  knowledgeVersion: string;
  /** The conversation's message count. */
  turn?: number;
}

/** The trace of one turn's reply. */
export function traceValue(reply: FaqReply, knowledgeVersion: string): FaqTraceValue {
  if (reply.kind === 'empty' || reply.kind === 'smallTalk') {
    return { decision: reply.kind, ...(reply.kind === 'smallTalk' ? { smallTalk: reply.intent } : {}), terms: [], candidates: [], knowledgeVersion };
  }
  return {
    decision: reply.kind,
    ...(reply.kind === 'answer' || reply.kind === 'notStated' ? { entryId: reply.candidate.entry.id } : {}),
    mechanism: reply.via ?? 'match',
    ...(reply.kind === 'answer' && reply.atRisk ? { atRiskFirst: true } : {}),
    ...(reply.kind === 'notStated' ? { detail: reply.detail.kind } : reply.kind === 'fallback' && reply.lacking ? { detail: reply.lacking.detail.kind } : {}),
    terms: reply.match.terms.map((t) => ({ ...t, certainty: Math.round(t.certainty * 100) / 100 })),
    candidates: reply.match.candidates.map((c) => ({ id: c.entry.id, confidence: c.confidence, matchedQuestion: c.matchedQuestion })),
    knowledgeVersion,
  };
}

/** Sends the trace, to Bot Framework Emulator only (see also `emulatorOnlyTraces`). */
export async function sendFaqTrace(context: TurnContext, reply: FaqReply, knowledgeVersion: string, turn?: number): Promise<void> {
  if (context.activity.channelId !== Channels.Emulator) return;
  const value = { ...traceValue(reply, knowledgeVersion), ...(turn ? { turn } : {}) };
  await context.sendTraceActivity(FAQ_TRACE.name, value, FAQ_TRACE.valueType, FAQ_TRACE.label);
}

/** The trace of a turn the engine did not decide (a pick, "None of these", feedback, a language reply), to the Emulator only. */
export async function sendTurnTrace(
  context: TurnContext,
  outcome: { kind: FaqTraceValue['decision']; entryId?: string },
  knowledgeVersion: string,
  turn?: number,
): Promise<void> {
  if (context.activity.channelId !== Channels.Emulator) return;
  const value: FaqTraceValue = { decision: outcome.kind, ...(outcome.entryId ? { entryId: outcome.entryId } : {}), terms: [], candidates: [], knowledgeVersion, ...(turn ? { turn } : {}) };
  await context.sendTraceActivity(FAQ_TRACE.name, value, FAQ_TRACE.valueType, FAQ_TRACE.label);
}
