import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import type { OutcomeListener } from '../dialogs/faqDialog.js';
import { createAdapter } from './bot/adapter.js';
import { FaqBot } from './bot/faqBot.js';
import type { BotConfig } from './config.js';
import { createFaqEngine, type FaqEngine } from './faq/faqEngine.js';
import { loadKnowledge } from './faq/knowledgeLoader.js';
import type { Logger } from './logger.js';
import { knowledgeDir } from './paths.js';
import { createServer } from './server.js';
import { mountWebChat } from './webchat/routes.js';

/** Everything the running bot is made of, for `index.ts` and for tests. */
export interface App {
  server: Server;
  engine: FaqEngine;
  bot: FaqBot;
  conversationState: ConversationState;
}

/** Options of `createApp` beyond the configuration. */
export interface AppOptions {
  logger: Logger;
  storage?: Storage;
  onOutcome?: OutcomeListener;
}

/** Loads the knowledge and wires engine, bot, adapter and server together. Does not listen. */
export function createApp(config: BotConfig, options: AppOptions): App {
  const dir = knowledgeDir(config.knowledgeDir ? { KNOWLEDGE_DIR: config.knowledgeDir } : {});
  const engine = createFaqEngine(loadKnowledge(dir));
  const conversationState = new ConversationState(options.storage ?? new MemoryStorage());
  const bot = new FaqBot(engine, conversationState, options.onOutcome);
  const adapter = createAdapter(config, options.logger, conversationState);
  const server = createServer({
    adapter,
    bot,
    logger: options.logger,
    health: () => ({
      knowledge: {
        version: engine.knowledge.version,
        loadedAt: engine.knowledge.loadedAt.toISOString(),
        entries: engine.knowledge.entries.length,
      },
    }),
  });
  mountWebChat(server, {
    logger: options.logger,
    bridge: config.webChatBridge,
    directLineSecret: config.directLineSecret,
    directLineEndpoint: config.directLineEndpoint,
  });
  return { server, engine, bot, conversationState };
}
