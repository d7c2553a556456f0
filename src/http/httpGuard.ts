import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULTS, HTTP_LIMITS } from '../limits.js';
import type { Logger } from '../logger.js';

/**
 * What a request is to admission: `health` (never capped: the platform's health check must get
 * through an attack), `turn` (`POST /api/messages`), `stream` (a Web Chat bridge stream, long-lived)
 * or `other` (everything anyone may ask without a token: the page, its bundle, `/directline/...`).
 */
export type RequestKind = 'health' | 'turn' | 'stream' | 'other';

/** Limits the guard enforces before restify sees a request. */
export interface GuardOptions {
  /** Turns in flight at once; more get 503 at once instead of queueing into a slow death. */
  maxInFlight: number;
  /** Unauthenticated requests in flight at once; as many turns may have their token checked at once. */
  maxUnauthenticated: number;
  /** Open streams at once; they do not count as in flight (shutdown does not wait for them). */
  maxStreams: number;
  /** Open connections; more are refused by Node and logged (a new connection never finds no file descriptor). */
  maxConnections: number;
  /** Time allowed to receive the request headers (from the connection; after a response, from the end of the keep-alive time). */
  headersTimeoutMs: number;
  /** Time allowed to receive an authenticated request's body. */
  requestTimeoutMs: number;
  /** Time allowed to receive an unauthenticated request's body (every body when nothing authenticates). */
  unauthenticatedTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Longest wait for `authenticate` before 503. */
  authenticateTimeoutMs: number;
  /** Sorts requests into pools (default: `requestKind`). */
  kindOf: (req: IncomingMessage) => RequestKind;
  /**
   * Checks a turn's Authorization header before its body is read: rejects when it does not
   * authenticate (401). Absent in local mode, where nothing authenticates.
   */
  authenticate?: (authorization: string) => Promise<void>;
  /** Where refusals (connection cap, full pools) are logged, at most once per interval each. */
  logger?: Logger;
}

export const DEFAULT_GUARD_OPTIONS: GuardOptions = {
  maxInFlight: DEFAULTS.maxInFlight,
  maxUnauthenticated: DEFAULTS.maxUnauthenticated,
  maxStreams: DEFAULTS.maxStreams,
  maxConnections: DEFAULTS.maxConnections,
  headersTimeoutMs: DEFAULTS.headersTimeoutMs,
  requestTimeoutMs: DEFAULTS.requestTimeoutMs,
  unauthenticatedTimeoutMs: DEFAULTS.unauthenticatedTimeoutMs,
  keepAliveTimeoutMs: HTTP_LIMITS.keepAliveTimeoutMs,
  authenticateTimeoutMs: HTTP_LIMITS.authenticateTimeoutMs,
  kindOf: requestKind,
};

