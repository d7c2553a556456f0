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

/**
 * The knowledge folder: what one load may cost. Loading blocks the process (the live reload too),
 * so sizes are checked before anything is read. The real files are a few KB to about 60 KB, the
 * whole folder about 330 KB; a megabyte of YAML made of one-word values takes one to four seconds
 * to parse, so the folder limit bounds how long a reload can hold up answers.
 */
export const KNOWLEDGE_LIMITS = {
  /** Largest knowledge, vocabulary, translation or schema file. */
  maxFileBytes: 1024 * 1024,
  /** Largest sum of the files one load reads. */
  maxFolderBytes: 2 * 1024 * 1024,
  /** Most YAML files one load reads (the folder and `translations/` together). */
  maxFiles: 200,
  /** Most problems reported per file; the rest are counted ("and N more problems in this file"). */
  maxProblemsPerFile: 50,
  /** Most problems in the one log line of a failed reload; the rest are counted. */
  maxLoggedProblems: 20,
  /** Longest problem line: a quoted value (a field name, a word) longer than this is cut. */
  maxProblemChars: 400,
  /** How often the watcher checks that the folder it watches is still the folder at its path (a deploy may replace it). */
  folderCheckMs: 2000,
} as const;
