import restify, { type Request, type Response, type Server } from 'restify';
import { AuthenticationError } from 'botframework-connector';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { activityProblem } from './activityValidation.js';
import { TURN_LOGGER } from '../bot/turnLogger.js';
import { guardServer, type Guard, type GuardOptions } from './httpGuard.js';
import { errorSummary, HttpError, readJsonBody, sendError } from './http.js';
import type { KnowledgeBase } from '../faq/types.js';
import type { Logger } from '../logger.js';
import { HTTP_LIMITS } from '../limits.js';


/** What `/healthz` reports once the knowledge is loaded. */
export interface HealthInfo {
  knowledge: { version: string; loadedAt: string; entries: number };
}

/** The health of a bot serving this knowledge. */
export function healthOf(knowledge: KnowledgeBase): HealthInfo {
  return { knowledge: { version: knowledge.version, loadedAt: knowledge.loadedAt.toISOString(), entries: knowledge.entries.length } };
}

/** What the server needs; it builds nothing itself, so tests can hand it what they like. */
export interface ServerDependencies {
  /** Authenticates and runs one activity (see `FaqCloudAdapter`). */
  adapter: { handle(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> };
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** The health of the bot, or undefined while it is not ready (no knowledge yet). */
  health: () => HealthInfo | undefined;
  maxBodyBytes?: number;
  guard?: Partial<GuardOptions>;
}

/**
 * Builds the restify server with its routes and limits; does not listen. Every client error gets a
 * 4xx with a short JSON reason; anything unexpected gets a bare 500 and a log line, never internals.
 */
export function createServer(deps: ServerDependencies): { server: Server; guard: Guard } {
  const maxBodyBytes = deps.maxBodyBytes ?? HTTP_LIMITS.maxBodyBytes;
  const server = restify.createServer({ name: 'icorn-faq-bot', handleUncaughtExceptions: false, ignoreTrailingSlash: true });
  const guard = guardServer(server.server, { logger: deps.logger, ...deps.guard });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const health = deps.health();
    if (!health) return sendError(res, new HttpError(503, 'knowledge not loaded yet'));
    const memory = process.memoryUsage();
    res.send(200, { status: 'ok', ...health, memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed }, inFlight: guard.inFlight(), admission: guard.usage() });
    return undefined;
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const log = deps.logger.child({ requestId: req.id() });
    try {
      const activity = await readActivity(req, maxBodyBytes);
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      const invokeResponse = await deps.adapter.handle(authorization, activity, (context) => {
        // Every log line of the turn carries the request id.
        context.turnState.set(TURN_LOGGER, log);
        return deps.bot.run(context);
      });
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
      log.debug({ type: activity.type, channelId: activity.channelId, status: invokeResponse?.status ?? 200 }, 'activity processed');
    } catch (error) {
      if (error instanceof HttpError) {
        log.info({ status: error.status, reason: error.message }, 'request rejected');
        return sendError(res, error);
      }
      if (error instanceof AuthenticationError) {
        log.warn({ status: 401 }, 'request not authenticated');
        return sendError(res, new HttpError(401, 'unauthorized'));
      }
      log.error({ err: errorSummary(error) }, 'request failed');
      return sendError(res, error);
    }
    return undefined;
  });

  return { server, guard };
}

/** Reads, parses and checks the body of `POST /api/messages`. Throws `HttpError` for client errors. */
async function readActivity(req: Request, maxBodyBytes: number): Promise<Activity> {
  const data = await readJsonBody(req, maxBodyBytes);
  const problem = activityProblem(data);
  if (problem) throw new HttpError(400, `invalid activity: ${problem}`);
  return withDates(data as Record<string, unknown>) as unknown as Activity;
}

/** The SDK expects Date objects where the wire has ISO strings (what its own `process` does). */
function withDates(activity: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['timestamp', 'localTimestamp', 'expiration']) {
    const value = activity[key];
    if (typeof value === 'string') {
      activity[`raw${key.charAt(0).toUpperCase()}${key.slice(1)}`] = value;
      activity[key] = new Date(value);
    }
  }
  return activity;
}
