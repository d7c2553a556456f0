import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { BRIDGE_LIMITS } from '../limits.js';
import { readJsonBody, sendError, HttpError } from '../http/http.js';

/** The bot's account in bridged conversations. */
export const BRIDGE_BOT = { id: 'icorn-faq-bot', name: 'ICORN assistant', role: 'bot' };
/** The channel id the bot sees for bridged conversations, as Azure's Web Chat channel sends. */
export const BRIDGE_CHANNEL = 'webchat';

/** Options of the local Direct Line bridge. */
export interface BridgeOptions {
  logger: Logger;
  /** Most conversations kept at once; the oldest idle one goes first. */
  maxConversations?: number;
  /** A conversation with no stream and no activity for this long is forgotten. */
  idleMs?: number;
  /** Most activities kept for a stream that is not attached yet. */
  maxBacklog?: number;
}

type Activity = Record<string, unknown> & { id?: string };

interface Conversation {
  id: string;
  userId: string;
  streams: Set<ServerResponse>;
  backlog: Activity[];
  sequence: number;
  started: boolean;
  lastUsed: number;
}

/**
 * A small Direct Line-compatible bridge for local use, in the bot's own server: the Web Chat page
 * posts the user's activities here and reads the conversation as a server-sent event stream; the
 * bridge echoes each user activity back (same `clientActivityID`, a service id), forwards it to
 * `POST /api/messages` in normal delivery mode with a `serviceUrl` pointing back at the bridge, and
 * streams the bot's replies, which the bot posts to `{serviceUrl}/v3/conversations/{id}/activities`.
 */
