import { ConversationState, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter } from '../bot/adapter.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createServer, type HealthInfo } from '../server.js';
import { BoundedMemoryStorage } from '../state/boundedMemoryStorage.js';

/**
 * Serves a benchmark bot on exactly the FAQ bot's stack (restify, the guard, CloudAdapter, the
 * same server module), for `npm run bench`.
 */
export function serveOnBotStack(name: string, bot: { run(context: TurnContext): Promise<void> }, health: () => HealthInfo): void {
  const config = loadConfig();
  const logger = createLogger('warn');
  // These bots keep no state; the adapter only clears it after a failed turn.
  const conversationState = new ConversationState(new BoundedMemoryStorage());
  const { server } = createServer({ adapter: createAdapter(config, logger, conversationState), bot, logger, health, guard: { maxInFlight: 1024 } });
  listenForBench(name, server);
}

/** Listens on loopback and `PORT`, says where (startCompiledServer waits for that line), and stops on SIGTERM. */
export function listenForBench(name: string, server: Server): void {
  server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
    console.log(`${name} listening on http://127.0.0.1:${server.address().port}`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
