import { ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BENCH_MESSAGES } from '../../src/bench/workload.js';
import { createAnswerEchoBot, createStatelessFaqBot } from '../../src/bench/yardstickBots.js';
import { FaqBot } from '../../src/bot/faqBot.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { knowledgeDir } from '../../src/paths.js';

const engine = createFaqEngine(loadKnowledge(knowledgeDir()));

/** What a user sees of a reply: its text and its buttons. */
function seen(activity: Partial<Activity>) {
  return { text: activity.text, buttons: (activity.suggestedActions?.actions ?? []).map((a) => [a.type, a.title, a.value]) };
}

/** The replies of a bot to one message, sent first in a new conversation. */
async function repliesTo(bot: { run(context: TurnContext): Promise<void> }, text: string): Promise<Array<ReturnType<typeof seen>>> {
  const adapter = new TestAdapter(async (context) => bot.run(context));
  await adapter.send(text);
  return adapter.activeQueue.filter((a) => a.type === 'message').map(seen);
}

// The bench compares these with the FAQ bot: they must send what it sends, or the comparison is of something else.
describe('the benchmark yardsticks', () => {
  it.each(BENCH_MESSAGES)('the bot without state replies to %j as the FAQ bot does to a first message', async (text) => {
    const faq = await repliesTo(new FaqBot(engine, new ConversationState(new MemoryStorage())), text);
    expect(faq).toHaveLength(1);
    expect(await repliesTo(createStatelessFaqBot(engine), text)).toEqual(faq);
  });

  it("the answer echo bot replies to anything with the FAQ bot's answer to \"What is ICORN?\"", async () => {
    const faq = await repliesTo(new FaqBot(engine, new ConversationState(new MemoryStorage())), 'What is ICORN?');
    expect(faq[0]?.buttons.length).toBeGreaterThan(2);
    for (const text of ['thanks', 'network', 'anything at all']) expect(await repliesTo(createAnswerEchoBot(engine), text)).toEqual(faq);
  });
});
