import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { DEFAULTS, HTTP_LIMITS } from '../limits.js';

/** Limits the guard enforces before restify sees a request. */
export interface GuardOptions {
  /** Requests in flight at once; more get 503 at once instead of queueing into a slow death. */
  maxInFlight: number;
  /** Time allowed to receive the request headers. */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_GUARD_OPTIONS: GuardOptions = {
  maxInFlight: DEFAULTS.maxInFlight,
  headersTimeoutMs: HTTP_LIMITS.headersTimeoutMs,
  requestTimeoutMs: HTTP_LIMITS.requestTimeoutMs,
  keepAliveTimeoutMs: HTTP_LIMITS.keepAliveTimeoutMs,
};

/** The guard's view of the server: requests in flight, and waiting for them to finish. */
export interface Guard {
  inFlight(): number;
  /** Resolves when no request is in flight (at once if none is). */
  idle(): Promise<void>;
  /** From now on every response asks the client to close its connection (used while shutting down). */
  closing(): void;
}

/** A Host header restify and Node's URL can read: a name or an IP literal, and an optional port. */
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?)(?::(\d{1,5}))?$/;

/** True when a Host header can be parsed. */
export function validHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = HOST.exec(host);
  if (!match) return false;
  return match[1] === undefined || Number(match[1]) <= 65535;
}

function reject(res: ServerResponse, status: number, reason: string): void {
  const body = JSON.stringify({ error: reason });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/**
 * Puts a guard in front of restify's request handler, on the Node server itself, so that what
 * crashes or exhausts restify never reaches it: an unparseable Host (400), any content encoding
 * but identity (415, before the body is read: a corrupt gzip body crashes restify's body reader and
 * a valid one inflates without limit), and more requests in flight than allowed (503). Also sets
 * the header, request and keep-alive timeouts.
 */
export function guardServer(server: HttpServer, options: Partial<GuardOptions> = {}): Guard {
  const o = { ...DEFAULT_GUARD_OPTIONS, ...options };
  server.headersTimeout = o.headersTimeoutMs;
  server.requestTimeout = o.requestTimeoutMs;
  server.keepAliveTimeout = o.keepAliveTimeoutMs;

  const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  let inFlight = 0;
  let shuttingDown = false;
  const active = new Set<ServerResponse>();
  let waiters: Array<() => void> = [];

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!validHost(req.headers.host)) return reject(res, 400, 'invalid Host header');
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return reject(res, 415, 'content encoding not supported');
    if (inFlight >= o.maxInFlight) {
      res.setHeader('retry-after', '1');
      return reject(res, 503, 'server busy, try again');
    }
    inFlight += 1;
    active.add(res);
    if (shuttingDown) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      active.delete(res);
      if (inFlight === 0) {
        const ready = waiters;
        waiters = [];
        for (const resolve of ready) resolve();
      }
    });
    for (const handler of handlers) handler.call(server, req, res);
    return undefined;
  });

  return {
    inFlight: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    closing() {
      shuttingDown = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
    },
  };
}
