/**
 * `npm run load [-- --duration 60 --connections 32 --conversations 2000 --auth --slow-bodies 300 --json]`:
 * the npm script builds the bot; this starts it as `npm start` does (`node dist/src/index.js`, in
 * its own process, on loopback) and drives many conversations at once with autocannon for a fixed
 * time. Prints requests per second, p50/p95/p99 latency, errors, and the bot's memory before and
 * after (from /healthz).
 *
 * `--auth` runs the bot with an app id, against a local stand-in for Bot Framework's OpenID keys
 * (`test/hardening/openIdServer.ts`), every load request carrying a signed token, as in production.
 * `--slow-bodies N` (implies `--auth`) runs the slow-body attack of issue 20 alongside: N clients
 * without a token each send the headers and the start of a body and then nothing, and start again
 * a second after their connection is closed.
 */
import { connect } from 'node:net';
import autocannon from 'autocannon';
import { appIdSettings, signToken, startOpenIdServer, type OpenIdServer } from '../test/hardening/openIdServer.js';
import { PRODUCTION_BOT, startServer } from './serverProcess.js';
import { messageActivity } from './workload.js';
import { projectRoot } from '../src/paths.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const duration = option('duration', 60);
const connections = option('connections', 32);
const conversations = option('conversations', 2000);
const json = process.argv.includes('--json');
const slowBodies = process.argv.includes('--slow-bodies') ? option('slow-bodies', 300) : 0;
const auth = slowBodies > 0 || process.argv.includes('--auth');
const APP_ID = '00000000-0000-4000-8000-00000000b07e';
const root = projectRoot();

/** Questions users ask, in their words: answers, did-you-means, fallbacks and small talk. */
const QUESTIONS = [
  'What is ICORN?',
  'How can my city join?',
  'who can get a residency',
  'whats the emial',
  'phone',
  'I am a journalist at risk, can ICORN help me?',
  'what is the weather like',
  'network',
  'thanks',
  'what are the key projects',
];

async function main(): Promise<void> {
  const openId: OpenIdServer | undefined = auth ? await startOpenIdServer() : undefined;
  const server = await startServer(
    root,
    PRODUCTION_BOT,
    openId
      ? {
          HOST: '127.0.0.1',
          ...appIdSettings(openId, APP_ID),
        }
      : {},
  );
  const port = server.port;
  const base = `http://127.0.0.1:${port}`;
  // One token for the whole run (valid for an hour), as a channel reuses its token.
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (openId) {
    const now = Math.floor(Date.now() / 1000);
    const token = signToken(openId.privateKey, openId.keyId, { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600 });
    headers['authorization'] = `Bearer ${token}`;
  }
  const memory = async () => ((await (await fetch(`${base}/healthz`)).json()) as { memory: { rssBytes: number; heapUsedBytes: number } }).memory;
  // Warm up the JIT before measuring memory.
  for (const text of QUESTIONS) {
    const warm = await fetch(`${base}/api/messages`, { method: 'POST', headers, body: body(text, 'warm-up') });
    if (warm.status !== 200) throw new Error(`the warm-up turn got ${warm.status}`);
  }
  const before = await memory();
  const attack = slowBodies > 0 ? slowBodyAttack(port, slowBodies) : undefined;
  if (attack) await new Promise((resolve) => setTimeout(resolve, 1000));

  let sequence = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}/api/messages`,
        method: 'POST',
        connections,
        duration,
        headers,
        requests: [
          {
            setupRequest: (request) => {
              sequence += 1;
              return { ...request, body: body(QUESTIONS[sequence % QUESTIONS.length]!, `load-${sequence % conversations}`) };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const attacked = attack?.stop();
  // Right after the run the heap still holds garbage not yet collected: take the lowest of a few
  // readings over two seconds. V8 may still not have collected its old generation by then, so
  // "after" is an upper bound of what the bot keeps, not the amount.
  let after = await memory();
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const reading = await memory();
    if (reading.heapUsedBytes < after.heapUsedBytes) after = reading;
  }
  await server.stop();
  await openId?.close();

  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  const figures = {
    durationSeconds: duration,
    connections,
    conversations,
    authenticated: auth,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: percentile(50), p95: percentile(95), p99: percentile(99), max: result.latency.max },
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    ...(attacked ? { slowBodyAttack: attacked } : {}),
    memoryMiB: {
      rssBefore: mib(before.rssBytes),
      rssAfter: mib(after.rssBytes),
      heapBefore: mib(before.heapUsedBytes),
      heapAfter: mib(after.heapUsedBytes),
    },
  };
  if (json) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`\nLoad: ${duration} s, ${connections} connections, ${conversations} conversations, POST /api/messages (expectReplies${auth ? ', with a token' : ''})`);
    console.log(`  requests      ${figures.requests} (${figures.requestsPerSecond}/s)`);
    console.log(`  latency       p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms`);
    console.log(`  errors        ${figures.errors} (non-2xx ${figures.non2xx}, timeouts ${result.timeouts}, socket errors ${result.errors})`);
    if (attacked) {
      const answers = Object.entries(attacked.answers).map(([status, count]) => `${count} x ${status}`).join(', ');
      console.log(`  attack        ${slowBodies} slow bodies at a time, ${attacked.attempts} in all: ${answers || 'none answered'}`);
    }
    console.log(`  memory (RSS)  ${figures.memoryMiB.rssBefore} MiB before, ${figures.memoryMiB.rssAfter} MiB after; heap ${figures.memoryMiB.heapBefore} -> ${figures.memoryMiB.heapAfter} MiB`);
  }
  if (figures.errors > 0) process.exitCode = 1;
}

/** The load's service URL, which its token names. */
const SERVICE_URL = 'http://127.0.0.1:9/';

/**
 * The slow-body attack: `count` clients, each sending the headers of a `POST /api/messages` with
 * no token and the first bytes of a 1,000-byte body, then nothing; a second after the server closes
 * its connection, it starts again. Counts the answers by status line.
 */
function slowBodyAttack(port: number, count: number): { stop(): { attempts: number; answers: Record<string, number> } } {
  let running = true;
  let attempts = 0;
  const answers: Record<string, number> = {};
  const sockets = new Set<ReturnType<typeof connect>>();
  const start = () => {
    if (!running) return;
    attempts += 1;
    let received = '';
    const socket = connect(port, '127.0.0.1', () =>
      socket.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":'),
    );
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      if (!running) return;
      const status = received.split('\r\n')[0] || 'closed without an answer';
      answers[status] = (answers[status] ?? 0) + 1;
      setTimeout(start, 1000).unref();
    });
  };
  for (let i = 0; i < count; i += 1) start();
  return {
    stop() {
      running = false;
      for (const socket of sockets) socket.destroy();
      return { attempts, answers };
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function body(text: string, conversationId: string): string {
  return JSON.stringify(messageActivity(text, conversationId, `user-${conversationId}`));
}

function mib(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(`load failed: ${(error as Error).message}`, (error as Error).cause ?? "");
  process.exit(1);
});
