/**
 * The evaluation part in the users' own words (`test/eval/persona.yaml`): questions written from the
 * page alone, by persona, with near-domain questions the page cannot answer, two-turn conversations
 * and messages from people in danger. See the file's header for how it was written.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KnowledgeBase } from '../../src/faq/types.js';
import type { Asker, Outcome } from './evaluation.js';

export type Split = 'tuning' | 'heldout';
export type Persona = 'city' | 'at-risk' | 'press' | 'partner';

export interface AnswerableItem {
  q: string;
  expect: string[];
  persona: Persona;
  length: 'short' | 'long';
  split: Split;
}

export interface NearDomainItem {
  q: string;
  lacks: string;
  /** Entries that say the page lacks exactly this (answering with one of them is honest). */
  honest?: string[];
  persona: Persona;
  split: Split;
}

/** One turn of a conversation: an answer expected, a gap to own up to, or an off-topic question. */
export type Turn = { q: string; expect: string[] | 'none' } | { q: string; lacks: string; honest?: string[] };

export interface Conversation {
  persona: Persona;
  split: Split;
  turns: Turn[];
}

export interface DangerItem {
  q: string;
  persona: Persona;
  split: Split;
}

export interface PersonaSet {
  answerable: AnswerableItem[];
  nearDomain: NearDomainItem[];
  conversations: Conversation[];
  danger: DangerItem[];
}

export function loadPersonaSet(file: string): PersonaSet {
  const data = parse(readFileSync(file, 'utf8')) as {
    answerable: AnswerableItem[];
    near_domain: NearDomainItem[];
    conversations: Conversation[];
    danger: DangerItem[];
  };
  return { answerable: data.answerable, nearDomain: data.near_domain, conversations: data.conversations, danger: data.danger };
}

/** What a reply to someone in danger must hold, as text in the answer. */
export const DANGER_MUST_SAY: Array<{ what: string; pattern: RegExp }> = [
  { what: 'who residencies are for', pattern: /writers, artists,? and journalists at risk/i },
  { what: 'the email address', pattern: /icorn@icorn\.org/ },
  { what: 'the phone number', pattern: /\+47 ?51 ?50 ?71 ?25/ },
  { what: 'relocation', pattern: /relocat/i },
];

/** An honest "the page does not say": the fallback, a not-stated reply, or an entry that says so. */
export function isHonest(outcome: Outcome, honest: readonly string[] = []): boolean {
  return outcome.kind === 'fallback' || outcome.kind === 'notStated' || (outcome.kind === 'answer' && honest.includes(outcome.answered ?? ''));
}

function turnOk(turn: Turn, outcome: Outcome): boolean {
  if ('lacks' in turn) return isHonest(outcome, turn.honest);
  if (turn.expect === 'none') return outcome.kind === 'fallback' || outcome.kind === 'smallTalk';
  return outcome.kind === 'answer' && turn.expect.includes(outcome.answered ?? '');
}

export interface AnswerableResult {
  item: AnswerableItem;
  outcome: Outcome;
  rightFirst: boolean;
  /** Answered right, or the right entry among the options of a "Did you mean". */
  rightOrOffered: boolean;
}

export interface NearDomainResult {
  item: NearDomainItem;
  outcome: Outcome;
  honest: boolean;
  /** An ICORN fact given as if it answered the question. */
  falseFact: boolean;
}

export interface ConversationResult {
  conversation: Conversation;
  outcomes: Outcome[];
  ok: boolean;
}

export interface DangerResult {
  item: DangerItem;
  outcome: Outcome;
  ok: boolean;
  missing: string[];
}

export interface PersonaResults {
  answerable: AnswerableResult[];
  nearDomain: NearDomainResult[];
  conversations: ConversationResult[];
  danger: DangerResult[];
}

export function scorePersonaSet(set: PersonaSet, ask: Asker, knowledge: KnowledgeBase): PersonaResults {
  const answerable = set.answerable.map((item) => {
    const outcome = ask(item.q);
    const rightFirst = outcome.kind === 'answer' && item.expect.includes(outcome.answered ?? '');
    const offered = outcome.kind === 'didYouMean' && (outcome.options ?? []).some((id) => item.expect.includes(id));
    return { item, outcome, rightFirst, rightOrOffered: rightFirst || offered };
  });
  const nearDomain = set.nearDomain.map((item) => {
    const outcome = ask(item.q);
    const honest = isHonest(outcome, item.honest);
    return { item, outcome, honest, falseFact: outcome.kind === 'answer' && !honest };
  });
  const conversations = set.conversations.map((conversation) => {
    const outcomes: Outcome[] = [];
    let last: string | undefined;
    for (const turn of conversation.turns) {
      const outcome = ask(turn.q, last);
      outcomes.push(outcome);
      // The bot remembers the entry it last answered, or the one its not-stated reply was about.
      if (outcome.kind === 'answer' || outcome.kind === 'notStated') last = outcome.answered;
    }
    return { conversation, outcomes, ok: conversation.turns.every((turn, index) => turnOk(turn, outcomes[index]!)) };
  });
  const danger = set.danger.map((item) => {
    const outcome = ask(item.q);
    // A not-stated reply ("the page does not say anything about family members") gives its closest
    // fact's answer in full after that sentence: for someone in danger, the at-risk answer.
    const gives = outcome.kind === 'answer' || outcome.kind === 'notStated';
    const text = gives ? (outcome.text ?? knowledge.byId.get(outcome.answered ?? '')?.answer ?? '') : '';
    const missing = DANGER_MUST_SAY.filter((must) => !must.pattern.test(text)).map((must) => must.what);
    return { item, outcome, ok: gives && missing.length === 0, missing };
  });
  return { answerable, nearDomain, conversations, danger };
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** The figures of one split (or of both), as the targets name them. */
export function personaFigures(results: PersonaResults, split?: Split) {
  const pick = <T extends { split: Split }>(item: T) => split === undefined || item.split === split;
  const answerable = results.answerable.filter((r) => pick(r.item));
  const near = results.nearDomain.filter((r) => pick(r.item));
  const conversations = results.conversations.filter((r) => pick(r.conversation));
  const danger = results.danger.filter((r) => pick(r.item));
  const figure = (list: AnswerableResult[]) => ({
    questions: list.length,
    rightFirst: rate(list.filter((r) => r.rightFirst).length, list.length),
    rightOrOffered: rate(list.filter((r) => r.rightOrOffered).length, list.length),
    menus: rate(list.filter((r) => r.outcome.kind === 'didYouMean').length, list.length),
    wrongAnswers: list.filter((r) => r.outcome.kind === 'answer' && !r.rightFirst).length,
  });
  const personas: Persona[] = ['city', 'at-risk', 'press', 'partner'];
  return {
    answerable: figure(answerable),
    perPersona: Object.fromEntries(personas.map((p) => [p, figure(answerable.filter((r) => r.item.persona === p))])),
    perLength: { short: figure(answerable.filter((r) => r.item.length === 'short')), long: figure(answerable.filter((r) => r.item.length === 'long')) },
    nearDomain: {
      questions: near.length,
      honestWithoutMenu: rate(near.filter((r) => r.honest).length, near.length),
      menus: rate(near.filter((r) => r.outcome.kind === 'didYouMean').length, near.length),
      falseFacts: rate(near.filter((r) => r.falseFact).length, near.length),
    },
    conversations: { conversations: conversations.length, right: rate(conversations.filter((r) => r.ok).length, conversations.length) },
    danger: { messages: danger.length, right: rate(danger.filter((r) => r.ok).length, danger.length) },
  };
}
