import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { GuardOptions } from './http/httpGuard.js';
import { DEFAULTS } from './limits.js';
import { projectRoot } from './paths.js';

/**
 * The one place that reads the environment, for the bot and every command: the process's variables
 * over the project's `.env` file, validated at start-up, failing fast with a clear message.
 */

/** How the bot authenticates with Azure Bot Service. */
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The HTTP guard's settings an operator may change (`MAX_IN_FLIGHT`, `MAX_STREAMS`, the timeouts...): documented there. */
type GuardSettings = Pick<GuardOptions, 'maxInFlight' | 'maxUnauthenticated' | 'maxStreams' | 'maxConnections' | 'headersTimeoutMs' | 'requestTimeoutMs' | 'unauthenticatedTimeoutMs'>;

/** The bot's configuration. */
export interface BotConfig extends GuardSettings {
  port: number;
  host: string;
  /** No app id: Bot Framework Emulator and the tests talk to the bot without tokens. */
  localMode: boolean;
  appId: string;
  appPassword: string;
  appType: AppType;
  tenantId: string;
  /** Folder of the knowledge files (absolute). */
  knowledgeDir: string;
  /** CLINC150's `val.json`, for the evaluation (absolute). */
  clincFile: string;
  logLevel: string;
  /** Folder of the feedback log (unanswered questions, helpful / not helpful); empty turns it off. */
  feedbackDir: string | undefined;
  /** Days a feedback record is kept. */
  feedbackRetentionDays: number;
  /** Where conversation state lives: `memory` (one instance) or `blob` (Azure Blob Storage, several instances). */
  stateStore: 'memory' | 'blob';
  /** Azure Storage connection string for `blob`. */
  blobConnectionString: string;
  /** Container of the conversation state for `blob`. */
  blobContainer: string;
  /** Minutes an idle conversation is remembered by the in-memory store. */
  stateTtlMinutes: number;
  /** Most conversations the in-memory store keeps. */
  stateMaxConversations: number;
  /** A turn running longer frees its conversation and is logged. */
  turnTimeoutMs: number;
  /** Time allowed for each outgoing call (replies to the connector, the Direct Line token exchange). */
  outgoingTimeoutMs: number;
  /** Longest wait for turns in flight on shutdown. */
  shutdownTimeoutMs: number;
  /** Bot Framework OpenID metadata and issuer overrides (sovereign clouds, offline tests). */
  openIdOverrides: Record<string, string>;
  /** Reload the knowledge folder when its files change. */
  watchKnowledge: boolean;
  /** Serve the local Direct Line bridge for the Web Chat page (default: in local mode only). */
  webChatBridge: boolean;
  /** Azure Direct Line secret, exchanged for tokens by `POST /directline/token`. */
  directLineSecret: string;
  /** Direct Line service the token exchange calls. */
  directLineEndpoint: string;
}

/** A configuration that cannot work, with the variable to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const APP_TYPES: Record<string, AppType> = {
  multitenant: 'MultiTenant',
  singletenant: 'SingleTenant',
  userassignedmsi: 'UserAssignedMSI',
};
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function booleanOf(name: string, text: string, fallback: boolean): boolean {
  if (!text) return fallback;
  if (/^(true|1|yes|on)$/i.test(text)) return true;
  if (/^(false|0|no|off)$/i.test(text)) return false;
  throw new ConfigError(`${name} "${text}" must be true or false`);
}

/**
 * The environment: the process's variables over those of `.env` in the project folder (a variable
 * set in both keeps the process's value). A `.env` that cannot be parsed is a `ConfigError`.
 */
export function readEnvironment(root: string = projectRoot(), processEnv: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = path.join(root, '.env');
  if (!existsSync(file)) return { ...processEnv };
  let fromFile: Record<string, string>;
  try {
    fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new ConfigError(`${file} cannot be read: ${(error as Error).message}`);
  }
  return { ...fromFile, ...processEnv };
}

