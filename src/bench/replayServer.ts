/**
 * The FAQ bot's server as `index.ts` builds it, with the engine's replies replayed from a table
 * (see replayEngine.ts): for `npm run bench` to show what the bot's HTTP throughput would be if
 * matching cost nothing.
 */
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { replayEngineReplies } from './replayEngine.js';
import { listenForBench } from './stackServer.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const { server, engine } = createApp(config, { logger });
replayEngineReplies(engine);
listenForBench('replaying bot', server);
