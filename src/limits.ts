/**
 * Every limit and default of the running bot, in one place. `config.ts` reads the ones an operator
 * may change from the environment; the rest are fixed here.
 */

/** Defaults of the settings in `.env.example`. */
export const DEFAULTS = {
  port: 3978,
  /** Local mode (no app id) listens on this machine only; with an app id, on every interface. */
  localHost: '127.0.0.1',
  publicHost: '0.0.0.0',
  logLevel: 'info',
  feedbackRetentionDays: 90,
  stateTtlMinutes: 24 * 60,
  stateMaxConversations: 10_000,
  blobContainer: 'icorn-bot-state',
  /** Turns in flight at once (authenticated `POST /api/messages`; every one in local mode). */
  maxInFlight: 256,
  /** Unauthenticated requests in flight at once: the page, its bundle, `/directline/...`, tokens being checked. */
  maxUnauthenticated: 64,
  /** Open server-sent event streams of the Web Chat bridge. */
  maxStreams: 128,
  /** Open TCP connections; well under the process's open-file limit, so new ones are refused and logged, not reset. */
  maxConnections: 4096,
  /** Headers must arrive within this time of the connection (of the keep-alive time's end, after a response). */
  headersTimeoutMs: 10_000,
  /** An authenticated request's body must arrive within this time. */
  requestTimeoutMs: 30_000,
  /** An unauthenticated request's body (every body in local mode) must arrive within this time of its headers. */
  unauthenticatedTimeoutMs: 5_000,
  /** A turn still running after this long frees its conversation for the next turn, and is logged. */
  turnTimeoutMs: 30_000,
  /** Every outgoing call of a turn (a reply to the connector) and the Direct Line token exchange. */
  outgoingTimeoutMs: 10_000,
  shutdownTimeoutMs: 10_000,
  directLineEndpoint: 'https://directline.botframework.com',
} as const;

/** HTTP: what one request may cost. */
export const HTTP_LIMITS = {
  /** Largest body of `POST /api/messages` (Bot Framework activities are a few KB). */
  maxBodyBytes: 256 * 1024,
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: 5_000,
  /** Longest the header-only authentication of a turn may take before it gets 503 (a cold OpenID key fetch). */
  authenticateTimeoutMs: 5_000,
  /** Open file descriptors kept free of connections (files, logs, outgoing calls) under the process's limit. */
  reservedFileDescriptors: 256,
  /** At most one log line per this interval for each kind of refusal (connection cap, a full pool). */
  refusalLogIntervalMs: 10_000,
} as const;

/** `POST /directline/token`: exchanges at once; more get 503 at once instead of waiting on a slow Direct Line. */
export const DIRECT_LINE_TOKEN_LIMITS = { maxConcurrent: 8 } as const;

/** The longest message the engine reads; longer ones are cut, so one message cannot stall a turn. */
export const MAX_QUERY_LENGTH = 500;

/** The longest question the feedback log keeps. */
export const MAX_FEEDBACK_QUERY_LENGTH = 300;

/**
 * Azure Blob Storage, when the state lives there: a user is waiting, so storage that does not answer
 * gets a few quick tries, then the turn fails with an apology (the SDK's default retries for about
 * half a minute).
 */
export const STORAGE_RETRY = { maxTries: 3, tryTimeoutInMs: 4000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 } as const;

/** The local Direct Line bridge of the Web Chat page. */
export const BRIDGE_LIMITS = {
  maxConversations: 1000,
  /** A conversation nobody has used for this long is forgotten. */
  idleMs: 30 * 60_000,
  /** Most activities kept per conversation for a stream to catch up on. */
  maxBacklog: 200,
  /** Bodies: creating a conversation, a user's activity, a bot's reply. */
  createBodyBytes: 16 * 1024,
  userActivityBytes: 64 * 1024,
  botActivityBytes: 256 * 1024,
  /** Comment line on an open stream, so proxies keep it open. */
  keepAliveMs: 15_000,
  /** Longest wait for the bot to take a forwarded activity. */
  forwardTimeoutMs: 30_000,
} as const;
