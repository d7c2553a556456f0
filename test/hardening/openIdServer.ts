import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/**
 * A local stand-in for Bot Framework's OpenID configuration and key set, on loopback: the tests sign
 * their own tokens with its private key (Azure's token service cannot be reached from here).
 */
export interface OpenIdServer {
  metadataUrl: string;
  keyId: string;
  privateKey: KeyObject;
  otherKey: KeyObject;
  close(): Promise<void>;
}

/**
 * The settings of a bot with an app id that checks tokens against this stand-in: Bot Framework's
 * channel and Emulator OpenID metadata both pointed at it (the password is never used offline).
 */
export function appIdSettings(server: OpenIdServer, appId: string): Record<string, string> {
  return {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: 'not-used-offline',
    ToBotFromChannelOpenIdMetadataUrl: server.metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: server.metadataUrl,
  };
}

export async function startOpenIdServer(): Promise<OpenIdServer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyId = 'test-key-1';
  let base = '';
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: keyId, use: 'sig', endorsements: ['webchat', 'msteams', 'emulator', 'directline'] }] }));
    } else {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    keyId,
    privateKey,
    otherKey,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A token signed with RS256 by the given key. */
export function signToken(key: KeyObject, keyId: string, claims: Record<string, unknown>): string {
  return jwt.sign(claims, key.export({ format: 'pem', type: 'pkcs1' }), { algorithm: 'RS256', keyid: keyId });
}

/** An unsigned token (`alg: none`). */
export function unsignedToken(claims: Record<string, unknown>, keyId = 'test-key-1'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT', kid: keyId })}.${part(claims)}.`;
}
