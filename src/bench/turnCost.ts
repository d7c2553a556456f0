/**
 * What one turn costs in process, without HTTP: the activity through CloudAdapter and the bot, as
 * the server runs it. For `npm run bench`, to show where the FAQ bot's time goes next to the echo bot.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationState } from 'botbuilder';
import { createApp } from '../app.js';
import { createAdapter } from '../bot/adapter.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { BoundedMemoryStorage } from '../state/boundedMemoryStorage.js';
import { createEchoBot } from './echoBot.js';
import { replayEngineReplies } from './replayEngine.js';
import { BENCH_MESSAGES, benchActivity } from './workload.js';

/** Mean microseconds per turn: the echo bot's, and the FAQ bot's by message and over all. */
export interface TurnCost {
  turns: number;
  echoUs: number;
  faqUs: number;
  byMessage: Array<{ text: string; us: number }>;
  /** The FAQ bot over all messages with the engine's replies replayed from a table: what the turn costs without matching. */
  faqWithoutEngineUs: number;
}

/** The HTTP benchmark's messages and conversations (see workload.ts), turn by turn in process. */
export async function measureTurnCost(options: { turns: number }): Promise<TurnCost> {
  const withEngine = await measure(options, false);
  const withoutEngine = await measure(options, true);
  return { ...withEngine, faqWithoutEngineUs: withoutEngine.faqUs };
}

async function measure(options: { turns: number }, replayEngine: boolean): Promise<Omit<TurnCost, 'faqWithoutEngineUs'>> {
  const messages = BENCH_MESSAGES;
  const config = loadConfig({ KNOWLEDGE_WATCH: 'false', FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-bench-')) });
  const logger = createLogger('warn');
  const app = createApp(config, { logger });
  if (replayEngine) replayEngineReplies(app.engine);
  const echo = createEchoBot();
  const echoAdapter = createAdapter(config, logger, new ConversationState(new BoundedMemoryStorage()));

  const spent = messages.map(() => 0);
  const counted = messages.map(() => 0);
  let echoSpent = 0;
  // The first half warms both up; the second is measured. Echo and FAQ turns alternate, so both
  // see the same machine.
  for (let sequence = 0; sequence < options.turns * 2; sequence += 1) {
    const measured = sequence >= options.turns;
    let started = performance.now();
    const faqReply = await app.adapter.handle('', benchActivity(sequence), app.runTurn);
    JSON.stringify(faqReply?.body);
    if (measured) {
      const index = sequence % messages.length;
      spent[index] = (spent[index] ?? 0) + performance.now() - started;
      counted[index] = (counted[index] ?? 0) + 1;
    }
    started = performance.now();
    const echoReply = await echoAdapter.handle('', benchActivity(sequence), (context) => echo.run(context));
    JSON.stringify(echoReply?.body);
    if (measured) echoSpent += performance.now() - started;
  }
  app.close();
  const total = spent.reduce((sum, value) => sum + value, 0);
  return {
    turns: options.turns,
    echoUs: (echoSpent / options.turns) * 1000,
    faqUs: (total / options.turns) * 1000,
    byMessage: messages.map((text, index) => ({ text, us: ((spent[index] as number) / Math.max(1, counted[index] as number)) * 1000 })),
  };
}
