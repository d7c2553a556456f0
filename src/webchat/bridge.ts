import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { BRIDGE_LIMITS } from '../limits.js';
import { activityProblem } from '../http/activityValidation.js';
import { readJsonBody, sendError, HttpError } from '../http/http.js';

/** The bot's account in bridged conversations. */
export const BRIDGE_BOT = { id: 'icorn-faq-bot', name: 'ICORN assistant', role: 'bot' };
/** The channel id the bot sees for bridged conversations, as Azure's Web Chat channel sends. */
export const BRIDGE_CHANNEL = 'webchat';
/** The named event a stream ends with when the bot shuts down, so the page can say so. */
export const SHUTDOWN_EVENT = 'shutdown';

/** The bridge's limits (defaults in `BRIDGE_LIMITS`). */
export type BridgeLimits = { -readonly [K in keyof typeof BRIDGE_LIMITS]: number };

/** Options of the local Direct Line bridge. */
export interface BridgeOptions {
  logger: Logger;
  /** Limits other than the defaults (tests use small ones). */
  limits?: Partial<BridgeLimits>;
}

/** What the bridge holds, for tests and operators. */
export interface BridgeStats {
  conversations: number;
  streams: number;
  /** Bytes held: unread backlogs plus what waits on streams. */
  bytes: number;
}

/** The running bridge. */
export interface DirectLineBridge {
  stats(): BridgeStats;
  /**
   * Shutdown: ends every stream with a final `shutdown` event (a stream that does not drain within
   * `closeGraceMs` is cut), and refuses new conversations, streams and posts with 503.
   */
  close(): void;
}

type Activity = Record<string, unknown> & { id?: string };

/** An activity serialised once, as the server-sent event frame every stream gets. */
interface Frame {
  text: string;
  bytes: number;
}

interface Conversation {
  id: string;
  userId: string;
  /** SHA-256 of the browser's token, for the stream, posts and delete. */
  tokenHash: Buffer;
  /** The secret path segment of the serviceUrl the bot replies to, and its SHA-256. */
  botKey: string;
  botKeyHash: Buffer;
  streams: Set<ServerResponse>;
  backlog: Frame[];
  backlogBytes: number;
  sequence: number;
  started: boolean;
  lastUsed: number;
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();
/** A fresh unguessable secret: 32 random bytes, base64url. */
const secret = (): string => randomBytes(32).toString('base64url');

/** True when `given` is the secret whose hash is `expected`, compared in constant time. */
function matches(expected: Buffer, given: string | undefined): boolean {
  return given !== undefined && timingSafeEqual(expected, sha256(given));
}

/** The bearer token of a request, or (for the stream, which EventSource opens without headers) its `t` query parameter. */
function tokenOf(req: Request, queryAllowed: boolean): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!queryAllowed) return undefined;
  return new URLSearchParams(req.getQuery()).get('t') ?? undefined;
}

/**
 * An activity as JSON (a stream's frame, the body forwarded to the bot). An activity too deeply
 * nested for `JSON.stringify` is a 400, found before anything is published or any stream header is
 * sent.
 */
function bodyOf(activity: Activity): string {
  try {
    return JSON.stringify(activity);
  } catch {
    throw new HttpError(400, 'activity cannot be serialised (nested too deeply)');
  }
}

/** Serialises an activity once, as the SSE frame every stream gets. */
function frameOf(activity: Activity): Frame {
  const text = `data: ${bodyOf(activity)}\n\n`;
  return { text, bytes: Buffer.byteLength(text) };
}

/**
 * A small Direct Line-compatible bridge for local use, in the bot's own server: the Web Chat page
 * creates a conversation (and gets its token), posts the user's activities here and reads the
 * conversation as a server-sent event stream; the bridge echoes each user activity back (same
 * `clientActivityID`, a service id), forwards it to `POST /api/messages` in normal delivery mode
 * with a `serviceUrl` holding the conversation's secret bot key, and streams the bot's replies,
 * which the bot posts to `{serviceUrl}/v3/conversations/{id}/activities`.
 *
 * Nothing in it grows without bound: conversations, streams (per conversation and in all), unread
 * backlog bytes (per conversation), bytes waiting on a stream whose reader does not read, and bytes
 * in all. When full it refuses (429 for one conversation, 503 for the bridge) and never evicts a
 * conversation in use. Activities are serialised once, when published, so nothing can throw after
 * a stream's header is sent.
 */
