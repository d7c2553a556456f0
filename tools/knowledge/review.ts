/**
 * `npm run knowledge:review [-- --json] [-- --limit N]`: the questions people let the bot keep,
 * grouped (similar ones together), most asked first, each with the entries nearest to it and its
 * confidence; the counts of unanswered questions per day and language, "Was this helpful?" per
 * entry, and the picks from "Did you mean".
 *
 * `-- --accept <group> --to <entry-id>` adds a group's questions as alternates of the entry (checked
 * by knowledge:check and the evaluation gate before anything is written); `-- --reject <group>`
 * keeps the group from being suggested again. knowledge/README.md walks an editor through it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import type { KnowledgeBase } from '../../src/faq/types.js';
import { createFeedbackLog, scanFeedback } from '../../src/feedback/feedbackLog.js';
import { projectRoot } from '../../src/paths.js';
import { FeedbackTally, reviewTally, type QuestionGroup, type Review } from './feedbackReview.js';
import { acceptGroup, readRejected, REJECTED_FILE, rejectGroup } from './reviewActions.js';

const USAGE = `Usage:
  npm run knowledge:review                                    the groups of kept questions, and the counts
  npm run knowledge:review -- --limit 50                      show up to 50 groups (default 20)
  npm run knowledge:review -- --accept <group> --to <entry>   add a group's questions as alternates of an entry
  npm run knowledge:review -- --reject <group>                do not suggest a group again
  add --json for output a program reads`;

// Piped into `head` or a pager that quits: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { json: { type: 'boolean' }, limit: { type: 'string' }, accept: { type: 'string' }, to: { type: 'string' }, reject: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
const limit = args.limit === undefined ? 20 : Number(args.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number of groups, like --limit 50\n\n${USAGE}`, 2);
if (args.accept !== undefined && args.reject !== undefined) fail(`Give --accept or --reject, not both.\n\n${USAGE}`, 2);
if (args.accept !== undefined && !args.to) fail(`--accept needs the entry to add the questions to: --accept ${args.accept} --to <entry-id>\n\n${USAGE}`, 2);
if (args.to !== undefined && args.accept === undefined) fail(`--to goes with --accept <group>.\n\n${USAGE}`, 2);

const config = loadConfig();
if (!config.feedbackDir) fail('The feedback log is off (FEEDBACK_DIR=off): there is nothing to review.');
const feedbackDir = path.resolve(config.feedbackDir);
let knowledge: KnowledgeBase;
try {
  knowledge = loadKnowledge(config.knowledgeDir);
} catch (error) {
  fail(`The knowledge folder does not load (npm run knowledge:check tells more):\n${(error as Error).message}`);
}

const log = createFeedbackLog({ dir: feedbackDir, retentionDays: config.feedbackRetentionDays });
await log.prune();
const tally = new FeedbackTally();
const read = await scanFeedback(feedbackDir, (record) => tally.add(record));
const rejected = readRejected(feedbackDir);
const review: Review = { ...reviewTally(tally, knowledge, rejected.keys), read };

const findGroup = (id: string): QuestionGroup =>
  review.groups.find((g) => g.id === id) ??
  fail(`There is no group "${id}" in the review now (a group's id changes when new questions join it). Run npm run knowledge:review to see the groups and their ids.`);

if (args.accept !== undefined) {
  const group = findGroup(args.accept);
  const outcome = await acceptGroup(config.knowledgeDir, group, args.to!, { root: projectRoot(), clincFile: config.clincFile });
  if (args.json) console.log(JSON.stringify({ group: group.id, entry: args.to, ...outcome }, null, 2));
  else console.log(outcome.lines.join('\n'));
  process.exit(outcome.ok ? 0 : 1);
}

if (args.reject !== undefined) {
  const group = findGroup(args.reject);
  try {
    rejectGroup(feedbackDir, group, new Date().toISOString().slice(0, 10));
  } catch (error) {
    fail(`Group ${group.id} could not be rejected: ${(error as Error).message}`);
  }
  if (args.json) console.log(JSON.stringify({ rejected: group.id, questions: group.questions.length, file: path.join(feedbackDir, REJECTED_FILE) }, null, 2));
  else {
    console.log(`Group ${group.id} ("${group.example}", ${group.count} times) is rejected: it is not suggested again.`);
    console.log(`Recorded in ${path.join(feedbackDir, REJECTED_FILE)} (no question text, only a fingerprint of each).`);
  }
  process.exit(0);
}

if (args.json) {
  console.log(JSON.stringify({ ...review, groups: review.groups.slice(0, limit), totalGroups: review.groups.length, rejectedFileProblem: rejected.problem }, null, 2));
  process.exit(0);
}
printReview(review);

/** The review as an editor reads it. */
function printReview(r: Review): void {
  const times = (n: number) => `${n}x`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`Feedback log: ${feedbackDir} (${plural(r.records, 'record')}, kept ${config.feedbackRetentionDays} days)`);
  const skipped = [
    [r.read?.tooLong, 'too long'],
    [r.read?.notJson, 'not JSON'],
    [r.read?.notRecord, 'not a feedback record'],
  ].filter(([n]) => Number(n) > 0);
  if (skipped.length > 0) console.log(`Skipped lines: ${skipped.map(([n, why]) => `${n} ${why}`).join(', ')}.`);
  if (r.read?.unreadable) console.log(`Skipped ${plural(r.read.unreadable, 'file')} that could not be read.`);
  if (r.notGrouped > 0) console.log(`${plural(r.notGrouped, 'question')} past the first ${tally.questions.size} different ones were counted but not grouped.`);
  if (rejected.problem) console.log(`Warning: ${rejected.problem}.`);
  console.log('');

  if (r.groups.length === 0) console.log('No questions to review.');
  else console.log('Questions people let the bot keep, similar ones together, most asked first:');
  for (const group of r.groups.slice(0, limit)) {
    const nearest = group.nearest.map((n) => `${n.id} ${n.confidence.toFixed(2)}`).join(', ') || 'nothing near';
    const reasons = [
      group.reasons.fallback && `no answer ${group.reasons.fallback}`,
      group.reasons.noneOfThese && `"None of these" ${group.reasons.noneOfThese}`,
      group.reasons.pick && `picked from "Did you mean" ${group.reasons.pick}`,
    ].filter(Boolean);
    const when = group.firstDay === group.lastDay ? group.lastDay : `${group.firstDay} to ${group.lastDay}`;
    console.log('');
    console.log(`  ${times(group.count).padStart(4)}  "${group.example}"  (group ${group.id})`);
    console.log(`        nearest: ${nearest}`);
    for (const other of group.questions.slice(1)) console.log(`        also asked: "${other.text}" (${times(other.count)})`);
    console.log(`        ${languageName(group.language)}; ${reasons.join(', ')}; ${plural(group.days, 'day')}, ${when}`);
    if (group.picked.length > 0) console.log(`        people chose: ${group.picked.map((p) => `${p.id} ${times(p.count)}`).join(', ')}`);
    const suggested = group.picked[0]?.id ?? group.nearest[0]?.id ?? '<entry-id>';
    console.log(`        add it:  npm run knowledge:review -- --accept ${group.id} --to ${suggested}`);
    console.log(`        drop it: npm run knowledge:review -- --reject ${group.id}`);
  }
  if (r.groups.length > limit) console.log(`\n${plural(r.groups.length - limit, 'more group')}: --limit ${r.groups.length} shows them all.`);
  const hidden = [r.alreadyInKnowledge && `${plural(r.alreadyInKnowledge, 'question')} the knowledge already has`, r.rejected && `${plural(r.rejected, 'question')} of rejected groups`].filter(Boolean);
  if (hidden.length > 0) console.log(`\nNot shown: ${hidden.join(', ')}.`);

  if (r.unanswered.length > 0) {
    console.log('\nUnanswered, per day and language (no answer / "None of these"):');
    for (const day of r.unanswered) console.log(`  ${day.day}  ${day.language.padEnd(3)} ${String(day.fallback).padStart(4)} / ${day.noneOfThese}`);
  }
  if (r.feedback.length > 0) {
    console.log('\nWas this helpful? (per entry, least helpful first)');
    for (const f of r.feedback) console.log(`  ${f.id.padEnd(28)} helpful ${f.helpful}, not helpful ${f.notHelpful}`);
  }
  if (r.picks.length > 0) {
    console.log('\n"Did you mean" picks (the entry offered first -> the one people chose):');
    for (const p of r.picks) console.log(`  ${p.offeredFirst} -> ${p.picked}  ${times(p.count)}`);
  }
  console.log('\nFor each group: add it to the entry that answers it (--accept), or drop it (--reject); write a new entry when ICORN has an answer to give (knowledge/README.md).');
}

function languageName(code: string): string {
  if (code === 'other') return 'a language the bot does not answer in';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
