/**
 * The one file with side effects: reads the configuration and the knowledge, builds the bot and
 * the server, listens, and shuts down cleanly on SIGTERM / SIGINT.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { KnowledgeError } from './faq/knowledgeLoader.js';
import { createLogger } from './logger.js';
import { projectRoot } from './paths.js';

function main(): void {
  const envFile = path.join(projectRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);

  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { server, engine } = createApp(config, { logger });

  server.listen(config.port, config.host, () => {
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.address().port}`;
    const knowledge = engine.knowledge;
    logger.info(
      { url, localMode: config.localMode, entries: knowledge.entries.length, knowledgeVersion: knowledge.version },
      config.localMode
        ? `ICORN FAQ bot listening on ${url} in local mode (no MicrosoftAppId; only this machine can connect). Bot Framework Emulator: ${url}/api/messages`
        : `ICORN FAQ bot listening on ${url}/api/messages`,
    );
  });

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
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
    console.error(`The knowledge cannot be loaded:\n${error.message}`);
  } else {
    throw error;
  }
  process.exit(1);
}