export function mountDirectLineBridge(server: Server, options: BridgeOptions): DirectLineBridge {
  const limits: BridgeLimits = { ...BRIDGE_LIMITS, ...options.limits };
  const conversations = new Map<string, Conversation>();
  const allStreams = new Set<ServerResponse>();
  let backlogBytes = 0;
  let closed = false;
  const log = options.logger.child({ component: 'directline-bridge' });

  const origin = () => `http://127.0.0.1:${server.address().port}`;
  const serviceUrl = (conversation: Conversation) => `${origin()}/directline/bot/${conversation.botKey}`;

  const heldBytes = () => {
    let bytes = backlogBytes;
    for (const stream of allStreams) bytes += stream.writableLength;
    return bytes;
  };

  function forget(conversation: Conversation): void {
    for (const stream of conversation.streams) stream.end();
    backlogBytes -= conversation.backlogBytes;
    conversation.backlog = [];
    conversation.backlogBytes = 0;
    conversations.delete(conversation.id);
  }

  /** Forgets conversations nobody uses: no stream and idle for `idleMs`, or never opened for `unopenedMs`. */
  function sweep(now = Date.now()): void {
    for (const conversation of conversations.values()) {
      if (conversation.streams.size > 0) continue;
      const idle = now - conversation.lastUsed;
      if (idle > limits.idleMs || (!conversation.started && idle > limits.unopenedMs)) forget(conversation);
    }
  }
  const sweeper = setInterval(sweep, Math.min(limits.unopenedMs, 60_000));
  sweeper.unref();

  function refuseWhenClosed(): void {
    if (closed) throw new HttpError(503, 'the assistant is shutting down, try again shortly');
  }

  /** The conversation of the request, once its token (or, for the bot's routes, its bot key) is right. */
  function authorised(req: Request, secretOf: 'token' | 'botKey', queryAllowed = false): Conversation {
    const conversation = conversations.get(String(req.params['conversationId'] ?? ''));
    if (!conversation) throw new HttpError(404, 'conversation not found');
    const ok =
      secretOf === 'token'
        ? matches(conversation.tokenHash, tokenOf(req, queryAllowed))
        : matches(conversation.botKeyHash, String(req.params['botKey'] ?? ''));
    if (!ok) throw new HttpError(401, secretOf === 'token' ? "missing or wrong conversation token (Authorization: Bearer <token from creating the conversation>)" : 'wrong bot key');
    conversation.lastUsed = Date.now();
    return conversation;
  }

  /** Drops a stream whose reader does not keep up: its unread bytes are freed, the client may reconnect. */
  function drop(stream: ServerResponse): void {
    log.warn({ queuedBytes: stream.writableLength, limitBytes: limits.maxStreamQueueBytes }, 'dropped a Web Chat stream whose reader does not read');
    stream.destroy();
  }

  function write(stream: ServerResponse, frame: Frame): void {
    if (stream.destroyed) return;
    if (stream.writableLength + frame.bytes > limits.maxStreamQueueBytes) return drop(stream);
    stream.write(frame.text);
  }

  /**
   * Sends a frame to the conversation's streams, or keeps it for the next stream to open. Throws
   * 503 when the bridge holds too much, 429 when this conversation's unread backlog is full.
   */
  function publish(conversation: Conversation, frame: Frame): void {
    if (conversations.get(conversation.id) !== conversation) return;
    const copies = Math.max(1, conversation.streams.size);
    if (heldBytes() + frame.bytes * copies > limits.maxTotalBytes) {
      sweep();
      if (heldBytes() + frame.bytes * copies > limits.maxTotalBytes) throw new HttpError(503, 'the Web Chat bridge is full, try again later');
    }
    if (conversation.streams.size === 0) {
      if (conversation.backlog.length >= limits.maxBacklog || conversation.backlogBytes + frame.bytes > limits.maxBacklogBytes) {
        throw new HttpError(429, 'too many unread activities in this conversation: open its stream');
      }
      conversation.backlog.push(frame);
      conversation.backlogBytes += frame.bytes;
      backlogBytes += frame.bytes;
      return;
    }
    for (const stream of conversation.streams) write(stream, frame);
  }

  function nextId(conversation: Conversation): string {
    conversation.sequence += 1;
    return `${conversation.id}|${String(conversation.sequence).padStart(7, '0')}`;
  }

  /** Tells the user the bot could not take their activity, so a refusal is never silent. */
  function apologise(conversation: Conversation): void {
    try {
      publish(
        conversation,
        frameOf({
          type: 'message',
          id: nextId(conversation),
          timestamp: new Date().toISOString(),
          from: BRIDGE_BOT,
          conversation: { id: conversation.id },
          text: 'Sorry, the assistant cannot be reached right now. Please try again.',
        }),
      );
    } catch {
      // The conversation's backlog or the bridge is full: the user is not reading anyway.
    }
  }

  async function forwardToBot(conversation: Conversation, body: string): Promise<void> {
    try {
      const response = await fetch(`${origin()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(limits.forwardTimeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return;
      log.warn({ status: response.status }, 'the bot refused a bridged activity');
    } catch (error) {
      log.error({ err: { message: (error as Error).message } }, 'could not reach the bot from the bridge');
    }
    apologise(conversation);
  }

  /** The envelope every activity of a bridged conversation has, towards the bot. */
  function toBot(conversation: Conversation, activity: Activity): Activity {
    return {
      ...activity,
      channelId: BRIDGE_CHANNEL,
      serviceUrl: serviceUrl(conversation),
      conversation: { id: conversation.id },
      recipient: { id: BRIDGE_BOT.id, name: BRIDGE_BOT.name, role: 'bot' },
      // Replies go to the serviceUrl, never back in the response to the bridge.
      deliveryMode: undefined,
    };
  }

  server.post('/directline/conversations', async (req: Request, res: Response) => {
    try {
      refuseWhenClosed();
      const body = (await readJsonBody(req, limits.createBodyBytes, true)) as { user?: { id?: unknown } } | undefined;
      const userId = typeof body?.user?.id === 'string' && /^[\w-]{1,64}$/.test(body.user.id) ? body.user.id : `user-${randomUUID()}`;
      const now = Date.now();
      if (conversations.size >= limits.maxConversations) sweep(now);
      if (conversations.size >= limits.maxConversations) {
        res.setHeader('retry-after', '60');
        throw new HttpError(503, 'too many Web Chat conversations open, try again later');
      }
      const id = randomUUID();
      const token = secret();
      const botKey = secret();
      conversations.set(id, {
        id,
        userId,
        tokenHash: sha256(token),
        botKey,
        botKeyHash: sha256(botKey),
        streams: new Set(),
        backlog: [],
        backlogBytes: 0,
        sequence: 0,
        started: false,
        lastUsed: now,
      });
      res.send(201, { conversationId: id, userId, token });
    } catch (error) {
      sendError(res, error);
    }
  });

  server.get('/directline/conversations/:conversationId/stream', async (req: Request, res: Response) => {
    let conversation: Conversation;
    try {
      refuseWhenClosed();
      conversation = authorised(req, 'token', true);
      if (conversation.streams.size >= limits.maxStreamsPerConversation) throw new HttpError(429, 'too many streams open on this conversation');
      if (allStreams.size >= limits.maxStreams) {
        res.setHeader('retry-after', '10');
        throw new HttpError(503, 'too many Web Chat streams open, try again later');
      }
    } catch (error) {
      return sendError(res, error);
    }
    const raw = res as unknown as ServerResponse;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    raw.write(': connected\n\n');
    conversation.streams.add(raw);
    allStreams.add(raw);
    // The backlog was serialised when published: writing it cannot throw.
    for (const frame of conversation.backlog.splice(0)) write(raw, frame);
    backlogBytes -= conversation.backlogBytes;
    conversation.backlogBytes = 0;
    const keepAlive = setInterval(() => write(raw, { text: ': keep-alive\n\n', bytes: 14 }), limits.keepAliveMs);
    keepAlive.unref();
    raw.once('close', () => {
      clearInterval(keepAlive);
      conversation.streams.delete(raw);
      allStreams.delete(raw);
      conversation.lastUsed = Date.now();
    });
    if (!conversation.started) {
      conversation.started = true;
      // The user and the bot join: this is what makes the bot send its welcome.
      const joined = toBot(conversation, {
        type: 'conversationUpdate',
        id: nextId(conversation),
        timestamp: new Date().toISOString(),
        from: { id: conversation.userId, role: 'user' },
        membersAdded: [{ id: conversation.userId }, { id: BRIDGE_BOT.id, name: BRIDGE_BOT.name }],
      });
      void forwardToBot(conversation, JSON.stringify(joined));
    }
    return undefined;
  });

  server.post('/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    try {
      refuseWhenClosed();
      const conversation = authorised(req, 'token');
      const posted = (await readJsonBody(req, limits.userActivityBytes)) as Activity;
      if (typeof posted !== 'object' || posted === null || Array.isArray(posted) || typeof posted['type'] !== 'string') {
        throw new HttpError(400, 'invalid activity: type is required');
      }
      const id = nextId(conversation);
      const from = { ...(typeof posted['from'] === 'object' && posted['from'] ? (posted['from'] as object) : {}), id: conversation.userId, role: 'user' };
      const activity: Activity = { ...posted, id, from, timestamp: new Date().toISOString(), conversation: { id: conversation.id } };
      // Serialised once, before anything is published: what the bot would refuse is refused here, with its reason.
      const forwarded = toBot(conversation, activity);
      const body = bodyOf(forwarded);
      const problem = activityProblem(forwarded);
      if (problem) throw new HttpError(400, `invalid activity: ${problem}`);
      publish(conversation, frameOf(activity));
      res.send(200, { id });
      void forwardToBot(conversation, body);
    } catch (error) {
      sendError(res, error);
    }
  });

  // The bot's replies: the Bot Framework connector's reply and send routes, under the serviceUrl the
  // bridge gave the bot, whose secret segment (one per conversation) only the bot has seen.
  const fromBot = async (req: Request, res: Response) => {
    try {
      const conversation = authorised(req, 'botKey');
      const activity = (await readJsonBody(req, limits.botActivityBytes)) as Activity;
      if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) throw new HttpError(400, 'invalid activity');
      const id = nextId(conversation);
      // The SDK copies the serviceUrl into every reply: it holds the bot key, so the page never gets it.
      const { serviceUrl: _secret, ...reply } = activity;
      const frame = frameOf({ ...reply, id, timestamp: new Date().toISOString(), from: { ...BRIDGE_BOT, ...(activity['from'] as object), role: 'bot' } });
      // While shutting down, the last replies of turns in flight are taken and dropped: no stream is left to read them.
      if (!closed) publish(conversation, frame);
      res.send(200, { id });
    } catch (error) {
      sendError(res, error);
    }
  };
  server.post('/directline/bot/:botKey/v3/conversations/:conversationId/activities', fromBot);
  server.post('/directline/bot/:botKey/v3/conversations/:conversationId/activities/:activityId', fromBot);

  server.del('/directline/conversations/:conversationId', async (req: Request, res: Response) => {
    try {
      forget(authorised(req, 'token'));
      res.send(204);
    } catch (error) {
      sendError(res, error);
    }
  });

  return {
    stats: () => ({ conversations: conversations.size, streams: allStreams.size, bytes: heldBytes() }),
    close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      const last = `event: ${SHUTDOWN_EVENT}\ndata: {"reason":"the assistant is restarting"}\n\n`;
      for (const stream of allStreams) {
        stream.end(last);
        // A reader that does not read would hold the shutdown up: cut it after a grace period.
        setTimeout(() => {
          if (!stream.writableFinished) stream.destroy();
        }, limits.closeGraceMs).unref();
      }
    },
  };
}
