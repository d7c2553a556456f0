import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startBot, userMessage, type RunningBot } from '../helpers.js';
import { signToken, startOpenIdServer, type OpenIdServer } from './openIdServer.js';

const APP_ID = '3f7c9d2e-1b4a-4c6d-8e9f-0a1b2c3d4e5f';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

describe('quiet logs', () => {
  let openId: OpenIdServer;
  let failing = false;
  const start = (level: string) =>
    startBot(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret-password-value', LOG_LEVEL: level, ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl },
      {
        onOutcome: () => {
          if (failing) throw new Error('simulated failure');
        },
      },
    );
  const token = () => {
    const now = Math.floor(Date.now() / 1000);
    return signToken(openId.privateKey, openId.keyId, { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 600 });
  };
  const sensitive = (bot: RunningBot, t: string) =>
    post(
      bot.url,
      userMessage('I am Ayesha from Minsk, my email is ayesha@example.org, can ICORN help me?', 'conv-7d1e-secret', {
        channelId: 'msteams',
        serviceUrl: SERVICE_URL,
        from: { id: '29:user-aad-secret', name: 'Ayesha Karimova', aadObjectId: 'aad-object-secret' },
        channelData: { tenant: { id: 'tenant-secret-id' } },
      }),
      { authorization: `Bearer ${t}` },
    );

  beforeAll(async () => {
    openId = await startOpenIdServer();
  });
  afterAll(() => openId.close());

  it('writes no message text, names, ids, tokens or secrets at the default level, even when a turn fails', async () => {
    const bot = await start('info');
    try {
      const t = token();
      expect((await sensitive(bot, t)).status).toBe(200);
      failing = true;
      expect((await sensitive(bot, t)).status).toBe(200);
      failing = false;
      expect((await post(bot.url, userMessage('x'), { authorization: 'Bearer junk.token.value' })).status).toBe(401);
      const all = bot.logs.join('\n');
      expect(all).toContain('turn failed');
      for (const secret of ['Ayesha', 'Minsk', 'ayesha@example.org', 'conv-7d1e-secret', 'user-aad-secret', 'aad-object-secret', 'tenant-secret-id', t, 'junk.token.value', 'secret-password-value']) {
        expect(all, secret.slice(0, 20)).not.toContain(secret);
      }
      for (const line of bot.logs) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await bot.close();
    }
  });

  it('puts the request id on every line of a turn', async () => {
    const bot = await start('debug');
    try {
      failing = true;
      await sensitive(bot, token());
      failing = false;
      const lines = bot.logs.map((l) => JSON.parse(l) as { msg: string; requestId?: string });
      const failed = lines.find((l) => l.msg === 'turn failed');
      expect(failed?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const ofRequest = lines.filter((l) => l.requestId === failed?.requestId).map((l) => l.msg);
      expect(ofRequest).toEqual(expect.arrayContaining(['turn failed', 'activity processed']));
    } finally {
      await bot.close();
    }
  });
});
