/**
 * Conversations as data: reads the transcript files of test/transcripts/ (format: its README.md) and
 * plays them through the real bot (FaqBot, its dialog and its conversation state) on botbuilder's
 * TestAdapter. A file that is not a well-formed transcript fails with its name, its turn and line;
 * a reply that is not what the transcript says fails with the same, and the user's words.
 */
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type CardAction, type ConversationAccount } from 'botbuilder';
import { expect } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FaqBot } from '../../src/bot/faqBot.js';
import { createFeedbackLog } from '../../src/feedback/feedbackLog.js';
import { messages } from '../../src/conversation/messages.js';
import { createFaqEngine, type FaqEngine } from '../../src/faq/faqEngine.js';
import type { KnowledgeBase } from '../../src/faq/types.js';

/** The engines a transcript can run on. */
export const ENGINES = ['default', 'hesitant'] as const;
export type EngineName = (typeof ENGINES)[number];

/** The engines of a knowledge base: `hesitant` answers outright only a question asked word for word, so every other question gets a "Did you mean". */
export function enginesOf(knowledge: KnowledgeBase): Record<EngineName, FaqEngine> {
  return { default: createFaqEngine(knowledge), hesitant: createFaqEngine(knowledge, { decision: { answerThreshold: 1.01 } }) };
}

/** What a turn does: a message typed, a button of the last reply clicked, or someone joining. */
export type Action = { user: string } | { click: string } | { joins: 'user' | 'bot' };

/** What the transcript says of the reply to a turn. Every one given must hold. */
export interface Expectations {
  bot?: string;
  message?: string;
  contains?: string[];
  entry?: string;
  didYouMean?: boolean;
  fallback?: boolean | 'noneOfThese';
  buttons?: string[];
  buttonsInclude?: string[];
}

export interface Turn {
  /** 1-based, as people count turns in the file. */
  number: number;
  line: number;
  action: Action;
  expect: Expectations;
}

export interface Transcript {
  file: string;
  name: string;
  channel?: string;
  conversationType?: string;
  engine: EngineName;
  turns: Turn[];
}

/** A transcript file that cannot be played: says which file, which turn and which line. */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
}

const TOP_KEYS = ['name', 'channel', 'conversationType', 'engine', 'turns'];
const ACTION_KEYS = ['user', 'click', 'joins'];
const EXPECTATION_KEYS = ['bot', 'message', 'contains', 'entry', 'didYouMean', 'fallback', 'buttons', 'buttonsInclude'];

