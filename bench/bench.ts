/**
 * `npm run bench [-- --json] [-- --quick]`: in one run, measures
 * - answer latency p50/p95/p99 in process, with the index build time and memory, for this knowledge
 *   base and for generated ones of 1,000, 10,000 and 100,000 entries (and their top-1 on queries
 *   written from their entries: reworded, shortened, mistyped);
 * - HTTP turns per second and p99 through restify + CloudAdapter (autocannon on loopback,
 *   expectReplies), for the bot and for a bare echo bot on the same stack, as a ratio, and for three
 *   yardsticks between them (see HTTP_SERVERS): the echo bot sending the bot's answer, the engine
 *   and replies without conversation state, and the bot with its engine's replies replayed from a
 *   table (what it would reach if matching cost nothing); all warmed up, then measured in rounds,
 *   taking turns; the median round is reported, and each yardstick's median ratio;
 * - one turn's cost in process (CloudAdapter + bot, no HTTP), for the echo bot and for the FAQ bot
 *   by message, to show where the FAQ bot's time goes;
 * - cold start: process start to `GET /healthz` 200, with the compiled code.
 * `--quick` is a small smoke run; `--http-only` skips the generated knowledge bases.
 * The npm script compiles first and runs this from `dist/`: every figure is of the compiled code the
 * server runs.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { generateKnowledge } from '../bench/generateKnowledge.js';
import { startCompiledServer } from '../bench/compiledServer.js';
import { measureTurnCost } from '../bench/turnCost.js';
import { benchActivity } from '../bench/workload.js';
import { percentile } from '../eval/evaluation.js';
import { createFaqEngine } from '../faq/faqEngine.js';
import { loadKnowledge } from '../faq/knowledgeLoader.js';
import { questionsOf } from '../faq/matcher.js';
import type { KnowledgeBase } from '../faq/types.js';
import { knowledgeDir, projectRoot } from '../paths.js';

const quick = process.argv.includes('--quick');
const httpOnly = process.argv.includes('--http-only');
const json = process.argv.includes('--json');
const root = projectRoot();

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
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const engine = createFaqEngine(knowledge);
  const buildMs = performance.now() - started;
  global.gc?.();
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

const startServer = (script: string, args: readonly string[] = []) => startCompiledServer(root, script, args);

/**
 * The HTTP servers, all on the same stack: the FAQ bot, the bare echo bot, and three yardsticks
 * between them, each a step closer to the FAQ bot: the echo bot sending the FAQ bot's answer (the
 * reply's size), the engine with the bot's replies but no conversation state (matching and
 * replying), and the whole bot with its engine's replies replayed from a table (everything but
 * the matching).
 */
const HTTP_SERVERS = [
  { name: 'bot', column: 'FAQ bot', label: 'FAQ bot', script: 'index.js', args: [] },
  { name: 'echo', column: 'echo bot', label: 'echo bot', script: path.join('bench', 'echoServer.js'), args: [] },
  { name: 'answerEcho', column: 'answer echo', label: "echo bot sending the FAQ bot's answer", script: path.join('bench', 'yardstickServer.js'), args: ['answer-echo'] },
  { name: 'stateless', column: 'no state', label: 'engine and replies, no conversation state', script: path.join('bench', 'yardstickServer.js'), args: ['stateless'] },
  { name: 'replayed', column: 'replayed', label: "FAQ bot with its engine's replies replayed (no matching)", script: path.join('bench', 'replayServer.js'), args: [] },
] as const;
type ServerName = (typeof HTTP_SERVERS)[number]['name'];
const COLUMN = 16;

/** One round of the HTTP benchmark: every server's figures, with its ratio to the round's echo bot. */
interface HttpRound {
  byServer: Record<ServerName, Throughput & { ratio: number }>;
  /** The FAQ bot's ratio. */
  ratio: number;
}

interface Throughput {
  turnsPerSecond: number;
  p99Ms: number;
  errors: number;
}

