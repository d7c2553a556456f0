// `npm run playground`: the bot (built, as `npm start` runs it) and Microsoft 365 Agents Playground,
// Microsoft's offline Teams client and the Bot Framework Emulator's successor, pointed at it on the
// Teams channel, with telemetry off and no browser opened or downloaded. Open the URL it prints.
// PORT (default 3978) is the bot's; PLAYGROUND_PORT (default 56150) the Playground's.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT || '3978';
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');

const bot = spawn(process.execPath, [path.join(root, 'tools', 'start.mjs')], { stdio: 'inherit', env: { ...process.env, PORT: port } });
const playground = spawn(
  process.execPath,
  [cli, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry'],
  { stdio: 'inherit', env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } },
);
console.log(`Microsoft 365 Agents Playground: http://localhost:${playgroundPort}/ (the bot: http://127.0.0.1:${port}/api/messages)`);

// Both stop together: on Ctrl+C or SIGTERM, and when either exits.
const stop = (signal) => {
  for (const child of [bot, playground]) if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
bot.on('exit', () => stop('SIGTERM'));
playground.on('exit', () => stop('SIGTERM'));
