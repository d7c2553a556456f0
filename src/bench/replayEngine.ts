import type { FaqEngine } from '../faq/faqEngine.js';

/**
 * Benchmark only: makes the engine answer from a table of its own earlier replies, looked up by
 * message and context, instead of working them out. What is left of a turn is everything but the
 * matching, which is what `npm run bench` compares it with. The table holds the bench's own six
 * messages; the bot itself never keeps replies by message text.
 */
export function replayEngineReplies(engine: FaqEngine): void {
  const ask = engine.ask.bind(engine);
  const replies = new Map<string, ReturnType<FaqEngine['ask']>>();
  engine.ask = (text, context = {}) => {
    const key = `${context.lastEntryId ?? ''}\n${text}`;
    let reply = replies.get(key);
    if (!reply) replies.set(key, (reply = ask(text, context)));
    return reply;
  };
}
