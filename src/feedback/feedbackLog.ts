import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { FEEDBACK_READ_LIMITS, MAX_FEEDBACK_QUERY_LENGTH } from '../limits.js';

/**
 * What editors learn from. Count records (`fallback`, `noneOfThese`, `pick`, `helpful`,
 * `notHelpful`) hold no text and are written for every such event; a `question` record holds the
 * redacted question and is written in addition, only after the user agreed to send it (see
 * `docs/decisions.md`, "Ask before keeping a question").
 */
export type FeedbackKind = 'question' | 'fallback' | 'noneOfThese' | 'pick' | 'helpful' | 'notHelpful';

/** Why a question was kept: the bot could not answer it, the user said "None of these", or picked an option. */
export type QuestionReason = 'fallback' | 'noneOfThese' | 'pick';

/**
 * One record. Users of this bot may be at risk: a record holds no user, conversation or tenant id,
 * only the day (no time); only a `question` record holds text, the question with e-mail addresses
 * and phone numbers removed.
 */
export interface FeedbackRecord {
  day: string;
  kind: FeedbackKind;
  /** The question, redacted: `question` records only (and fallback / noneOfThese records of old logs). */
  query?: string;
  /** Why the question was kept (`question` records). */
  reason?: QuestionReason;
  /** The language of the conversation when the record was made. */
  language?: string;
  /** The entry the record is about: the one picked, or judged helpful or not. */
  entryId?: string;
  /** The nearest entries when the question was kept (`question` records). */
  candidates?: Array<{ id: string; confidence: number }>;
  /** The entries a "Did you mean" offered (`pick` and `noneOfThese` counts). */
  offered?: string[];
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
  /** Days a record is kept (what the bot tells users). */
  readonly retentionDays: number;
}


/**
 * Removes e-mail addresses, phone numbers and other long numbers (ids, passport numbers) from text,
 * in any script: addresses with letters of any alphabet and a fullwidth `＠`, numbers in any
 * decimal digits (Arabic-Indic, Persian, fullwidth...) with any spaces and dashes between them.
 * Both patterns take time linear in the text (see `EMAIL`).
 */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(NUMBER, (match) => ((match.match(DIGIT)?.length ?? 0) >= 6 ? '[number]' : match))
    .slice(0, MAX_FEEDBACK_QUERY_LENGTH);
}

/** A character of an address's local part (letters and digits of any script, joiners, `._%+-`), and of a domain label. */
const LOCAL = String.raw`[\p{L}\p{M}\p{N}\u200c\u200d._%+\-]`;
const LABEL = String.raw`[\p{L}\p{M}\p{N}\u200c\u200d\-]`;
/**
 * An e-mail address. It may start only where a run of local-part characters starts (the
 * look-behind): without that, a long word with no `@` is rescanned from each of its letters, which
 * took seconds for 100 KB. The at sign may be fullwidth or small, the dots ideographic or fullwidth.
 */
const EMAIL = new RegExp(String.raw`(?<!${LOCAL})${LOCAL}+[@\uff20\ufe6b]${LABEL}+(?:[.\uff0e\u3002\uff61]${LABEL}+)+`, 'gu');
/** A number of at least two digits with spaces, dashes, dots, slashes or brackets between (counted after). */
const NUMBER = /[+\uff0b(\uff08]?\p{Nd}[\p{Nd}\s\p{Pd}\u2212().\/\uff08\uff09\uff0e]{5,}\p{Nd}/gu;
const DIGIT = /\p{Nd}/gu;

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
    retentionDays: options.retentionDays,
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
