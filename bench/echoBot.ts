import { ActivityHandler } from 'botbuilder';

/** The bare echo bot `npm run bench` compares the FAQ bot with: one reply, no state. */
export function createEchoBot(): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return bot;
}
