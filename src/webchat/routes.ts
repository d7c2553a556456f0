import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { DEFAULTS, DIRECT_LINE_TOKEN_LIMITS } from '../limits.js';
import { projectRoot } from '../paths.js';
import { errorSummary, HttpError, sendError } from '../http/http.js';
import type { Logger } from '../logger.js';
import { mountDirectLineBridge, type BridgeLimits, type DirectLineBridge } from './bridge.js';
import { webChatPage, webChatPageScript } from './page.js';

const require = createRequire(import.meta.url);

/** How the Web Chat page reaches the bot. */
export interface WebChatOptions {
  logger: Logger;
  /** Serve the local Direct Line bridge (local mode, or when enabled explicitly). */
  bridge: boolean;
  /** The bridge's limits other than the defaults (tests use small ones). */
  bridgeLimits?: Partial<BridgeLimits>;
  /** Azure Direct Line secret: the server exchanges it for a token; it never reaches the browser. */
  directLineSecret?: string;
  /** Direct Line service (default https://directline.botframework.com). */
  directLineEndpoint?: string;
  /** Longest wait for Direct Line to hand out a token (default `DEFAULTS.outgoingTimeoutMs`). */
  directLineTimeoutMs?: number;
}

/**
 * Web Chat's own bundle: from the installed `botframework-webchat` package (a dev dependency), or
 * else the copy `npm run build` puts in `dist/public/` (a production install has only that).
 */
export function webChatBundlePath(): string {
  const installed = installedWebChatBundle();
  if (installed) return installed;
  const built = path.join(projectRoot(), 'dist', 'public', 'webchat.js');
  if (existsSync(built)) return built;
  throw new Error(`Web Chat's bundle is missing (${built}): run \`npm run build\` with the dev dependencies installed`);
}

function installedWebChatBundle(): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('botframework-webchat'));
  } catch {
    return undefined;
  }
  // The package's "exports" hide its files, so find its folder from its entry point.
  while (!existsSync(path.join(dir, 'dist', 'webchat.js'))) {
    if (path.dirname(dir) === dir) return undefined;
    dir = path.dirname(dir);
  }
  return path.join(dir, 'dist', 'webchat.js');
}

/** The CSP hash of an empty style element: sha256 of the empty text. */
const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;

/**
 * The page's Content Security Policy. Scripts: only files from this server (the page's script is
 * `/webchat/page.js`), and no eval: Web Chat 4.18's bundle runs without it (its only
 * `Function("return this")` is a fallback behind `globalThis`; the Chromium test sees no violation).
 * Styles: no 'unsafe-inline' either. The page's style sheet and Web Chat's (emotion, which takes
 * its `nonce` prop) carry the request's nonce; react-scroll-to-bottom inside Web Chat creates its
 * style element without the nonce, empty, and fills it through the CSSOM (which CSP does not
 * govern), so the hash of the empty text lets that one in and nothing with content. The Chromium
 * test fails on any refusal. Nothing may frame the page but itself.
 */
export function webChatPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * Mounts the page, the Web Chat bundle, and either the local bridge or the Direct Line token
 * endpoint. Returns the bridge, when there is one, so shutdown can close its streams.
 */
export function mountWebChat(server: Server, options: WebChatOptions): { bridge: DirectLineBridge | undefined } {
  const bundle = webChatBundlePath();
  const bundleSize = statSync(bundle).size;
  const mode = options.bridge ? 'bridge' : options.directLineSecret ? 'directline' : 'off';

  server.get('/', async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': webChatPolicy(nonce),
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(webChatPage(nonce));
  });

  const script = webChatPageScript();
  server.get('/webchat/page.js', async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'application/javascript; charset=utf-8',
      'content-length': Buffer.byteLength(script),
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(script);
  });

  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'application/javascript; charset=utf-8',
      'content-length': bundleSize,
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(bundle).pipe(res);
  });

  server.get('/webchat/config', async (_req: Request, res: Response) => {
    res.send(200, { mode });
  });

  const bridge = options.bridge ? mountDirectLineBridge(server, { logger: options.logger, limits: options.bridgeLimits }) : undefined;

  if (!options.bridge && options.directLineSecret) {
    const secret = options.directLineSecret;
    const endpoint = (options.directLineEndpoint ?? DEFAULTS.directLineEndpoint).replace(/\/$/, '');
    const timeoutMs = options.directLineTimeoutMs ?? DEFAULTS.outgoingTimeoutMs;
    // A few exchanges at once: a flood while Direct Line is slow gets 503 at once instead of
    // holding places for the whole timeout.
    let exchanging = 0;
    server.post('/directline/token', async (_req: Request, res: Response) => {
      if (exchanging >= DIRECT_LINE_TOKEN_LIMITS.maxConcurrent) {
        res.setHeader('retry-after', '1');
        return sendError(res, new HttpError(503, 'too many token requests, try again'));
      }
      exchanging += 1;
      try {
        const response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: '{}',
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new HttpError(502, `Direct Line answered ${response.status}`);
        const body = (await response.json()) as { token?: unknown; conversationId?: unknown; expires_in?: unknown };
        if (typeof body.token !== 'string') throw new HttpError(502, 'Direct Line sent no token');
        res.send(200, { token: body.token, conversationId: body.conversationId, expiresIn: body.expires_in });
      } catch (error) {
        if (!(error instanceof HttpError)) options.logger.error({ err: errorSummary(error) }, 'Direct Line token exchange failed');
        sendError(res, error instanceof HttpError ? error : new HttpError(502, 'Direct Line could not be reached'));
      } finally {
        exchanging -= 1;
      }
      return undefined;
    });
  }
  return { bridge };
}
