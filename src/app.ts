import { createRequire } from 'node:module';
import path from 'node:path';
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { OutcomeListener } from '../dialogs/faqDialog.js';
import { createAdapter, type FaqCloudAdapter } from './bot/adapter.js';
import { FaqBot } from './bot/faqBot.js';
import type { BotConfig } from './config.js';
import { createFaqEngine, type FaqEngine } from './faq/faqEngine.js';
import { KnowledgeError, loadKnowledge, problemLines } from './faq/knowledgeLoader.js';
import { watchKnowledge } from './faq/knowledgeWatcher.js';
import { createFeedbackLog, type FeedbackLog } from './feedback/feedbackLog.js';
import type { Logger } from './logger.js';
import { STORAGE_RETRY } from './limits.js';
import type { Guard } from './http/httpGuard.js';
import { createServer, healthOf } from './http/server.js';
import { BoundedMemoryStorage } from './state/boundedMemoryStorage.js';
import { BlobTurnLock, type TurnLock } from './state/blobTurnLock.js';
import { TurnQueue, withTurnTimeout } from './state/turnQueue.js';
import type { BridgeLimits, DirectLineBridge } from './webchat/bridge.js';
import { mountWebChat } from './webchat/routes.js';


const require = createRequire(import.meta.url);

// The Azure storage packages are loaded only when the state goes to blob storage (here and in
// BlobTurnLock): they add a tenth of the start-up time a single instance would pay for nothing.
function blobsStorage(connectionString: string, container: string): Storage {
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new BlobsStorage(connectionString, container, { storagePipelineOptions: { retryOptions: STORAGE_RETRY } });
}

/** Everything the running bot is made of, for `index.ts` and for tests. */
export interface App {
  feedback: FeedbackLog | undefined;
  server: Server;
  /** Requests in flight, for graceful shutdown. */
  guard: Guard;
  /** The conversation store. */
  storage: Storage;
  /** Stops watching the knowledge folder and ends the Web Chat bridge's streams (shutdown). */
  close(): void;
  /** The local Direct Line bridge of the Web Chat page, when it is served. */
  bridge: DirectLineBridge | undefined;
  engine: FaqEngine;
  bot: FaqBot;
  conversationState: ConversationState;
  /** The adapter the server hands each activity to. */
  adapter: FaqCloudAdapter;
  /** Runs one turn as the server does: after the conversation's earlier turns, then the bot. */
  runTurn(context: TurnContext): Promise<void>;
}

/** Options of `createApp` beyond the configuration. */
export interface AppOptions {
  logger: Logger;
  storage?: Storage;
  onOutcome?: OutcomeListener;
  /** The Web Chat bridge's limits other than the defaults (tests use small ones). */
  bridgeLimits?: Partial<BridgeLimits>;
}

/** Loads the knowledge and wires engine, bot, adapter and server together. Does not listen. */
export function createApp(config: BotConfig, options: AppOptions): App {
  const dir = config.knowledgeDir;
  const engine = createFaqEngine(loadKnowledge(dir));
  const log = options.logger;
  // Live reload: a changed knowledge folder is loaded, checked and swapped in whole; a broken one
  // changes nothing and is reported in one line with its file and line. A folder replaced by a
  // deploy is watched anew.
  const watch = config.watchKnowledge
    ? watchKnowledge(dir, () => engine.knowledge, {
        onRewatch() {
          log.info({ knowledgeVersion: engine.knowledge.version }, 'knowledge folder replaced: watching the new one for changes');
        },
        onReload(next) {
          engine.replaceKnowledge(next);
          log.info({ knowledgeVersion: next.version, entries: next.entries.length }, 'knowledge reloaded');
        },
        onError(error) {
          // The first problems and a count of the rest: one short line, whatever the folder holds.
          const detail = error instanceof KnowledgeError ? problemLines(error.problems).join('; ') : error.message;
          log.error({ knowledgeVersion: engine.knowledge.version }, `knowledge not reloaded, still serving version ${engine.knowledge.version}: ${detail}`);
        },
      })
    : undefined;
  // State: the bounded in-memory store for one instance, Azure Blob Storage (the SDK's own
  // BlobsStorage) for several; then turns of a conversation are kept apart across instances too.
  const blob = config.stateStore === 'blob';
  const storage =
    options.storage ??
    (blob
      ? blobsStorage(config.blobConnectionString, config.blobContainer)
      : new BoundedMemoryStorage({ ttlMs: config.stateTtlMinutes * 60_000, maxItems: config.stateMaxConversations }));
  const conversationState = new ConversationState(storage);
  const feedback = config.feedbackDir ? createFeedbackLog({ dir: path.resolve(config.feedbackDir), retentionDays: config.feedbackRetentionDays }) : undefined;
  const bot = new FaqBot(engine, conversationState, { onOutcome: options.onOutcome, feedback });
  const adapter = createAdapter(config, options.logger, conversationState);
  // Turns of one conversation run one after the other, so none overwrites another's state.
  // A turn still running after TURN_TIMEOUT_MS frees its conversation for the next one, and is logged.
  const turns: TurnLock = withTurnTimeout(
    blob ? new BlobTurnLock(config.blobConnectionString, config.blobContainer, STORAGE_RETRY) : new TurnQueue(),
    config.turnTimeoutMs,
    () => log.warn({ timeoutMs: config.turnTimeoutMs }, 'turn timed out; its conversation is freed for the next turn'),
  );
  const runTurn = (context: TurnContext) => turns.run(`${context.activity.channelId}/${context.activity.conversation.id}`, () => bot.run(context));
  const { server, guard } = createServer({
    adapter,
    bot: { run: runTurn },
    guard: {
      maxInFlight: config.maxInFlight,
      maxUnauthenticated: config.maxUnauthenticated,
      maxStreams: config.maxStreams,
      maxConnections: config.maxConnections,
      headersTimeoutMs: config.headersTimeoutMs,
      requestTimeoutMs: config.requestTimeoutMs,
      unauthenticatedTimeoutMs: config.unauthenticatedTimeoutMs,
      // With an app id a turn's token is checked before its body is read; local mode checks nothing.
      ...(config.localMode ? {} : { authenticate: (authorization: string) => adapter.authenticateHeader(authorization) }),
    },
    logger: options.logger,
    health: () => healthOf(engine.knowledge),
  });
  const { bridge } = mountWebChat(server, {
    logger: options.logger,
    bridge: config.webChatBridge,
    bridgeLimits: options.bridgeLimits,
    directLineSecret: config.directLineSecret,
    directLineEndpoint: config.directLineEndpoint,
    directLineTimeoutMs: config.outgoingTimeoutMs,
  });
  return {
    server,
    guard,
    storage,
    engine,
    bot,
    conversationState,
    adapter,
    runTurn,
    feedback,
    bridge,
    close: () => {
      watch?.close();
      // Open streams would hold the shutdown up to its deadline: they end now, with a last event for the page.
      bridge?.close();
    },
  };
}
