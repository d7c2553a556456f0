/**
 * A bare echo bot on the FAQ bot's own stack (restify, the HTTP guard, CloudAdapter,
 * src/http/server.ts, the same configuration), for `npm run bench` to set the FAQ bot's HTTP
 * figures against: one reply a turn, no conversation state, no matching. Run it with
 * `node --import tsx bench/echoServer.ts`; like the bot, it prints
 * `listening on http://127.0.0.1:PORT` (PORT from the environment, 0 for a free port) and stops on
 * SIGTERM.
 */
import { ActivityHandler, ConversationState } from 'botbuilder';
import { createAdapter } from '../src/bot/adapter.js';
import { loadConfig } from '../src/config.js';
import { createServer, type HealthInfo } from '../src/http/server.js';
import { createLogger } from '../src/logger.js';
import { BoundedMemoryStorage } from '../src/state/boundedMemoryStorage.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  await next();
});
// The echo bot keeps no state; the adapter only clears it after a failed turn.
const adapter = createAdapter(config, logger, new ConversationState(new BoundedMemoryStorage()));
const health: HealthInfo = { knowledge: { version: 'echo', loadedAt: new Date().toISOString(), entries: 0 } };
const { server } = createServer({ adapter, bot, logger, health: () => health, guard: { maxInFlight: config.maxInFlight } });
server.listen(config.port, '127.0.0.1', () => {
  console.log(`echo bot listening on http://127.0.0.1:${server.address().port}`);
});
process.once('SIGTERM', () => process.exit(0));
