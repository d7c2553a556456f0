/**
 * `npm run load [-- --duration 60 --connections 32 --conversations 2000 --json]`: the npm script
 * builds the bot; this starts it as `npm start` does (`node dist/src/index.js`, in its own process,
 * on loopback) and drives many conversations at once with autocannon for a fixed time. Prints
 * requests per second, p50/p99 latency, errors, and the bot's memory before and after (from
 * /healthz).
 */
import autocannon from 'autocannon';
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
  const server = await startServer(root, PRODUCTION_BOT);
  const port = server.port;
  const base = `http://127.0.0.1:${port}`;
  const memory = async () => ((await (await fetch(`${base}/healthz`)).json()) as { memory: { rssBytes: number; heapUsedBytes: number } }).memory;
  // Warm up the JIT before measuring memory.
  for (const text of QUESTIONS) {
    await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(text, 'warm-up') });
  }
  const before = await memory();

  let sequence = 0;
  const result = await autocannon({
    url: `${base}/api/messages`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          return { ...request, body: body(QUESTIONS[sequence % QUESTIONS.length]!, `load-${sequence % conversations}`) };
        },
      },
    ],
  });
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

  const figures = {
    durationSeconds: duration,
    connections,
    conversations,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
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
    console.log(`\nLoad: ${duration} s, ${connections} connections, ${conversations} conversations, POST /api/messages (expectReplies)`);
    console.log(`  requests      ${figures.requests} (${figures.requestsPerSecond}/s)`);
    console.log(`  latency       p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms`);
    console.log(`  errors        ${figures.errors} (non-2xx ${figures.non2xx}, timeouts ${result.timeouts}, socket errors ${result.errors})`);
    console.log(`  memory (RSS)  ${figures.memoryMiB.rssBefore} MiB before, ${figures.memoryMiB.rssAfter} MiB after; heap ${figures.memoryMiB.heapBefore} -> ${figures.memoryMiB.heapAfter} MiB`);
  }
  if (figures.errors > 0) process.exitCode = 1;
}

function body(text: string, conversationId: string): string {
  return JSON.stringify(messageActivity(text, conversationId, `user-${conversationId}`));
}

function mib(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(`load failed: ${(error as Error).message}`);
  process.exit(1);
});
