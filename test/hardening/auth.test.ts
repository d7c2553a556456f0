import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { appIdSettings, signToken, startOpenIdServer, unsignedToken, type OpenIdServer } from './openIdServer.js';

const APP_ID = '3f7c9d2e-1b4a-4c6d-8e9f-0a1b2c3d4e5f';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const now = () => Math.floor(Date.now() / 1000);

describe('authentication with an app id', () => {
  let openId: OpenIdServer;
  let bot: RunningBot;
  const claims = () => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 600 });
  const message = () => userMessage('What is ICORN?', `auth-${Math.random()}`, { channelId: 'webchat', serviceUrl: SERVICE_URL });

  beforeAll(async () => {
    openId = await startOpenIdServer();
    bot = await startBot({
      ...appIdSettings(openId, APP_ID),
    });
  });
  afterAll(async () => {
    await bot.close();
    await openId.close();
  });

  it('accepts a valid Bot Framework token', async () => {
    const result = await post(bot.url, message(), { authorization: `Bearer ${signToken(openId.privateKey, openId.keyId, claims())}` });
    expect(result.status).toBe(200);
    expect(replyTexts(result)).toEqual([bot.app.engine.entry('what-is-icorn')?.answer]);
  });

  it.each([
    ['no Authorization header', () => undefined],
    ['a malformed token', () => 'Bearer not.a.token'],
    ['another scheme', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['alg: none', () => `Bearer ${unsignedToken(claims())}`],
    ['an HS256 token', () => `Bearer ${jwt.sign(claims(), 'shared-secret', { algorithm: 'HS256', keyid: 'test-key-1' })}`],
    ['a wrong audience', () => `Bearer ${signToken(openId.privateKey, openId.keyId, { ...claims(), aud: 'someone-else' })}`],
    ['an expired token', () => `Bearer ${signToken(openId.privateKey, openId.keyId, { ...claims(), nbf: now() - 7200, exp: now() - 3600 })}`],
    ['a wrong issuer', () => `Bearer ${signToken(openId.privateKey, openId.keyId, { ...claims(), iss: 'https://evil.example.com' })}`],
    ['a token signed by another key', () => `Bearer ${signToken(openId.otherKey, openId.keyId, claims())}`],
    ['an unknown key id', () => `Bearer ${signToken(openId.privateKey, 'unknown-key', claims())}`],
    ['another service URL', () => `Bearer ${signToken(openId.privateKey, openId.keyId, { ...claims(), serviceurl: 'https://evil.example.com/' })}`],
  ])('answers 401, never 500, for %s', async (_, header) => {
    const value = header();
    // The SDK's token extractor writes some rejections to console.error (the error, or the metadata's
    // public keys): kept out of the test output, and checked to hold no private key.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await post(bot.url, message(), value ? { authorization: value } : {});
      expect(result.status).toBe(401);
      expect(result.body).toEqual({ error: 'unauthorized' });
      expect(consoleError.mock.calls.flat().map(String).join('\n')).not.toMatch(/PRIVATE KEY/);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('checks every turn in full even when the header check remembers its token: another service URL is refused each time', async () => {
    const token = `Bearer ${signToken(openId.privateKey, openId.keyId, { ...claims(), serviceurl: 'https://evil.example.com/' })}`;
    // The token's signature is good, so the header check passes it (and remembers it); the full
    // check with the activity refuses it, the first time and the next.
    for (let i = 0; i < 3; i += 1) expect((await post(bot.url, message(), { authorization: token })).status).toBe(401);
    const good = `Bearer ${signToken(openId.privateKey, openId.keyId, claims())}`;
    for (let i = 0; i < 3; i += 1) expect((await post(bot.url, message(), { authorization: good })).status).toBe(200);
  });

  it('listens on every interface with an app id, and on 127.0.0.1 only in local mode', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).host).toBe('0.0.0.0');
    expect(loadConfig({}).host).toBe('127.0.0.1');
  });
});
