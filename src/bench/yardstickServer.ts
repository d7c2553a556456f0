/**
 * A yardstick bot of yardstickBots.ts (`node yardstickServer.js answer-echo|stateless`) on exactly
 * the bot's stack (restify, the guard, CloudAdapter, the same server module), with the bot's own
 * knowledge, for `npm run bench`.
 */
import { ConversationState } from 'botbuilder';
import { createAdapter } from '../bot/adapter.js';
import { loadConfig } from '../config.js';
import { createFaqEngine } from '../faq/faqEngine.js';
import { loadKnowledge } from '../faq/knowledgeLoader.js';
import { createLogger } from '../logger.js';
import { knowledgeDir } from '../paths.js';
import { createServer } from '../server.js';
import { BoundedMemoryStorage } from '../state/boundedMemoryStorage.js';
import { createAnswerEchoBot, createStatelessFaqBot } from './yardstickBots.js';

const kinds = { 'answer-echo': createAnswerEchoBot, stateless: createStatelessFaqBot };
const kind = process.argv[2] as keyof typeof kinds;
if (!(kind in kinds)) {
  console.error(`usage: yardstickServer.js ${Object.keys(kinds).join('|')}`);
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger('warn');
const engine = createFaqEngine(loadKnowledge(knowledgeDir(config.knowledgeDir ?? '')));
const bot = kinds[kind](engine);
// Neither bot keeps state; the adapter only clears it after a failed turn.
const conversationState = new ConversationState(new BoundedMemoryStorage());
const { server } = createServer({
  adapter: createAdapter(config, logger, conversationState),
  bot,
  logger,
  health: () => ({ knowledge: { version: engine.knowledge.version, loadedAt: engine.knowledge.loadedAt.toISOString(), entries: engine.knowledge.entries.length } }),
  guard: { maxInFlight: 1024 },
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  console.log(`${kind} bot listening on http://127.0.0.1:${server.address().port}`);
});
process.once('SIGTERM', () => process.exit(0));