/** The guard's view of the server: requests in flight, and waiting for them to finish. */
export interface Guard {
  /** Requests in flight: turns and unauthenticated requests (not streams, not health checks). */
  inFlight(): number;
  /** Each pool's use, and the connections open, for `/healthz`. */
  usage(): { turns: number; checkingTokens: number; unauthenticated: number; streams: number; connections: number; maxConnections: number };
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

const STREAM = /^\/directline\/conversations\/[^/]+\/stream$/;

/** The pool of a request, from its method and path (restify ignores one trailing slash, so does this). */
export function requestKind(req: IncomingMessage): RequestKind {
  let path = (req.url ?? '').split('?')[0] ?? '';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const method = req.method ?? '';
  if ((method === 'GET' || method === 'HEAD') && path === '/healthz') return 'health';
  if (method === 'POST' && path === '/api/messages') return 'turn';
  if (method === 'GET' && STREAM.test(path)) return 'stream';
  return 'other';
}

/**
 * The process's open-file limit (Linux: `/proc/self/limits`), or undefined where it cannot be read.
 * Node raises the soft limit to the hard one at start, so this is what the process really has.
 */
export function openFileLimit(): number | undefined {
  try {
    const match = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function reject(res: ServerResponse, status: number, reason: string): void {
  const body = JSON.stringify({ error: reason });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

function busy(res: ServerResponse): void {
  res.setHeader('retry-after', '1');
  reject(res, 503, 'server busy, try again');
}

/** What a socket whose headers never finish gets, as Node itself answers a headers timeout. */
const HEADERS_TIMED_OUT = (() => {
  const body = JSON.stringify({ error: 'request headers took too long' });
  return `HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
})();

/** A counted pool of places. */
class Pool {
  count = 0;
  constructor(
    readonly name: string,
    readonly max: number,
  ) {}
  full(): boolean {
    return this.count >= this.max;
  }
}

/** One warning line per kind of refusal per interval, with how many were refused: an attack never floods the log. */
function refusalLog(logger: Logger | undefined): (event: string, fields: Record<string, unknown>) => void {
  const last = new Map<string, { at: number; refused: number }>();
  return (event, fields) => {
    if (!logger) return;
    const now = Date.now();
    const entry = last.get(event);
    if (entry && now - entry.at < HTTP_LIMITS.refusalLogIntervalMs) {
      entry.refused += 1;
      return;
    }
    logger.warn({ ...fields, refusedSinceLastLine: entry?.refused ?? 0 }, event);
    last.set(event, { at: now, refused: 0 });
  };
}

/**
 * Puts a guard in front of restify's request handler, on the Node server itself, so that what
 * crashes or exhausts restify never reaches it: an unparseable Host (400), any content encoding
 * but identity (415, before the body is read: a corrupt gzip body crashes restify's body reader and
 * a valid one inflates without limit), and admission:
 *
 * - a turn with an authenticator is checked from its Authorization header before its body is read
 *   (401), so an anonymous client never takes a turn's place; while the check runs it holds an
 *   unauthenticated place;
 * - turns, unauthenticated requests and streams each have their own pool (503 when full); health
 *   checks have none;
 * - timeouts of its own, which fire when configured: Node checks `headersTimeout` and
 *   `requestTimeout` only every 30 s (`connectionsCheckingInterval`, which restify does not pass),
 *   so a slow client held its place for up to a minute. Headers late: 408 and the connection closes;
 *   a body late: 408 and the connection closes, freeing the place;
 * - a connection cap (`server.maxConnections`, kept under the open-file limit) whose refusals are
 *   logged: without it, running out of file descriptors resets new connections silently.
 */
export function guardServer(server: HttpServer, options: Partial<GuardOptions> = {}): Guard {
  const o = { ...DEFAULT_GUARD_OPTIONS, ...options };
  // Node's own timeouts stay as a backstop; the guard's timers below are the ones that fire on time.
  server.headersTimeout = o.headersTimeoutMs;
  server.requestTimeout = Math.max(o.requestTimeoutMs, o.unauthenticatedTimeoutMs);
  server.keepAliveTimeout = o.keepAliveTimeoutMs;
  const limit = openFileLimit();
  const maxConnections = limit === undefined ? o.maxConnections : Math.max(16, Math.min(o.maxConnections, limit - HTTP_LIMITS.reservedFileDescriptors));
  if (maxConnections < o.maxConnections) {
    o.logger?.warn({ maxConnections, configured: o.maxConnections, openFileLimit: limit }, 'MAX_CONNECTIONS lowered to fit the open-file limit');
  }
  server.maxConnections = maxConnections;
  const refused = refusalLog(o.logger);
  server.on('drop', () => refused('connection refused: connection cap reached', { maxConnections }));

  const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  const turns = new Pool('turns', o.maxInFlight);
  const unauthenticated = new Pool('unauthenticated', o.maxUnauthenticated);
  // Token checks have their own places: a flood of unauthenticated requests elsewhere (a page, a
  // token exchange) must not keep real turns from being authenticated.
  const checking = new Pool('token checks', o.maxUnauthenticated);
  const streams = new Pool('streams', o.maxStreams);
  let connections = 0;
  let shuttingDown = false;
  const active = new Set<ServerResponse>();
  let waiters: Array<() => void> = [];
  const inFlight = () => turns.count + unauthenticated.count + checking.count;
  const settled = () => {
    if (inFlight() !== 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  // Headers timeout, per connection: armed when it opens, and again whenever it has no request
  // left, then after the keep-alive time as well: an idle keep-alive connection is closed by Node
  // first, so no client ever reads a 408 it did not ask for.
  const requestsOn = new WeakMap<Socket, { requests: number; timer: NodeJS.Timeout | undefined }>();
  const armHeaders = (socket: Socket, afterMs: number) => {
    const state = requestsOn.get(socket);
    if (!state || socket.destroyed) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      if (state.requests === 0 && !socket.destroyed) socket.end(HEADERS_TIMED_OUT, () => socket.destroy());
    }, afterMs);
    state.timer.unref();
  };
  server.on('connection', (socket: Socket) => {
    connections += 1;
    requestsOn.set(socket, { requests: 0, timer: undefined });
    armHeaders(socket, o.headersTimeoutMs);
    socket.once('close', () => {
      connections -= 1;
      clearTimeout(requestsOn.get(socket)?.timer);
    });
  });

  /**
   * Takes a place in a pool until the response closes, or answers 503 and returns undefined. The
   * place can be given back sooner with the function returned (a token check's, before its turn).
   */
  const take = (pool: Pool, res: ServerResponse): (() => void) | undefined => {
    if (pool.full()) {
      refused(`request refused: ${pool.name} pool full`, { pool: pool.name, max: pool.max });
      busy(res);
      return undefined;
    }
    pool.count += 1;
    let holding = true;
    const release = () => {
      if (!holding) return;
      holding = false;
      pool.count -= 1;
      settled();
    };
    res.once('close', release);
    return release;
  };

  /** A request whose body is not in by `ms` gets 408 and its connection closes, freeing its place. */
  const bodyDeadline = (req: IncomingMessage, res: ServerResponse, ms: number) => {
    const timer = setTimeout(() => {
      if (req.complete || res.writableEnded) return;
      if (res.headersSent) req.socket.destroy();
      else reject(res, 408, 'request body took too long');
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    res.once('close', clear);
  };

  const pass = (req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    res.once('close', () => active.delete(res));
    if (shuttingDown) res.setHeader('connection', 'close');
    for (const handler of handlers) handler.call(server, req, res);
  };

  /** A turn whose Authorization header authenticated (or any turn in local mode): a turn's place. */
  const admitTurn = (req: IncomingMessage, res: ServerResponse, bodyMs: number) => {
    if (!take(turns, res)) return;
    bodyDeadline(req, res, bodyMs);
    pass(req, res);
  };

  const authenticateThenAdmit = (req: IncomingMessage, res: ServerResponse, authenticate: (authorization: string) => Promise<void>) => {
    // A token-check place is held while the token is checked, and given back before the turn takes its own.
    const release = take(checking, res);
    if (!release) return undefined;
    const header = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), o.authenticateTimeoutMs);
      timer.unref();
    });
    const checked = Promise.resolve()
      .then(() => authenticate(header))
      .then(() => 'ok' as const);
    Promise.race([checked, timedOut]).then(
      (outcome) => {
        clearTimeout(timer);
        release();
        if (res.destroyed || res.writableEnded) return undefined;
        if (outcome === 'timeout') return busy(res);
        return admitTurn(req, res, o.requestTimeoutMs);
      },
      () => {
        clearTimeout(timer);
        release();
        if (!res.destroyed && !res.writableEnded) reject(res, 401, 'unauthorized');
      },
    );
    return undefined;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    const state = requestsOn.get(socket);
    if (state) {
      state.requests += 1;
      clearTimeout(state.timer);
      res.once('close', () => {
        state.requests -= 1;
        if (state.requests === 0) armHeaders(socket, o.keepAliveTimeoutMs + o.headersTimeoutMs);
      });
    }
    if (!validHost(req.headers.host)) return reject(res, 400, 'invalid Host header');
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return reject(res, 415, 'content encoding not supported');
    switch (o.kindOf(req)) {
      case 'health':
        return pass(req, res);
      case 'stream':
        if (!take(streams, res)) return undefined;
        bodyDeadline(req, res, o.unauthenticatedTimeoutMs);
        return pass(req, res);
      case 'turn':
        if (o.authenticate) return authenticateThenAdmit(req, res, o.authenticate);
        return admitTurn(req, res, o.unauthenticatedTimeoutMs);
      default:
        if (!take(unauthenticated, res)) return undefined;
        bodyDeadline(req, res, o.unauthenticatedTimeoutMs);
        return pass(req, res);
    }
  });

  return {
    inFlight,
    usage: () => ({ turns: turns.count, checkingTokens: checking.count, unauthenticated: unauthenticated.count, streams: streams.count, connections, maxConnections }),
    idle: () => (inFlight() === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    closing() {
      shuttingDown = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
    },
  };
}
