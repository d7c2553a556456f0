import { ActivityHandler } from 'botbuilder';
import { messages } from '../bot/messages.js';
import { answerReply, didYouMeanReply, fallbackReply } from '../bot/replies.js';
import type { FaqEngine } from '../faq/faqEngine.js';

/**
 * Benchmark only: two bots between the bare echo bot and the FAQ bot, for `npm run bench` to show
 * what each part of a turn costs over HTTP. Neither is a bot anyone should run.
 */

/**
 * The echo bot with the FAQ bot's reply: every message gets the answer to "What is ICORN?" (with
 * its follow-up and feedback buttons), built by the bot's own reply code. No matching, no state:
 * what an answer's size alone costs.
 */
export function createAnswerEchoBot(engine: FaqEngine): ActivityHandler {
  const entry = engine.entry('what-is-icorn') ?? engine.knowledge.entries[0];
  if (!entry) throw new Error('the answer echo bot needs at least one entry in the knowledge');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(answerReply(context, engine, entry));
    await next();
  });
  return bot;
}

/**
 * The FAQ engine and the bot's replies, without conversation state: no last answer, no "Did you
 * mean" waiting for a pick, no turn lock, no state read or written. What matching and replying
 * cost together.
 */
export function createStatelessFaqBot(engine: FaqEngine): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const reply = engine.ask(context.activity.text ?? '');
    if (reply.kind === 'answer') await context.sendActivity(answerReply(context, engine, reply.candidate.entry));
    else if (reply.kind === 'didYouMean') await context.sendActivity(didYouMeanReply(context, reply.candidates.map((c) => c.entry)));
    else if (reply.kind === 'fallback') await context.sendActivity(fallbackReply(context, engine));
    else if (reply.kind === 'empty') await context.sendActivity(messages.emptyMessage);
    else await context.sendActivity(messages.smallTalk[reply.intent as keyof typeof messages.smallTalk] ?? messages.smallTalk.acknowledge);
    await next();
  });
  return bot;
}
