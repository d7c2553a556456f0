import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_LIMITS } from '../../src/limits.js';
import { post, startBot, userMessage, type RunningBot } from '../helpers.js';

/** A JSON value nested `depth` arrays deep, as raw text (JSON.stringify of it would overflow the stack). */
function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** `/healthz` answers 200 within a second. */
async function healthyWithinASecond(url: string): Promise<void> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
  expect(response.status).toBe(200);
}

describe('item 1: one nested activity kills the process', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  const deepActivity = (depth: number) => JSON.stringify(userMessage('What is ICORN?', 'conv-deep')).replace(/}$/, `,"value":${nested(depth)}}`);

  it('a value nested 6,000 arrays deep posted to /api/messages gets 400 "JSON nested too deep", and the bot stays up', async () => {
    const result = await post(bot.url, deepActivity(6000));
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: 'JSON nested too deep' });
    await healthyWithinASecond(bot.url);
  });

  it('the same value posted to the Direct Line bridge gets 400, its stream opens, and the bot stays up', async () => {
    const created = await fetch(`${bot.url}/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { conversationId } = (await created.json()) as { conversationId: string };
    const body = `{"type":"message","text":"hi","from":{"id":"u"},"value":${nested(6000)}}`;
    const posted = await fetch(`${bot.url}/directline/conversations/${conversationId}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(posted.status).toBe(400);
    expect(await posted.json()).toEqual({ error: 'JSON nested too deep' });
    // Opening the stream is what used to end the process.
    const controller = new AbortController();
    const stream = await fetch(`${bot.url}/directline/conversations/${conversationId}/stream`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await healthyWithinASecond(bot.url);
  });

  it(`nesting up to the limit (${HTTP_LIMITS.maxJsonDepth}) is read; one more level is refused, brackets inside strings do not count`, async () => {
    // The activity object is level 1 and value level 2: the deepest value allowed is limit - 1 levels.
    const atLimit = await post(bot.url, deepActivity(HTTP_LIMITS.maxJsonDepth - 1));
    expect(atLimit.status).toBe(200);
    const over = await post(bot.url, deepActivity(HTTP_LIMITS.maxJsonDepth));
    expect(over.status).toBe(400);
    const brackets = await post(bot.url, userMessage(`${'[{'.repeat(5000)} "\\"[`, 'conv-brackets'));
    expect(brackets.status).toBe(200);
  });
});
