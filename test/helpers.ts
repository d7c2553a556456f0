import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, type App, type AppOptions } from '../src/app.js';
import { loadConfig, type BotConfig } from '../src/config.js';
import { KnowledgeError, loadKnowledge, type KnowledgeProblem, type LoadOptions } from '../src/faq/knowledgeLoader.js';
import type { KnowledgeBase } from '../src/faq/types.js';
import { createFaqEngine, type FaqEngine, type FaqEngineOptions, type FaqReply } from '../src/faq/faqEngine.js';
import { createLogger } from '../src/logger.js';
import { projectRoot } from '../src/paths.js';

/**
 * The knowledge the tests run on: a frozen copy under test/fixtures, not the bot's live knowledge/
 * folder, so an editor changing an answer (the phone number) never fails a unit test. Only the
 * evaluation (test/eval) and the tests that check the live files on purpose read knowledge/.
 */
export const FIXTURE_KNOWLEDGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'knowledge');

/** The bot's live knowledge folder: for the few tests that check the committed files themselves. */
export const LIVE_KNOWLEDGE = path.join(projectRoot(), 'knowledge');

/** The project's real schemas, which the fixture is validated against (it holds no copy of them). */
export const KNOWLEDGE_SCHEMAS: Required<LoadOptions> = {
  schemaPath: path.join(LIVE_KNOWLEDGE, 'schema.json'),
  vocabularySchemaPath: path.join(LIVE_KNOWLEDGE, 'vocabulary.schema.json'),
};

let fixture: KnowledgeBase | undefined;

/** The fixture knowledge, loaded and validated against the real schemas (once per test file). */
export function fixtureKnowledge(): KnowledgeBase {
  fixture ??= loadKnowledge(FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS);
  return fixture;
}

/**
 * A temporary copy of the fixture with a Persian translation of three entries
 * (test/fixtures/translations/fa.yaml) in its `translations/` folder.
 */
export function fixtureKnowledgeWithPersian(): string {
  const dir = copyOfFixtureKnowledge('icorn-knowledge-fa-');
  mkdirSync(path.join(dir, 'translations'));
  cpSync(path.join(path.dirname(FIXTURE_KNOWLEDGE), 'translations', 'fa.yaml'), path.join(dir, 'translations', 'fa.yaml'));
  return dir;
}

/** The fixture knowledge with an `at-risk` entry written beside it, as the live knowledge has. */
export function fixtureKnowledgeWithAtRisk(): KnowledgeBase {
  return loadKnowledge(fixtureKnowledgeDirWithAtRisk(), KNOWLEDGE_SCHEMAS);
}

/** A temporary copy of the fixture with an `at-risk` entry written beside it (a folder for KNOWLEDGE_DIR). */
export function fixtureKnowledgeDirWithAtRisk(): string {
  const dir = copyOfFixtureKnowledge('icorn-knowledge-at-risk-');
  writeFileSync(
    path.join(dir, 'safety.yaml'),
    [
      'topic: safety',
      'entries:',
      '  - id: at-risk',
      '    title: If you are at risk',
      '    question: I am in danger because of my work. What can ICORN do for me?',
      '    answer: ICORN cities offer temporary protective residencies for writers, artists, and journalists at risk. Email icorn@icorn.org.',
      '    followUps:',
      '      - who-can-get-a-residency',
      '      - how-to-apply',
      '',
    ].join('\n'),
  );
  return dir;
}

/** A temporary copy of the fixture with the project's schemas beside it: a folder a test may change. */
export function copyOfFixtureKnowledge(prefix = 'icorn-knowledge-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  cpSync(KNOWLEDGE_SCHEMAS.schemaPath, path.join(dir, 'schema.json'));
  cpSync(KNOWLEDGE_SCHEMAS.vocabularySchemaPath, path.join(dir, 'vocabulary.schema.json'));
  return dir;
}

/** The problems loading a knowledge folder reports; fails the test when it loads cleanly. */
export function problemsOf(dir: string): KnowledgeProblem[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error('the knowledge loaded without problems');
}

/** A running bot on an ephemeral loopback port, with its log lines. */
export interface RunningBot {
  url: string;
  app: App;
  logs: string[];
  close(): Promise<void>;
}

/**
 * Starts the real server (restify + CloudAdapter + bot) on 127.0.0.1 and a free port, serving the
 * fixture knowledge unless `env` sets KNOWLEDGE_DIR.
 */
export async function startBot(env: NodeJS.ProcessEnv = {}, options: Partial<AppOptions> = {}): Promise<RunningBot> {
  const config: BotConfig = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'debug',
    KNOWLEDGE_WATCH: 'false',
    KNOWLEDGE_DIR: env['KNOWLEDGE_DIR'] ?? FIXTURE_KNOWLEDGE,
    FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-feedback-')),
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const app = createApp(config, { logger: createLogger(config.logLevel, sink), ...options });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    logs,
    close: () =>
      new Promise((resolve) => {
        app.close();
        app.server.close(() => resolve());
      }),
  };
}

/** A user's message activity as Bot Framework Emulator sends it, asking for the replies in the response. */
export function userMessage(text: string, conversationId = 'conv-1', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    text,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    timestamp: new Date().toISOString(),
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'ICORN bot' },
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

/** Reply of `POST /api/messages`: status and JSON body (if any). */
export interface PostResult {
  status: number;
  body: { activities?: Array<Record<string, unknown>>; error?: string } & Record<string, unknown>;
  text: string;
}

/** Posts a body (object as JSON, or a raw string) to the bot. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: PostResult['body'] = {};
  try {
    parsed = text ? (JSON.parse(text) as PostResult['body']) : {};
  } catch {
    parsed = {};
  }
  return { status: response.status, body: parsed, text };
}

/** The texts of the replies in an expectReplies response. */
export function replyTexts(result: PostResult): string[] {
  return (result.body.activities ?? []).filter((a) => a['type'] === 'message').map((a) => String(a['text'] ?? ''));
}

/** Saves a file the way editors do: write a new file, then rename it over the old one. */
export function saveLikeAnEditor(file: string, text: string): void {
  writeFileSync(`${file}.swp`, text);
  renameSync(`${file}.swp`, file);
}

/** Probes every 100 ms until `ok` holds or `timeoutMs` is up, and returns the last value (for live reload). */
export async function eventually<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

/** The entry a reply answers with, or the kind of reply it is ("didYouMean", "fallback"...). */
export function answered(reply: FaqReply): string {
  return reply.kind === 'answer' ? reply.candidate.entry.id : reply.kind;
}

let live: FaqEngine | undefined;

/**
 * The engine over the shipped knowledge, built once per test file, for tests that only ask it
 * (a test that replaces its knowledge builds its own).
 */
export function liveEngine(): FaqEngine {
  live ??= createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE));
  return live;
}

/** An engine over the same shipped knowledge with some of its steps switched off, to show what a step changes. */
export function liveEngineWith(options: FaqEngineOptions): FaqEngine {
  return createFaqEngine(liveEngine().knowledge, options);
}

/** The engine itself for English, else the engine of its translated knowledge in that language. */
export function inLanguage(engine: FaqEngine, language: string): FaqEngine {
  return language === 'en' ? engine : engine.inLanguage(language)!;
}