/** A sentence of `messages` by its key: `help`, `smallTalk.greeting`. */
function messageOf(key: string): string | undefined {
  let value: unknown = messages;
  for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Reads a transcript file. `file` names it in errors; `knowledge` is what its `entry:` ids must be
 * in. Throws a TranscriptError naming the file, the turn and the line of the first problem.
 */
export function parseTranscript(file: string, text: string, knowledge: KnowledgeBase): Transcript {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: unknown) => (isMapOrNode(node) && node.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (message: string, node?: unknown): never => {
    throw new TranscriptError(`${file}:${lineOf(node)}: ${message}`);
  };
  const firstError = document.errors[0];
  if (firstError) throw new TranscriptError(`${file}:${lines.linePos(firstError.pos[0]).line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  const root = document.contents;
  if (!isMap(root)) return fail('a transcript is a map with "name:" and "turns:"', root);
  checkKeys(root, TOP_KEYS, (key, node) => fail(`unknown key "${key}" (the keys are ${TOP_KEYS.join(', ')})`, node));

  const text_ = (map: YAMLMap, key: string, where: string): string | undefined => {
    const node = map.get(key, true);
    if (node === undefined) return undefined;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return fail(`${where}"${key}" must be text`, node);
    return String(node.value);
  };
  const name = text_(root, 'name', '');
  if (!name?.trim()) return fail('missing "name:"', root);
  const engine = text_(root, 'engine', '') ?? 'default';
  if (!(ENGINES as readonly string[]).includes(engine)) return fail(`engine "${engine}" is not one of ${ENGINES.join(', ')}`, root.get('engine', true));
  const channel = text_(root, 'channel', '');
  const conversationType = text_(root, 'conversationType', '');
  const turnsNode = root.get('turns', true);
  if (!isSeq(turnsNode) || turnsNode.items.length === 0) return fail('"turns:" must be a list of at least one turn', turnsNode ?? root);

  const turns = turnsNode.items.map((item, index): Turn => {
    const number = index + 1;
    const at = `turn ${number}: `;
    const turnFail = (message: string, node: unknown = item): never => fail(`${at}${message}`, node);
    if (!isMap(item)) return turnFail('a turn is a map, like "- user: What is ICORN?" with what the bot should reply below it');
    checkKeys(item, [...ACTION_KEYS, ...EXPECTATION_KEYS], (key, node) =>
      turnFail(`unknown key "${key}" (a turn is one of ${ACTION_KEYS.join(', ')}, then any of ${EXPECTATION_KEYS.join(', ')})`, node),
    );
    const actions = ACTION_KEYS.filter((key) => item.has(key));
    if (actions.length !== 1) return turnFail(`a turn needs exactly one of ${ACTION_KEYS.map((k) => `"${k}:"`).join(', ')}${actions.length ? `, not ${actions.join(' and ')}` : ''}`);
    const actionKey = actions[0] as string;
    const actionText = text_(item, actionKey, at) as string;
    let action: Action;
    if (actionKey === 'joins') {
      if (actionText !== 'user' && actionText !== 'bot') return turnFail('"joins:" is "user" (a person joins) or "bot" (the bot is added, as Teams says it)', item.get('joins', true));
      action = { joins: actionText };
    } else {
      action = actionKey === 'user' ? { user: actionText } : { click: actionText };
    }

    const expectations: Expectations = {};
    const list = (key: string): string[] | undefined => {
      const node = item.get(key, true);
      if (node === undefined) return undefined;
      if (isScalar(node) && key === 'contains' && typeof node.value === 'string') return [node.value];
      if (!isSeq(node) || !node.items.every((i) => isScalar(i) && (typeof i.value === 'string' || typeof i.value === 'number'))) {
        return turnFail(`"${key}" must be a list of texts, like [What is ICORN?, Helpful]`, node);
      }
      return node.items.map((i) => String((i as { value: unknown }).value));
    };
    const flag = (key: string, extra: string[] = []): boolean | string | undefined => {
      const node = item.get(key, true);
      if (node === undefined) return undefined;
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value === 'boolean' || (typeof value === 'string' && extra.includes(value))) return value;
      return turnFail(`"${key}" must be true or false${extra.map((e) => ` or ${e}`).join('')}`, node);
    };
    const bot = text_(item, 'bot', at);
    if (bot !== undefined) expectations.bot = bot;
    const message = text_(item, 'message', at);
    if (message !== undefined) {
      if (messageOf(message) === undefined) return turnFail(`"message: ${message}" is not a sentence of src/conversation/messages.ts (like help, smallTalk.greeting)`, item.get('message', true));
      expectations.message = message;
    }
    const contains = list('contains');
    if (contains) {
      if (contains.length === 0 || contains.some((c) => c.length === 0)) return turnFail('"contains" needs at least one non-empty text', item.get('contains', true));
      expectations.contains = contains;
    }
    const entry = text_(item, 'entry', at);
    if (entry !== undefined) {
      if (!knowledge.byId.has(entry)) return turnFail(`entry "${entry}" is not an entry of the fixture knowledge`, item.get('entry', true));
      expectations.entry = entry;
    }
    const didYouMean = flag('didYouMean');
    if (didYouMean !== undefined) expectations.didYouMean = didYouMean as boolean;
    const fallback = flag('fallback', ['noneOfThese']);
    if (fallback !== undefined) expectations.fallback = fallback as boolean | 'noneOfThese';
    const buttons = list('buttons');
    if (buttons) expectations.buttons = buttons;
    const buttonsInclude = list('buttonsInclude');
    if (buttonsInclude) {
      if (buttonsInclude.length === 0) return turnFail('"buttonsInclude" needs at least one button (for none at all, write "buttons: []")', item.get('buttonsInclude', true));
      expectations.buttonsInclude = buttonsInclude;
    }
    if (Object.keys(expectations).length === 0) return turnFail(`says nothing of the reply: add at least one of ${EXPECTATION_KEYS.join(', ')}`);
    const texts = ['bot', 'message', 'entry'].filter((k) => k in expectations);
    if (texts.length > 1) return turnFail(`"${texts.join('" and "')}" both give the whole text of the reply: keep one`);
    return { number, line: lineOf(item), action, expect: expectations };
  });

  const transcript: Transcript = { file, name: name.trim(), engine: engine as EngineName, turns };
  if (channel !== undefined) transcript.channel = channel;
  if (conversationType !== undefined) transcript.conversationType = conversationType;
  return transcript;
}

function isMapOrNode(node: unknown): node is Node {
  return node !== null && typeof node === 'object' && 'range' in node;
}

function checkKeys(map: YAMLMap, allowed: string[], fail: (key: string, node: unknown) => never): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!allowed.includes(key)) fail(key, pair.key);
  }
}

/** A button of a reply, wherever the channel put it (suggested actions, or a Hero card in Teams channels). */
export interface ShownButton {
  title: string;
  /** What it sends as text. */
  text: string;
  action: CardAction;
}

export function buttonsOf(reply: Partial<Activity>): ShownButton[] {
  const actions: CardAction[] = [
    ...(reply.suggestedActions?.actions ?? []),
    ...(reply.attachments ?? []).flatMap((a) => ((a.content as { buttons?: CardAction[] } | undefined)?.buttons ?? [])),
  ];
  return actions.map((action) => ({
    title: String(action.title ?? ''),
    text: String(action.type === 'messageBack' ? (action.text ?? '') : (action.value ?? '')),
    action,
  }));
}

/** True when a button is the one a transcript names, by its title or by what it sends. */
function names(button: ShownButton, name: string): boolean {
  return button.title === name || button.text === name;
}

/** What a click on a button sends: an imBack's value as typed text; a messageBack's text, with its value. */
function clickOf(button: ShownButton): Partial<Activity> {
  const { action } = button;
  if (action.type === 'messageBack') return { type: 'message', text: String(action.text ?? ''), value: action.value };
  return { type: 'message', text: String(action.value ?? '') };
}

/**
 * Plays a transcript through the real bot on the given knowledge. Rejects at the first reply that
 * is not what the transcript says, naming the file, the turn, its line and what the user said.
 */
export async function playTranscript(transcript: Transcript, knowledge: KnowledgeBase, engines: Record<EngineName, FaqEngine> = enginesOf(knowledge)): Promise<void> {
  // A feedback log in a temporary folder, as the running bot has one: it is what makes the bot offer to send a question.
  const feedback = createFeedbackLog({ dir: mkdtempSync(path.join(tmpdir(), 'icorn-transcript-feedback-')), retentionDays: 30 });
  const bot = new FaqBot(engines[transcript.engine], new ConversationState(new MemoryStorage()), { feedback });
  // Every activity carries the channel and conversation of the transcript, as a client would send them.
  const user = { id: 'user-1', name: 'User' };
  const botAccount = { id: 'bot-1', name: 'Bot' };
  const group = transcript.conversationType !== undefined && transcript.conversationType !== 'personal';
  const conversation = {
    id: `transcript-${transcript.file}`,
    isGroup: group,
    ...(transcript.conversationType !== undefined ? { conversationType: transcript.conversationType } : {}),
  } as ConversationAccount;
  const adapter = new TestAdapter(async (context) => bot.run(context));
  let previous: Partial<Activity> | undefined;

  for (const turn of transcript.turns) {
    const said = 'user' in turn.action ? `user: ${turn.action.user}` : 'click' in turn.action ? `click: ${turn.action.click}` : `joins: ${turn.action.joins}`;
    const where = `${transcript.file}:${turn.line}: turn ${turn.number} (${said})`;
    let activity: Partial<Activity>;
    if ('user' in turn.action) {
      activity = { type: 'message', text: turn.action.user };
    } else if ('click' in turn.action) {
      const name = turn.action.click;
      const shown = previous ? buttonsOf(previous) : [];
      const button = shown.find((b) => names(b, name));
      expect(button, `${where}: no button "${name}" on the reply before; its buttons: ${JSON.stringify(shown.map((b) => b.title))}`).toBeDefined();
      activity = clickOf(button as ShownButton);
    } else {
      activity = { type: 'conversationUpdate', membersAdded: [turn.action.joins === 'bot' ? botAccount : user] };
    }
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ ...activity, channelId: transcript.channel ?? 'test', from: user, recipient: botAccount, conversation });
    const replies = adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    expect(replies.length, `${where}: the bot should send one message, and sent ${replies.length}: ${JSON.stringify(replies.map((r) => r.text))}`).toBe(1);
    const reply = replies[0] as Partial<Activity>;
    checkReply(reply, turn.expect, knowledge, where);
    previous = reply;
  }
}

/** Checks one reply against what the transcript says of it. */
export function checkReply(reply: Partial<Activity>, expected: Expectations, knowledge: KnowledgeBase, where: string): void {
  const text = reply.text ?? '';
  if (expected.bot !== undefined) expect(text, `${where}: bot`).toBe(expected.bot);
  if (expected.message !== undefined) expect(text, `${where}: message ${expected.message}`).toBe(messageOf(expected.message));
  if (expected.entry !== undefined) expect(text, `${where}: the answer of entry ${expected.entry}`).toBe(knowledge.byId.get(expected.entry)?.answer);
  for (const part of expected.contains ?? []) expect(text, `${where}: contains`).toContain(part);
  if (expected.didYouMean !== undefined) {
    expect(text.startsWith(messages.didYouMean), `${where}: didYouMean ${expected.didYouMean}; the reply: ${JSON.stringify(text)}`).toBe(expected.didYouMean);
  }
  if (expected.fallback !== undefined) {
    const kind = text.startsWith(messages.fallback) ? true : text.startsWith(messages.fallbackAfterNone) ? 'noneOfThese' : false;
    expect(kind, `${where}: fallback (true: the fallback, noneOfThese: the one after "None of these"); the reply: ${JSON.stringify(text)}`).toBe(expected.fallback);
    if (kind !== false) expect(text, `${where}: a fallback ends with the contacts`).toContain(messages.fallbackContactsHeading);
  }
  const shown = buttonsOf(reply);
  if (expected.buttons !== undefined) {
    // Each button as the transcript names it (title or what it sends), else by its title.
    const named = shown.map((button, index) => {
      const wanted = expected.buttons?.[index];
      return wanted !== undefined && names(button, wanted) ? wanted : button.title;
    });
    expect(named, `${where}: buttons (each its title or what it sends)`).toEqual(expected.buttons);
  }
  for (const name of expected.buttonsInclude ?? []) {
    expect(
      shown.some((b) => names(b, name)),
      `${where}: a button "${name}"; the buttons: ${JSON.stringify(shown.map((b) => b.title))}`,
    ).toBe(true);
  }
}
