/**
 * `npm run bench [-- --json] [-- --quick] [-- --http-only]`: in one run, reports
 * - answer latency p50/p95/p99 in process (`engine.ask`), with the index build time and heap, for
 *   this knowledge base and for generated ones of 1,000, 10,000 and 100,000 entries (and their
 *   top-1 on queries written from their entries: reworded, shortened, mistyped);
 * - HTTP turns per second and p99 at full load (autocannon on loopback, 16 connections,
 *   expectReplies) for the bot as `npm start` runs it and for a bare echo bot on the same stack,
 *   and their ratio: both warmed up, then measured in rounds, taking turns; the median round is
 *   reported;
 * - HTTP latency p50/p99/max and errors at 200 turns/s for the bot, sent by autocannon
 *   (`overallRate`: a burst each second) and evenly spaced (a turn every 5 ms), and whether each
 *   p99 is at or under 20 ms;
 * - cold start of the production start: process start to `GET /healthz` 200.
 * All of it is information; the one check, p99 at 200 turns/s, is printed with the figures.
 * `--quick` is a short smoke run; `--http-only` skips the generated knowledge bases.
 * The npm script builds `dist/` first; this runs with tsx, the servers in their own processes.
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { generateKnowledge } from './generateKnowledge.js';
import { PRODUCTION_BOT, startServer, tsxScript } from './serverProcess.js';
import { BENCH_CONVERSATIONS, benchActivity } from './workload.js';
import { percentile } from '../tools/eval/evaluation.js';
import { loadConfig } from '../src/config.js';
import { createFaqEngine } from '../src/faq/faqEngine.js';
import { loadKnowledge } from '../src/faq/knowledgeLoader.js';
import { questionsOf } from '../src/faq/matcher.js';
import type { KnowledgeBase } from '../src/faq/types.js';
import { projectRoot } from '../src/paths.js';

const quick = process.argv.includes('--quick');
const httpOnly = process.argv.includes('--http-only');
const json = process.argv.includes('--json');
const root = projectRoot();

/** The steady rate of the latency check, and the p99 it must stay at or under. */
const STEADY_RATE = 200;
const STEADY_P99_MS = 20;
const CONNECTIONS = 16;

// The heap figures need a collection before each reading: the npm script starts node with --expose-gc.
function gc(): void {
  if (!global.gc) throw new Error('run with node --expose-gc (npm run bench does)');
  global.gc();
}

