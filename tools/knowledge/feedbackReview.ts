import type { Matcher } from '../../src/faq/matcher.js';
import type { FeedbackRecord } from '../../src/feedback/feedbackLog.js';

/** An unanswered question as editors see it: how often, and what it is nearest to now. */
export interface UnansweredQuestion {
  question: string;
  count: number;
  fallbacks: number;
  noneOfThese: number;
  lastDay: string;
  nearest: Array<{ id: string; confidence: number }>;
}

/** What users said of an entry's answer. */
export interface EntryFeedback {
  id: string;
  helpful: number;
  notHelpful: number;
}

/** The review: the most frequent unanswered questions, and feedback per entry. */
export interface Review {
  records: number;
  unanswered: UnansweredQuestion[];
  feedback: EntryFeedback[];
}

/**
 * Groups the unanswered questions (fallbacks and "None of these") by what they say, most frequent
 * first, with the entries nearest to each in the current knowledge, so an editor can add the
 * question to an entry or write a new one.
 */
export function reviewFeedback(records: FeedbackRecord[], matcher: Matcher, limit = 20): Review {
  const groups = new Map<string, UnansweredQuestion>();
  for (const record of records) {
    // A kept question (`question`, after the user's yes), or a fallback with its text from an older log.
    const reason = record.kind === 'question' ? record.reason : record.kind;
    if ((reason !== 'fallback' && reason !== 'noneOfThese') || !record.query) continue;
    const key = matcher.normalizer.words(record.query).join(' ') || record.query.toLowerCase();
    const group = groups.get(key) ?? { question: record.query, count: 0, fallbacks: 0, noneOfThese: 0, lastDay: record.day, nearest: [] };
    group.count += 1;
    if (reason === 'fallback') group.fallbacks += 1;
    else group.noneOfThese += 1;
    if (record.day >= group.lastDay) {
      group.lastDay = record.day;
      group.question = record.query;
    }
    groups.set(key, group);
  }
  const unanswered = [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastDay.localeCompare(a.lastDay))
    .slice(0, limit)
    .map((group) => ({
      ...group,
      nearest: matcher.match(group.question, 3).candidates.map((c) => ({ id: c.entry.id, confidence: c.confidence })),
    }));

  const perEntry = new Map<string, EntryFeedback>();
  for (const record of records) {
    if ((record.kind !== 'helpful' && record.kind !== 'notHelpful') || !record.entryId) continue;
    const entry = perEntry.get(record.entryId) ?? { id: record.entryId, helpful: 0, notHelpful: 0 };
    if (record.kind === 'helpful') entry.helpful += 1;
    else entry.notHelpful += 1;
    perEntry.set(record.entryId, entry);
  }
  const feedback = [...perEntry.values()].sort((a, b) => b.notHelpful - a.notHelpful || a.id.localeCompare(b.id));
  return { records: records.length, unanswered, feedback };
}