export function mountDirectLineBridge(server: Server, options: BridgeOptions): { conversations: () => number } {
  const maxConversations = options.maxConversations ?? BRIDGE_LIMITS.maxConversations;
  const idleMs = options.idleMs ?? BRIDGE_LIMITS.idleMs;
  const maxBacklog = options.maxBacklog ?? BRIDGE_LIMITS.maxBacklog;
  const conversations = new Map<string, Conversation>();
  const log = options.logger.child({ component: 'directline-bridge' });

  const origin = () => {
    const address = server.address();
    return `http://127.0.0.1:${address.port}`;
  };
  const serviceUrl = () => `${origin()}/directline`;

  function sweep(now: number): void {
    for (const [id, conversation] of conversations) {
      if (conversation.streams.size === 0 && now - conversation.lastUsed > idleMs) conversations.delete(id);
    }
    while (conversations.size >= maxConversations) {
      const oldest = [...conversations.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!oldest) break;
      for (const stream of oldest.streams) stream.end();
      conversations.delete(oldest.id);
    }
  }

  function conversationOf(req: Request): Conversation {
    const conversation = conversations.get(String(req.params['conversationId'] ?? ''));
    if (!conversation) throw new HttpError(404, 'conversation not found');
    conversation.lastUsed = Date.now();
    return conversation;
  }

  function publish(conversation: Conversation, activity: Activity): void {
    if (conversation.streams.size === 0) {
      conversation.backlog.push(activity);
      if (conversation.backlog.length > maxBacklog) conversation.backlog.shift();
      return;
    }
    const frame = `data: ${JSON.stringify(activity)}\n\n`;
    for (const stream of conversation.streams) stream.write(frame);
  }

  function nextId(conversation: Conversation): string {
    conversation.sequence += 1;
    return `${conversation.id}|${String(conversation.sequence).padStart(7, '0')}`;
  }

  async function forwardToBot(conversation: Conversation, activity: Activity): Promise<void> {
    try {
      const response = await fetch(`${origin()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(BRIDGE_LIMITS.forwardTimeoutMs),
      });
      if (!response.ok) log.warn({ status: response.status }, 'the bot refused a bridged activity');
    } catch (error) {
      log.error({ err: { message: (error as Error).message } }, 'could not reach the bot from the bridge');
      publish(conversation, {
        type: 'message',
        id: nextId(conversation),
        timestamp: new Date().toISOString(),
        from: BRIDGE_BOT,
        conversation: { id: conversation.id },
        text: 'Sorry, the assistant cannot be reached right now. Please try again.',
      });
    }
  }

  /** The envelope every activity of a bridged conversation has, towards the bot. */
  function toBot(conversation: Conversation, activity: Activity): Activity {
    return {
      ...activity,
      channelId: BRIDGE_CHANNEL,
      serviceUrl: serviceUrl(),
      conversation: { id: conversation.id },
      recipient: { id: BRIDGE_BOT.id, name: BRIDGE_BOT.name, role: 'bot' },
    };
  }

  server.post('/directline/conversations', async (req: Request, res: Response) => {
    try {
      const body = (await readJsonBody(req, BRIDGE_LIMITS.createBodyBytes, true)) as { user?: { id?: unknown } } | undefined;
      const userId = typeof body?.user?.id === 'string' && /^[\w-]{1,64}$/.test(body.user.id) ? body.user.id : `user-${randomUUID()}`;
      const now = Date.now();
      sweep(now);
      const id = randomUUID();
      conversations.set(id, { id, userId, streams: new Set(), backlog: [], sequence: 0, started: false, lastUsed: now });
      res.send(201, { conversationId: id, userId });
    } catch (error) {
      sendError(res, error);
    }
  });

  server.get('/directline/conversations/:conversationId/stream', async (req: Request, res: Response) => {
    let conversation: Conversation;
    try {
      conversation = conversationOf(req);
    } catch (error) {
      return sendError(res, error);
    }
    const raw = res as unknown as ServerResponse;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    raw.write(': connected\n\n');
    conversation.streams.add(raw);
    for (const activity of conversation.backlog.splice(0)) raw.write(`data: ${JSON.stringify(activity)}\n\n`);
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), BRIDGE_LIMITS.keepAliveMs);
    keepAlive.unref();
    req.on('close', () => {
      clearInterval(keepAlive);
      conversation.streams.delete(raw);
      conversation.lastUsed = Date.now();
    });
    if (!conversation.started) {
      conversation.started = true;
      // The user and the bot join: this is what makes the bot send its welcome.
      void forwardToBot(
        conversation,
        toBot(conversation, {
          type: 'conversationUpdate',
          id: nextId(conversation),
          timestamp: new Date().toISOString(),
          from: { id: conversation.userId, role: 'user' },
          membersAdded: [{ id: conversation.userId }, { id: BRIDGE_BOT.id, name: BRIDGE_BOT.name }],
        }),
      );
    }
    return undefined;
  });

  server.post('/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    try {
      const conversation = conversationOf(req);
      const posted = (await readJsonBody(req, BRIDGE_LIMITS.userActivityBytes)) as Activity;
      if (typeof posted !== 'object' || posted === null || Array.isArray(posted) || typeof posted['type'] !== 'string') {
        throw new HttpError(400, 'invalid activity: type is required');
      }
      const id = nextId(conversation);
      const from = { ...(typeof posted['from'] === 'object' && posted['from'] ? (posted['from'] as object) : {}), id: conversation.userId, role: 'user' };
      const activity: Activity = { ...posted, id, from, timestamp: new Date().toISOString(), conversation: { id: conversation.id } };
      publish(conversation, activity);
      res.send(200, { id });
      void forwardToBot(conversation, toBot(conversation, activity));
    } catch (error) {
      sendError(res, error);
    }
  });

  // The bot's replies: the Bot Framework connector's reply and send routes, under the bridge's serviceUrl.
  const fromBot = async (req: Request, res: Response) => {
    try {
      const conversation = conversationOf(req);
      const activity = (await readJsonBody(req, BRIDGE_LIMITS.botActivityBytes)) as Activity;
      const id = nextId(conversation);
      publish(conversation, { ...activity, id, timestamp: new Date().toISOString(), from: { ...BRIDGE_BOT, ...(activity['from'] as object), role: 'bot' } });
      res.send(200, { id });
    } catch (error) {
      sendError(res, error);
    }
  };
  server.post('/directline/v3/conversations/:conversationId/activities', fromBot);
  server.post('/directline/v3/conversations/:conversationId/activities/:activityId', fromBot);

  server.del('/directline/conversations/:conversationId', async (req: Request, res: Response) => {
    try {
      const conversation = conversationOf(req);
      for (const stream of conversation.streams) stream.end();
      conversations.delete(conversation.id);
      res.send(204);
    } catch (error) {
      sendError(res, error);
    }
  });

  return { conversations: () => conversations.size };
}
