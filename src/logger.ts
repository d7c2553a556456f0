import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Users of this bot may be at risk: at the default level no log line holds
 * what they typed, their names or ids, tokens or secrets; the redaction below is a second guard.
 */
export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: undefined,
    redact: {
      paths: ['text', '*.text', 'headers.authorization', '*.headers.authorization', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}

export type { Logger };
