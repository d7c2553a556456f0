import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { FEEDBACK_READ_LIMITS, MAX_FEEDBACK_QUERY_LENGTH } from '../limits.js';

/**
 * What editors learn from: questions the bot could not answer, and what users thought of answers.
 * `question` is a kept question (text, only after the user agreed); the others are counts (no text,
 * except in logs written before consent was asked, where `fallback` and `noneOfThese` have a query).
 */
export type FeedbackKind = 'fallback' | 'noneOfThese' | 'helpful' | 'notHelpful' | 'pick' | 'question';

/**
 * One record. Users of this bot may be at risk: a record holds no user, conversation or tenant id,
 * only the day (no time), and the question with e-mail addresses and phone numbers removed.
 */
export interface FeedbackRecord {
  day: string;
  kind: FeedbackKind;
  /** The question, redacted; absent for helpful / not helpful. */
  query?: string;
  /** Of a kept question: what happened to it (no answer, "None of these", or an entry picked from "Did you mean"). */
  reason?: 'fallback' | 'noneOfThese' | 'pick';
  /** The language the question was read in (ISO 639-1). */
  language?: string;
  /** The entries a "Did you mean" offered (a pick's count record). */
  offered?: string[];
  /** The entry the feedback is about, or the one answered. */
  entryId?: string;
  /** The nearest entries when the record was made. */
  candidates?: Array<{ id: string; confidence: number }>;
  knowledgeVersion: string;
}

/** Where records go, and how long they stay. */
export interface FeedbackLogOptions {
  dir: string;
  retentionDays: number;
  now?: () => Date;
}

/** Records feedback on local disk, one JSON Lines file a day, and deletes days past the retention. */
export interface FeedbackLog {
  record(record: Omit<FeedbackRecord, 'day'>): Promise<void>;
  read(): Promise<FeedbackRecord[]>;
  /** Deletes the files of days older than the retention; returns how many. */
  prune(): Promise<number>;
  readonly dir: string;
}


/** Removes e-mail addresses, phone numbers and other long numbers (ids, passport numbers) from text. */
export function redact(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]')
    .replace(/[+(]?\d[\d\s().\/-]{5,}\d/g, (match) => (match.replace(/\D/g, '').length >= 6 ? '[number]' : match))
    .slice(0, MAX_FEEDBACK_QUERY_LENGTH);
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What reading the log skipped: never fatal, always counted. */
export interface FeedbackReadStats {
  files: number;
  records: number;
  /** Lines over `FEEDBACK_READ_LIMITS.maxLineBytes`, skipped without being read into memory. */
  tooLong: number;
  /** Lines that are not JSON (a line cut short by a crash). */
  notJson: number;
  /** JSON lines that are not a record (no day or kind, wrong types). */
  notRecord: number;
  /** Files that could not be read. */
  unreadable: number;
}

/** The day files of the log in a folder, oldest first (none when the folder does not exist). */
async function logFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => /^feedback-.*\.jsonl$/.test(n)).sort();
  } catch {
    return [];
  }
}

/** An entry id as a record may hold one (the knowledge's ids are narrower still). */
const ENTRY_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A parsed line that looks like a record: the fields a reader relies on have their types and shapes
 * (a forged file may hold anything: a language of "__proto__", an id with terminal escapes).
 */
function isRecord(value: unknown): value is FeedbackRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  const optional = (key: string, shape: RegExp) => r[key] === undefined || (typeof r[key] === 'string' && shape.test(r[key]));
  return (
    typeof r['day'] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(r['day']) &&
    typeof r['kind'] === 'string' &&
    (r['query'] === undefined || typeof r['query'] === 'string') &&
    optional('entryId', ENTRY_ID) &&
    optional('language', /^(?:[a-z]{2,3}|other)$/) &&
    optional('reason', /^[A-Za-z]{1,20}$/) &&
    (r['knowledgeVersion'] === undefined || typeof r['knowledgeVersion'] === 'string') &&
    (r['candidates'] === undefined || Array.isArray(r['candidates'])) &&
    (r['offered'] === undefined || (Array.isArray(r['offered']) && r['offered'].every((id) => typeof id === 'string' && ENTRY_ID.test(id))))
  );
}

/**
 * Reads every record of the log in a folder, line by line from a byte stream, and hands each to
 * `visit`. Nothing in the files is fatal: a line longer than `maxLineBytes` is skipped without being
 * held in memory (a forged 300 MB file once made the review die with "Invalid string length"), a line
 * that is not JSON or not a record is skipped, an unreadable file is passed over; each is counted.
 */
export async function scanFeedback(
  dir: string,
  visit: (record: FeedbackRecord) => void,
  maxLineBytes: number = FEEDBACK_READ_LIMITS.maxLineBytes,
): Promise<FeedbackReadStats> {
  const stats: FeedbackReadStats = { files: 0, records: 0, tooLong: 0, notJson: 0, notRecord: 0, unreadable: 0 };
  const handle = (line: string) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      stats.notJson += 1;
      return;
    }
    if (!isRecord(value)) {
      stats.notRecord += 1;
      return;
    }
    stats.records += 1;
    visit(value);
  };
  for (const name of await logFiles(dir)) {
    let parts: Buffer[] = [];
    let size = 0;
    let skipping = false;
    const endLine = () => {
      if (skipping) stats.tooLong += 1;
      else if (size > 0) handle(Buffer.concat(parts, size).toString('utf8'));
      [parts, size, skipping] = [[], 0, false];
    };
    try {
      for await (const chunk of createReadStream(path.join(dir, name), { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
        let start = 0;
        while (start < chunk.length) {
          const newline = chunk.indexOf(10, start);
          const end = newline === -1 ? chunk.length : newline;
          if (!skipping && size + (end - start) > maxLineBytes) [parts, size, skipping] = [[], 0, true];
          if (!skipping && end > start) {
            parts.push(chunk.subarray(start, end));
            size += end - start;
          }
          if (newline === -1) break;
          endLine();
          start = newline + 1;
        }
      }
      endLine();
      stats.files += 1;
    } catch {
      stats.unreadable += 1;
    }
  }
  return stats;
}

/** The feedback log in a folder. */
export function createFeedbackLog(options: FeedbackLogOptions): FeedbackLog {
  const now = options.now ?? (() => new Date());
  let ready: Promise<unknown> | undefined;
  let prunedDay = '';
  const fileOf = (day: string) => path.join(options.dir, `feedback-${day}.jsonl`);

  async function prune(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(options.dir);
    } catch {
      return 0;
    }
    const oldest = dayOf(new Date(now().getTime() - options.retentionDays * 86_400_000));
    let removed = 0;
    for (const name of names) {
      const day = /^feedback-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name)?.[1];
      if (day && day < oldest) {
        await rm(path.join(options.dir, name), { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  return {
    dir: options.dir,
    async record(record) {
      ready ??= mkdir(options.dir, { recursive: true, mode: 0o700 });
      await ready;
      const day = dayOf(now());
      if (day !== prunedDay) {
        prunedDay = day;
        await prune();
      }
      const clean: FeedbackRecord = { day, ...record, ...(record.query !== undefined ? { query: redact(record.query) } : {}) };
      await appendFile(fileOf(day), `${JSON.stringify(clean)}\n`, { mode: 0o600 });
    },
    async read() {
      // A line cut short by a crash, or anything else that is not a record, is skipped, not fatal.
      const records: FeedbackRecord[] = [];
      await scanFeedback(options.dir, (record) => records.push(record));
      return records;
    },
    prune,
  };
}
