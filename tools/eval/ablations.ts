/**
 * `npm run eval:ablations`: what each step of the engine buys. Runs `npm run eval -- --json` for
 * the plain fuse.js baseline, the whole engine, and the engine with one step switched off at a
 * time, and prints one table.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { ABLATIONS } from './ablationSwitches.js';

interface Report {
  label: string;
  evaluation: Record<'tuning' | 'heldout' | 'all', { top1: number; answeredRight: number; answeredWrong: number; outOfScopeAnswered: number }>;
  followUps: Record<'tuning' | 'heldout', { questions: number; right: number }>;
  clinc: { all: { falseAnswerRate: number } };
  typo: { all: number };
  latency: { p95: number };
  persona: Record<'tuning' | 'heldout', PersonaFigures>;
}

interface PersonaFigures {
  answerable: { rightFirst: number; rightOrOffered: number };
  nearDomain: { honestWithoutMenu: number; falseFacts: number };
  conversations: { right: number };
  danger: { right: number };
}

const root = projectRoot();
const runs: Array<[string, string[]]> = [
  ['baseline (plain fuse.js)', ['--baseline']],
  ['engine', []],
  ...Object.keys(ABLATIONS).map(
    (name): [string, string[]] => [`engine, ${name}`, ['--ablate', name]],
  ),
];
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(8);
/** A persona figure as "held-out (tuning)". */
const both = (report: Report, pick: (p: PersonaFigures) => number) =>
  `${(pick(report.persona.heldout) * 100).toFixed(0)}% (${(pick(report.persona.tuning) * 100).toFixed(0)}%)`.padStart(16);
console.log(
  `${'run'.padEnd(34)}${'top-1 tun'.padStart(10)}${'top-1 held'.padStart(11)}${'right 1st'.padStart(10)}${'wrong'.padStart(8)}${'OOS ans'.padStart(9)}${'CLINC'.padStart(8)}${'typo'.padStart(8)}${'follow'.padStart(8)}${'p95 µs'.padStart(8)}` +
    `  | own words, held-out (tuning):${'right 1st'.padStart(16)}${'offered'.padStart(16)}${'near honest'.padStart(16)}${'near false'.padStart(16)}${'convers.'.padStart(16)}${'danger'.padStart(16)}`,
);
for (const [label, args] of runs) {
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'tools', 'eval', 'evaluate.ts'), '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(output) as Report;
  const { tuning, heldout, all } = report.evaluation;
  const follow = report.followUps.tuning.right + report.followUps.heldout.right;
  console.log(
    `${label.padEnd(34)}${pct(tuning.top1)}  ${pct(heldout.top1)} ${pct(all.answeredRight)}  ${pct(all.answeredWrong).trim().padStart(6)}${pct(all.outOfScopeAnswered)}${pct(report.clinc.all.falseAnswerRate)}${pct(report.typo.all)}${`${follow}/${report.followUps.tuning.questions + report.followUps.heldout.questions}`.padStart(8)}${String(report.latency.p95).padStart(8)}` +
      `  |${''.padEnd(29)}${both(report, (p) => p.answerable.rightFirst)}${both(report, (p) => p.answerable.rightOrOffered)}${both(report, (p) => p.nearDomain.honestWithoutMenu)}${both(report, (p) => p.nearDomain.falseFacts)}${both(report, (p) => p.conversations.right)}${both(report, (p) => p.danger.right)}`,
  );
}
