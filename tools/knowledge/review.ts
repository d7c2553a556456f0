/**
 * `npm run knowledge:review [-- --json] [-- --limit N]`: the questions users asked that the bot could
 * not answer, most frequent first, with the nearest entries and their confidence; and what users
 * said of each answer ("Was this helpful?").
 */
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { createMatcher } from '../../src/faq/matcher.js';
import { createFeedbackLog } from '../../src/feedback/feedbackLog.js';
import { reviewFeedback } from './feedbackReview.js';

const config = loadConfig();
if (!config.feedbackDir) {
  console.error('The feedback log is off (FEEDBACK_DIR=off): there is nothing to review.');
  process.exit(1);
}
const limitIndex = process.argv.indexOf('--limit');
const limit = limitIndex >= 0 ? Number(process.argv[limitIndex + 1]) : 20;
const log = createFeedbackLog({ dir: path.resolve(config.feedbackDir), retentionDays: config.feedbackRetentionDays });
const matcher = createMatcher(loadKnowledge(config.knowledgeDir));

await log.prune();
const review = reviewFeedback(await log.read(), matcher, limit);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(review, null, 2));
} else {
  console.log(`Feedback log: ${log.dir} (${review.records} records, kept ${config.feedbackRetentionDays} days)\n`);
  console.log(review.unanswered.length > 0 ? 'Questions the bot could not answer, most frequent first:' : 'No unanswered questions recorded.');
  for (const q of review.unanswered) {
    const nearest = q.nearest.map((n) => `${n.id} ${n.confidence.toFixed(2)}`).join(', ') || 'nothing near';
    console.log(`  ${String(q.count).padStart(4)}x  "${q.question}"  (fallback ${q.fallbacks}, none of these ${q.noneOfThese}, last ${q.lastDay})`);
    console.log(`         nearest: ${nearest}`);
  }
  if (review.feedback.length > 0) {
    console.log('\nWas this helpful? (per entry, least helpful first)');
    for (const f of review.feedback) console.log(`  ${f.id.padEnd(28)} helpful ${f.helpful}, not helpful ${f.notHelpful}`);
  }
  console.log('\nTo fix one: add the question as an alternate of the right entry, or write a new entry (knowledge/README.md).');
}
