/**
 * A yardstick bot of yardstickBots.ts (`node yardstickServer.js answer-echo|stateless`) on exactly
 * the bot's stack, with the bot's own knowledge, for `npm run bench`.
 */
import { loadConfig } from '../config.js';
import { createFaqEngine } from '../faq/faqEngine.js';
import { loadKnowledge } from '../faq/knowledgeLoader.js';
import { knowledgeDir } from '../paths.js';
import { healthOf } from '../server.js';
import { serveOnBotStack } from './stackServer.js';
import { createAnswerEchoBot, createStatelessFaqBot } from './yardstickBots.js';

const kinds = { 'answer-echo': createAnswerEchoBot, stateless: createStatelessFaqBot };
const kind = process.argv[2] as keyof typeof kinds;
if (!(kind in kinds)) {
  console.error(`usage: yardstickServer.js ${Object.keys(kinds).join('|')}`);
  process.exit(2);
}
const engine = createFaqEngine(loadKnowledge(knowledgeDir(loadConfig().knowledgeDir ?? '')));
serveOnBotStack(`${kind} bot`, kinds[kind](engine), () => healthOf(engine.knowledge));