interface LatencyRow {
  knowledge: string;
  entries: number;
  buildMs: number;
  heapMiB: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  queries: number;
  top1?: number;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function measureLatency(name: string, knowledge: KnowledgeBase, queries: Array<{ text: string; id?: string }>): LatencyRow {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const engine = createFaqEngine(knowledge);
  const buildMs = performance.now() - started;
  gc();
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  // Warm-up on other text, so the JIT has compiled the engine and no query is answered from a cache.
  for (let i = 0; i < 200; i += 1) engine.ask(`warm up question number ${i} about the network`);
  const times: number[] = [];
  let right = 0;
  let scored = 0;
  for (const query of queries) {
    const t = performance.now();
    const reply = engine.ask(query.text);
    times.push(performance.now() - t);
    if (query.id) {
      scored += 1;
      if (reply.kind !== 'empty' && reply.kind !== 'smallTalk' && reply.match.candidates[0]?.entry.id === query.id) right += 1;
    }
  }
  return {
    knowledge: name,
    entries: knowledge.entries.length,
    buildMs: round(buildMs, 0),
    heapMiB: round(heapMiB, 1),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    queries: times.length,
    ...(scored > 0 ? { top1: round(right / scored, 4) } : {}),
  };
}

/** What one autocannon run measured. */
interface HttpFigures {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
}

/**
 * Drives `POST /api/messages` with autocannon for `seconds`: as fast as the server answers, or at
 * `rate` turns a second (`overallRate`). At a rate, each connection sends its share of a second's
 * turns back to back as the second starts, so the server gets a burst every second, not a steady
 * flow; autocannon's coordinated-omission correction is off: it takes 1 ms for the interval
 * between requests and would add made-up samples (and the rate is met, nothing is omitted).
 */
async function drive(port: number, seconds: number, rate?: number): Promise<HttpFigures> {
  let sequence = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate, ignoreCoordinatedOmission: true } : {}),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          return { ...request, body: JSON.stringify(benchActivity(sequence)) };
        },
      },
    ],
  });
  return {
    turnsPerSecond: Math.round(result.requests.total / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Sends one turn every `1000 / rate` ms for `seconds`, over at most CONNECTIONS keep-alive
 * connections, and times each from when it was due (a turn late to leave counts its wait).
 */
async function paced(port: number, seconds: number, rate: number): Promise<HttpFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const times: number[] = [];
  let errors = 0;
  const turns: Array<Promise<void>> = [];
  const start = performance.now();
  for (let sequence = 1; sequence <= rate * seconds; sequence += 1) {
    const due = start + (sequence * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // A timer may fire up to a millisecond early: then the turn is timed from when it left.
    const from = Math.min(due, performance.now());
    const body = JSON.stringify(benchActivity(sequence));
    turns.push(
      new Promise<void>((resolve) => {
        const request = http.request(
          { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on('end', () => {
              if (response.statusCode === 200) times.push(performance.now() - from);
              else errors += 1;
              resolve();
            });
          },
        );
        request.on('error', () => {
          errors += 1;
          resolve();
        });
        request.end(body);
      }),
    );
  }
  await Promise.all(turns);
  agent.destroy();
  return {
    turnsPerSecond: Math.round(turns.length / ((performance.now() - start) / 1000)),
    p50Ms: round(percentile(times, 50), 1),
    p99Ms: round(percentile(times, 99), 1),
    maxMs: round(Math.max(...times), 1),
    errors,
  };
}

async function main(): Promise<void> {
  const sizes = quick ? [1000] : [1000, 10_000, 100_000];
  const own = loadKnowledge(loadConfig().knowledgeDir);
  const ownQueries = own.entries.flatMap((e) => questionsOf(e).map((q) => ({ text: q.toLowerCase().replace(/[?]/g, ''), id: e.id })));
  const latency: LatencyRow[] = [measureLatency('ICORN (this knowledge)', own, ownQueries)];
  for (const size of httpOnly ? [] : sizes) {
    const { knowledge, queries } = generateKnowledge(size);
    latency.push(measureLatency(`generated ${size.toLocaleString('en')}`, knowledge, queries));
  }

  // Full load: the bot and the echo bot run side by side; after a warm-up each, they are measured
  // in rounds, changing which goes first, so that drift of a shared machine falls on both alike.
  const seconds = quick ? 2 : 10;
  const rounds = quick ? 1 : 5;
  const bot = await startServer(root, PRODUCTION_BOT);
  const echo = await startServer(root, tsxScript('bench/echoServer.ts'));
  for (const server of [bot, echo]) await drive(server.port, quick ? 1 : 3);
  const runs: Array<{ bot: HttpFigures; echo: HttpFigures; ratio: number }> = [];
  for (let index = 0; index < rounds; index += 1) {
    const first = index % 2 === 0 ? bot : echo;
    const firstFigures = await drive(first.port, seconds);
    const secondFigures = await drive((first === bot ? echo : bot).port, seconds);
    const [botFigures, echoFigures] = first === bot ? [firstFigures, secondFigures] : [secondFigures, firstFigures];
    runs.push({ bot: botFigures, echo: echoFigures, ratio: round(botFigures.turnsPerSecond / Math.max(1, echoFigures.turnsPerSecond)) });
  }
  await echo.stop();
  // The round with the median ratio stands for the run; every round is printed.
  const median = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)]!;

  // A steady rate, on the bot warmed up by the rounds above: with autocannon, and evenly spaced.
  const steadySeconds = quick ? 5 : 30;
  const steadyAutocannon = await drive(bot.port, steadySeconds, STEADY_RATE);
  const steadyPaced = await paced(bot.port, steadySeconds, STEADY_RATE);
  await bot.stop();

  const starts: number[] = [];
  for (let i = 0; i < (quick ? 1 : 5); i += 1) {
    const server = await startServer(root, PRODUCTION_BOT);
    starts.push(server.startedMs);
    await server.stop();
  }

  const report = {
    latency,
    http: { seconds, rounds, connections: CONNECTIONS, bot: median.bot, echo: median.echo, ratio: median.ratio, runs },
    steady: {
      rate: STEADY_RATE,
      seconds: steadySeconds,
      connections: CONNECTIONS,
      p99LimitMs: STEADY_P99_MS,
      autocannon: { ...steadyAutocannon, p99WithinLimit: steadyAutocannon.p99Ms <= STEADY_P99_MS },
      evenlySpaced: { ...steadyPaced, p99WithinLimit: steadyPaced.p99Ms <= STEADY_P99_MS },
    },
    coldStartMs: { median: round(percentile(starts, 50), 0), runs: starts.map((s) => round(s, 0)) },
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log('\nAnswer latency in process (engine.ask), after a warm-up');
  console.log(`  ${'knowledge'.padEnd(24)}${'entries'.padStart(9)}${'build ms'.padStart(10)}${'heap MiB'.padStart(10)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'top-1'.padStart(8)}`);
  for (const row of latency) {
    console.log(
      `  ${row.knowledge.padEnd(24)}${String(row.entries).padStart(9)}${String(row.buildMs).padStart(10)}${String(row.heapMiB).padStart(10)}${row.p50Ms.toFixed(3).padStart(9)}${row.p95Ms.toFixed(3).padStart(9)}${row.p99Ms.toFixed(3).padStart(9)}${(row.top1 === undefined ? '' : `${(row.top1 * 100).toFixed(1)}%`).padStart(8)}`,
    );
  }
  console.log(`\nHTTP at full load (${rounds} round${rounds === 1 ? '' : 's'} of ${seconds} s each, the servers taking turns; ${CONNECTIONS} connections, expectReplies)`);
  console.log(`  ${'round'.padEnd(7)}${'bot turns/s'.padStart(13)}${'p99 ms'.padStart(8)}${'echo turns/s'.padStart(14)}${'p99 ms'.padStart(8)}${'ratio'.padStart(8)}${'errors'.padStart(8)}`);
  runs.forEach((run, index) => {
    console.log(
      `  ${String(index + 1).padEnd(7)}${String(run.bot.turnsPerSecond).padStart(13)}${String(run.bot.p99Ms).padStart(8)}${String(run.echo.turnsPerSecond).padStart(14)}${String(run.echo.p99Ms).padStart(8)}${`${(run.ratio * 100).toFixed(1)}%`.padStart(8)}${String(run.bot.errors + run.echo.errors).padStart(8)}`,
    );
  });
  console.log(`  median round: bot ${median.bot.turnsPerSecond} turns/s (p99 ${median.bot.p99Ms} ms), echo bot ${median.echo.turnsPerSecond} turns/s (p99 ${median.echo.p99Ms} ms): ${(median.ratio * 100).toFixed(1)}% of the echo bot`);
  console.log(`\nHTTP at ${STEADY_RATE} turns/s, the bot (${steadySeconds} s each, ${CONNECTIONS} connections, ${BENCH_CONVERSATIONS} conversations)`);
  console.log(`  ${''.padEnd(44)}${'turns/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'errors'.padStart(8)}   p99 <= ${STEADY_P99_MS} ms`);
  for (const [label, figures] of [
    ['autocannon overallRate (a burst each second)', report.steady.autocannon],
    [`evenly spaced (one turn every ${1000 / STEADY_RATE} ms)`, report.steady.evenlySpaced],
  ] as const) {
    console.log(
      `  ${label.padEnd(44)}${String(figures.turnsPerSecond).padStart(8)}${String(figures.p50Ms).padStart(8)}${String(figures.p99Ms).padStart(8)}${String(figures.maxMs).padStart(8)}${String(figures.errors).padStart(8)}   ${figures.p99WithinLimit ? 'yes' : 'NO'}`,
    );
  }
  console.log(`\nCold start (node dist/src/index.js to /healthz 200): median ${report.coldStartMs.median} ms (${report.coldStartMs.runs.join(', ')} ms)`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
