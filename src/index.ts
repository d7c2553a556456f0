/**
 * The one file with side effects: reads the configuration and the knowledge, builds the bot and
 * the server, listens, and shuts down gracefully on SIGTERM / SIGINT.
 */
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { KnowledgeError, problemLines } from './faq/knowledgeLoader.js';
import { createLogger } from './logger.js';

/** True for an address only this machine can reach. */
function loopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** One line for a failed listen: what went wrong and what to do. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use (is the bot already running?): stop the other process or set PORT to a free port.`;
    case 'EACCES':
      return `Port ${port} needs privileges this user does not have: set PORT to 1024 or above.`;
    case 'EADDRNOTAVAIL':
      return `HOST ${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all of them.`;
    default:
      return `Cannot listen on ${host}:${port}: ${error.message}`;
  }
}

function main(): void {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = createApp(config, { logger });
  const { server, engine, guard } = app;

  // A port that cannot be had ends the process with one line saying what to do, not a stack.
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(listenError(error, config.host, config.port));
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.address().port}`;
    const knowledge = engine.knowledge;
    logger.info(
      { url, localMode: config.localMode, host: config.host, entries: knowledge.entries.length, knowledgeVersion: knowledge.version },
      config.localMode
        ? `ICORN FAQ bot listening on ${url} in local mode: no MicrosoftAppId, so no authentication, ${
            loopback(config.host) ? 'and only this machine can connect (set HOST to change that)' : `and anyone who reaches ${config.host} port ${server.address().port} can talk to it`
          }. Chat: ${url}/  Bot Framework Emulator: ${url}/api/messages`
        : `ICORN FAQ bot listening on ${url}/api/messages`,
    );
  });

  // Graceful shutdown: stop accepting, let the turns in flight finish (their responses ask clients
  // to close), drop idle keep-alive connections, and exit as soon as the last turn is done; a turn
  // stuck past SHUTDOWN_TIMEOUT_MS is cut off.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: guard.inFlight() }, 'shutting down');
    guard.closing();
    // Stops the knowledge watcher and ends the Web Chat bridge's streams with a last event, so the
    // page says the assistant is restarting (streams are not requests in flight: the exit never
    // waits for them).
    app.close();
    server.close();
    server.server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.error({ inFlight: guard.inFlight(), timeoutMs: config.shutdownTimeoutMs }, 'turns still running at the shutdown deadline; exiting');
      server.server.closeAllConnections();
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    void guard.idle().then(() => {
      server.server.closeAllConnections();
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

try {
  main();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}. See .env.example.`);
  } else if (error instanceof KnowledgeError) {
    // The first problems and a count of the rest (`npm run knowledge:check` lists them per file).
    const lines = problemLines(error.problems);
    console.error(lines.length === 1 ? `The knowledge cannot be loaded: ${lines[0]}` : `The knowledge cannot be loaded:\n${lines.join('\n')}`);
  } else {
    throw error;
  }
  process.exit(1);
}
