/**
 * A bare echo bot on exactly the bot's stack (restify, the guard, CloudAdapter, the same server
 * module), for `npm run bench` to compare the FAQ bot's HTTP throughput with.
 */
import { createEchoBot } from './echoBot.js';
import { serveOnBotStack } from './stackServer.js';

serveOnBotStack('echo bot', createEchoBot(), () => ({ knowledge: { version: 'echo', loadedAt: new Date().toISOString(), entries: 0 } }));
