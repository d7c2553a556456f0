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
  feedbackRetentionDays: 30,
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
  /**
   * Deepest nesting of objects and arrays in any JSON body (the body itself is level 1). Bot
   * Framework activities are shallow: a Teams message with channelData, mentions and an Adaptive
   * Card's submit value is under 10 levels, a reply with a Hero card about 7. A value thousands of
   * levels deep overflows the stack of whatever walks it later (JSON.stringify, a validator).
   */
  maxJsonDepth: 32,
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

/**
 * A message's text is cut to this many characters when its turn starts, before any pattern reads
 * it (mentions, language, small talk, redaction). The activity schema lets 100,000 through; the
 * engine reads the first MAX_QUERY_LENGTH of what is left once mentions are out.
 */
export const MAX_MESSAGE_LENGTH = 2_000;

/**
 * What one of the bot's buttons may send back as an activity's value (src/conversation/buttonValue.ts):
 * entry ids are at most 60 characters, as knowledge/schema.json allows.
 */
export const BUTTON_VALUE_LIMITS = { maxEntryIdLength: 60 } as const;

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

/**
 * The local Direct Line bridge of the Web Chat page. Nothing in it grows without bound; when full it
 * refuses (503 for the bridge, 429 for one conversation) and never evicts a conversation in use.
 */
export const BRIDGE_LIMITS = {
  /** Most conversations at once; when all are in use, a new one gets 503. */
  maxConversations: 1000,
  /** A conversation with no stream that nobody has used for this long is forgotten. */
  idleMs: 30 * 60_000,
  /** A conversation whose stream was never opened is forgotten after this long unused (the page opens it at once). */
  unopenedMs: 60_000,
  /** Most activities kept per conversation for a stream to catch up on. */
  maxBacklog: 200,
  /** Most bytes kept per conversation for a stream to catch up on (a bot's reply is at most botActivityBytes). */
  maxBacklogBytes: 512 * 1024,
  /** Most bytes waiting on one stream whose reader does not read; past this the stream is dropped. */
  maxStreamQueueBytes: 1024 * 1024,
  /** Most bytes the whole bridge holds (backlogs and streams' queues); past this new activities get 503. */
  maxTotalBytes: 32 * 1024 * 1024,
  /** Streams open on one conversation (a page has one; a reconnect may briefly overlap). */
  maxStreamsPerConversation: 4,
  /** Streams open in all: half the default in-flight cap (MAX_IN_FLIGHT), so open pages cannot starve the bot. */
  maxStreams: 128,
  /** Bodies: creating a conversation, a user's activity, a bot's reply. */
  createBodyBytes: 16 * 1024,
  userActivityBytes: 64 * 1024,
  botActivityBytes: 256 * 1024,
  /** Comment line on an open stream, so proxies keep it open. */
  keepAliveMs: 15_000,
  /** Longest wait for the bot to take a forwarded activity. */
  forwardTimeoutMs: 30_000,
  /** On shutdown, a stream that has not taken its last bytes after this long is cut. */
  closeGraceMs: 1000,
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