/** Reads and checks the configuration from an environment (default: `readEnvironment()`). */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): BotConfig {
  const read = (name: string) => env[name]?.trim() ?? '';
  const appId = read('MicrosoftAppId');
  const appPassword = read('MicrosoftAppPassword');
  const tenantId = read('MicrosoftAppTenantId');
  const rawType = read('MicrosoftAppType');

  let appType: AppType = 'MultiTenant';
  if (rawType) {
    const known = APP_TYPES[rawType.toLowerCase()];
    if (!known) {
      throw new ConfigError(`MicrosoftAppType "${rawType}" is not one of MultiTenant, SingleTenant, UserAssignedMSI`);
    }
    appType = known;
  }
  const localMode = appId === '';
  if (!localMode) {
    if (appType !== 'UserAssignedMSI' && !appPassword) throw new ConfigError('MicrosoftAppPassword is required when MicrosoftAppId is set');
    if (appType !== 'MultiTenant' && !tenantId) throw new ConfigError(`MicrosoftAppTenantId is required for MicrosoftAppType ${appType}`);
  } else if (appPassword) {
    throw new ConfigError('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  }

  const portText = read('PORT') || String(DEFAULTS.port);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT "${portText}" is not a port number (0-65535)`);

  const logLevel = read('LOG_LEVEL') || DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL "${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);

  const bridgeText = read('WEBCHAT_BRIDGE').toLowerCase();
  if (bridgeText && !['true', 'false'].includes(bridgeText)) throw new ConfigError(`WEBCHAT_BRIDGE "${bridgeText}" must be true or false`);
  // With an app id the bot accepts only tokens Bot Framework signed, which the bridge cannot mint:
  // every bridged message would get 401 and the user no answer. Refuse the combination at start.
  if (!localMode && bridgeText === 'true') {
    throw new ConfigError(
      'WEBCHAT_BRIDGE=true cannot work with MicrosoftAppId set (the bot then accepts only Bot Framework tokens, which the local bridge cannot mint): unset WEBCHAT_BRIDGE and give the page Azure Direct Line with DIRECT_LINE_SECRET',
    );
  }
  const directLineEndpoint = read('DIRECT_LINE_ENDPOINT') || DEFAULTS.directLineEndpoint;
  if (!/^https?:\/\//.test(directLineEndpoint)) throw new ConfigError(`DIRECT_LINE_ENDPOINT "${directLineEndpoint}" is not an http(s) URL`);

  const feedbackDir = read('FEEDBACK_DIR');
  const retentionText = read('FEEDBACK_RETENTION_DAYS') || String(DEFAULTS.feedbackRetentionDays);
  const retention = Number(retentionText);
  if (!/^\d+$/.test(retentionText) || retention < 1) throw new ConfigError(`FEEDBACK_RETENTION_DAYS "${retentionText}" must be a whole number of days (1 or more)`);

  const integer = (name: string, fallback: number, min: number): number => {
    const text = read(name) || String(fallback);
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min) throw new ConfigError(`${name} "${text}" must be a whole number of at least ${min}`);
    return value;
  };
  const openIdOverrides: Record<string, string> = {};
  for (const name of ['ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl', 'ToBotFromChannelTokenIssuer']) {
    if (read(name)) openIdOverrides[name] = read(name);
  }

  const stateStore = (read('STATE_STORE') || 'memory').toLowerCase();
  if (stateStore !== 'memory' && stateStore !== 'blob') throw new ConfigError(`STATE_STORE "${stateStore}" must be memory or blob`);
  const blobConnectionString = read('BLOB_CONNECTION_STRING');
  if (stateStore === 'blob' && !blobConnectionString) throw new ConfigError('BLOB_CONNECTION_STRING is required when STATE_STORE=blob');
  const blobContainer = read('BLOB_CONTAINER') || DEFAULTS.blobContainer;
  if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(blobContainer)) throw new ConfigError(`BLOB_CONTAINER "${blobContainer}" is not a valid container name`);

  return {
    port,
    stateStore,
    blobConnectionString,
    blobContainer,
    // In local mode nothing authenticates callers, so the bot only listens on this machine unless told otherwise.
    host: read('HOST') || (localMode ? DEFAULTS.localHost : DEFAULTS.publicHost),
    localMode,
    appId,
    appPassword,
    appType,
    tenantId,
    knowledgeDir: read('KNOWLEDGE_DIR') ? path.resolve(read('KNOWLEDGE_DIR')) : path.join(projectRoot(), 'knowledge'),
    clincFile: read('CLINC150_FILE') ? path.resolve(read('CLINC150_FILE')) : path.resolve(projectRoot(), '..', 'shared', 'datasets', 'clinc150', 'val.json'),
    logLevel,
    webChatBridge: bridgeText ? bridgeText === 'true' : localMode,
    stateTtlMinutes: integer('STATE_TTL_MINUTES', DEFAULTS.stateTtlMinutes, 1),
    stateMaxConversations: integer('STATE_MAX_CONVERSATIONS', DEFAULTS.stateMaxConversations, 10),
    maxInFlight: integer('MAX_IN_FLIGHT', DEFAULTS.maxInFlight, 1),
    maxUnauthenticated: integer('MAX_UNAUTHENTICATED', DEFAULTS.maxUnauthenticated, 1),
    maxStreams: integer('MAX_STREAMS', DEFAULTS.maxStreams, 1),
    maxConnections: integer('MAX_CONNECTIONS', DEFAULTS.maxConnections, 16),
    headersTimeoutMs: integer('HEADERS_TIMEOUT_MS', DEFAULTS.headersTimeoutMs, 100),
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', DEFAULTS.requestTimeoutMs, 100),
    unauthenticatedTimeoutMs: integer('UNAUTHENTICATED_TIMEOUT_MS', DEFAULTS.unauthenticatedTimeoutMs, 100),
    turnTimeoutMs: integer('TURN_TIMEOUT_MS', DEFAULTS.turnTimeoutMs, 100),
    outgoingTimeoutMs: integer('OUTGOING_TIMEOUT_MS', DEFAULTS.outgoingTimeoutMs, 100),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', DEFAULTS.shutdownTimeoutMs, 100),
    openIdOverrides,
    feedbackDir: feedbackDir === 'off' ? undefined : feedbackDir || path.join(projectRoot(), 'data', 'feedback'),
    feedbackRetentionDays: retention,
    watchKnowledge: booleanOf('KNOWLEDGE_WATCH', read('KNOWLEDGE_WATCH'), true),
    directLineSecret: read('DIRECT_LINE_SECRET'),
    directLineEndpoint,
  };
}
