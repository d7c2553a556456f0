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
  maxInFlight: 256,
  shutdownTimeoutMs: 10_000,
  directLineEndpoint: 'https://directline.botframework.com',
} as const;

/** HTTP: what one request may cost. */
export const HTTP_LIMITS = {
  /** Largest body of `POST /api/messages` (Bot Framework activities are a few KB). */
  maxBodyBytes: 256 * 1024,
  /** Headers must arrive within this time. */
  headersTimeoutMs: 10_000,
  /** The whole request must arrive within this time. */
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: 5_000,
} as const;

/** The longest message the engine reads; longer ones are cut, so one message cannot stall a turn. */
export const MAX_QUERY_LENGTH = 500;

/** The longest question the feedback log keeps. */
export const MAX_FEEDBACK_QUERY_LENGTH = 300;

/**
 * Reading the feedback log (`knowledge:review`): a line longer than this is skipped unread (a record
 * is a few hundred bytes; a forged or corrupt file may hold one line of hundreds of megabytes), and
 * at most this many distinct questions are grouped (the rest are counted, not kept).
 */
export const FEEDBACK_READ_LIMITS = { maxLineBytes: 16 * 1024, maxDistinctQuestions: 20_000 } as const;

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