async function throughput(port: number, seconds: number): Promise<Throughput> {
  let sequence = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    connections: 16,
    duration: seconds,
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
  return { turnsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

async function main(): Promise<void> {
  const sizes = quick ? [1000] : [1000, 10_000, 100_000];
  const own = loadKnowledge(knowledgeDir());
  const ownQueries = own.entries.flatMap((e) => questionsOf(e).map((q) => ({ text: q.toLowerCase().replace(/[?]/g, ''), id: e.id })));
  const latency: LatencyRow[] = [measureLatency('ICORN (this knowledge)', own, ownQueries)];
  for (const size of httpOnly ? [] : sizes) {
    const { knowledge, queries } = generateKnowledge(size);
    latency.push(measureLatency(`generated ${size.toLocaleString('en')}`, knowledge, queries));
  }

  const turnCost = await measureTurnCost({ turns: quick ? 3000 : 30_000 });

  // The servers run side by side; after a warm-up each, they are measured in turns, changing
  // which goes first, so that drift of a shared machine (other load, CPU boost) falls on all alike.
  // Between the echo bot and the FAQ bot, yardsticks show what each part of a turn costs (see
  // HTTP_SERVERS).
  const seconds = quick ? 2 : 10;
  const rounds = quick ? 1 : 5;
  const servers = await Promise.all(HTTP_SERVERS.map(async (spec) => ({ ...spec, server: await startServer(spec.script, spec.args) })));
  for (const { server } of servers) await throughput(server.port, quick ? 1 : 3);
  const runs: HttpRound[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const measured = new Map<ServerName, Throughput>();
    for (let k = 0; k < servers.length; k += 1) {
      const { name, server } = servers[(index + k) % servers.length] as (typeof servers)[number];
      measured.set(name, await throughput(server.port, seconds));
    }
    const echoRate = Math.max(1, (measured.get('echo') as Throughput).turnsPerSecond);
    const byServer = Object.fromEntries(
      [...measured].map(([name, figures]) => [name, { ...figures, ratio: round(figures.turnsPerSecond / echoRate, 3) }]),
    ) as HttpRound['byServer'];
    runs.push({ byServer, ratio: byServer.bot.ratio });
  }
  for (const { server } of servers) server.stop();
  // The round with the median ratio stands for the run; every round is printed.
  const median = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)] as HttpRound;
  const faqFigures = median.byServer.bot;
  const echoFigures = median.byServer.echo;
  // Each yardstick's own median ratio to the echo bot of its round.
  const yardsticks = Object.fromEntries(
    HTTP_SERVERS.filter((spec) => spec.name !== 'bot' && spec.name !== 'echo').map((spec) => [
      spec.name,
      percentile(
        runs.map((run) => run.byServer[spec.name].ratio),
        50,
      ),
    ]),
  ) as Record<Exclude<ServerName, 'bot' | 'echo'>, number>;

  const starts: number[] = [];
  for (let i = 0; i < (quick ? 1 : 5); i += 1) {
    const server = await startServer('index.js');
    starts.push(server.startedMs);
    server.stop();
  }

  const report = {
    latency,
    turnCostUs: turnCost,
    http: {
      seconds,
      rounds,
      connections: 16,
      bot: faqFigures,
      echo: echoFigures,
      ratio: median.ratio,
      replayedRatio: yardsticks.replayed,
      yardsticks,
      runs,
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
  console.log(`\nOne turn in process (CloudAdapter + bot, no HTTP), mean over ${turnCost.turns.toLocaleString('en')} turns after as many to warm up`);
  console.log(`  ${'echo bot'.padEnd(52)}${turnCost.echoUs.toFixed(0).padStart(6)} µs`);
  console.log(`  ${'FAQ bot, all messages'.padEnd(52)}${turnCost.faqUs.toFixed(0).padStart(6)} µs`);
  for (const row of turnCost.byMessage) console.log(`    ${JSON.stringify(row.text).padEnd(50)}${row.us.toFixed(0).padStart(6)} µs`);
  console.log(`  ${'FAQ bot, engine replies replayed (no matching)'.padEnd(52)}${turnCost.faqWithoutEngineUs.toFixed(0).padStart(6)} µs`);
  console.log(`\nHTTP through restify + CloudAdapter (${rounds} rounds of ${seconds} s each, the servers in turn; 16 connections, expectReplies)`);
  const header = HTTP_SERVERS.map((spec) => spec.column.padStart(COLUMN)).join('');
  console.log(`  ${'round'.padEnd(7)}${header}   (turns/s, and % of the echo bot)`);
  runs.forEach((run, index) => {
    const cells = HTTP_SERVERS.map((spec) => {
      const figures = run.byServer[spec.name];
      return (spec.name === 'echo' ? `${figures.turnsPerSecond}` : `${figures.turnsPerSecond} ${(figures.ratio * 100).toFixed(1)}%`).padStart(COLUMN);
    });
    console.log(`  ${String(index + 1).padEnd(7)}${cells.join('')}`);
  });
  // A yardstick that fails requests is not measuring a turn: every error of every round is shown.
  const errors = HTTP_SERVERS.map((spec) => [spec.label, runs.reduce((sum, run) => sum + run.byServer[spec.name].errors, 0)] as const).filter(([, count]) => count > 0);
  console.log(`  errors: ${errors.length === 0 ? 'none' : errors.map(([label, count]) => `${label} ${count}`).join(', ')}`);
  console.log(`  median round:`);
  console.log(`  FAQ bot   ${faqFigures.turnsPerSecond} turns/s, p99 ${faqFigures.p99Ms} ms, errors ${faqFigures.errors}`);
  console.log(`  echo bot  ${echoFigures.turnsPerSecond} turns/s, p99 ${echoFigures.p99Ms} ms, errors ${echoFigures.errors}`);
  console.log(`  ratio     ${(report.http.ratio * 100).toFixed(1)}% of the echo bot`);
  console.log(`  yardsticks, median of their rounds' ratios to the echo bot:`);
  for (const spec of HTTP_SERVERS) {
    if (spec.name === 'bot' || spec.name === 'echo') continue;
    console.log(`    ${spec.label.padEnd(64)}${(yardsticks[spec.name] * 100).toFixed(1).padStart(6)}%`);
  }
  console.log(`\nCold start (compiled, process start to /healthz 200): median ${report.coldStartMs.median} ms (${report.coldStartMs.runs.join(', ')} ms)`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
