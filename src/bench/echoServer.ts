/**
 * A bare echo bot on exactly the bot's stack (restify, the guard, CloudAdapter, the same server
 * module), for `npm run bench` to compare the FAQ bot's HTTP throughput with.
 */
import { createAdapter } from '../bot/adapter.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createServer } from '../server.js';
import { ConversationState } from 'botbuilder';
import { BoundedMemoryStorage } from '../state/boundedMemoryStorage.js';
import { createEchoBot } from './echoBot.js';

const config = loadConfig();
const logger = createLogger('warn');
const bot = createEchoBot();
const conversationState = new ConversationState(new BoundedMemoryStorage());
const { server } = createServer({
  adapter: createAdapter(config, logger, conversationState),
  bot,
  logger,
  health: () => ({ knowledge: { version: 'echo', loadedAt: new Date().toISOString(), entries: 0 } }),
  guard: { maxInFlight: 1024 },
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  console.log(`echo bot listening on http://127.0.0.1:${server.address().port}`);
});
process.once('SIGTERM', () => process.exit(0));
