/**
 * What an editor does with a group of the review: reject it (it is not suggested again), or accept
 * it as alternates of an entry, in the entry's YAML file, checked before anything is written.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Scalar } from 'yaml';
import { formatProblem, loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { questionsOf } from '../../src/faq/matcher.js';
import { normalizerFor } from '../../src/faq/normalize.js';
import type { Entry, KnowledgeBase } from '../../src/faq/types.js';
import { gateFailures, gateFigures, meetsLevel } from '../eval/gate.js';
import { keyOf, type QuestionGroup } from './feedbackReview.js';
import { checkKnowledge } from './knowledgeCheck.js';

/**
 * The rejected groups, in the feedback folder beside the day files (the retention prune deletes
 * only `feedback-<day>.jsonl`). It holds hashes of the questions' normalised forms, never their text,
 * so a rejection outlives the questions without keeping them.
 */
export const REJECTED_FILE = 'review-rejected.json';

interface RejectedFile {
  rejected: Array<{ group: string; language: string; day: string; keys: string[] }>;
}

/** The rejected keys of a feedback folder; a file that cannot be read is reported, never fatal. */
export function readRejected(feedbackDir: string): { keys: Set<string>; groups: number; problem?: string } {
  const file = path.join(feedbackDir, REJECTED_FILE);
  if (!existsSync(file)) return { keys: new Set(), groups: 0 };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as RejectedFile;
    if (!Array.isArray(data?.rejected)) throw new Error('no "rejected" list');
    const keys = data.rejected.flatMap((r) => (Array.isArray(r?.keys) ? r.keys.filter((k) => typeof k === 'string') : []));
    return { keys: new Set(keys), groups: data.rejected.length };
  } catch (error) {
    return { keys: new Set(), groups: 0, problem: `${file} cannot be read (${(error as Error).message}): rejected groups are suggested again until it is fixed or deleted` };
  }
}

/** Records a group as rejected. Throws (with a message for the editor) when the file cannot be read or written. */
export function rejectGroup(feedbackDir: string, group: QuestionGroup, day: string): void {
  const file = path.join(feedbackDir, REJECTED_FILE);
  const current = readRejected(feedbackDir);
  if (current.problem) throw new Error(current.problem);
  const data: RejectedFile = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RejectedFile) : { rejected: [] };
  data.rejected.push({ group: group.id, language: group.language, day, keys: group.keys });
  writeAtomically(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * Writes a file the way editors save: a new file renamed over the old one (a watcher sees one
 * change), with the old file's permissions (a bot running as another user must still read it).
 */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0o600;
  writeFileSync(temporary, text, { mode });
  chmodSync(temporary, mode);
  renameSync(temporary, file);
}

/** What an editor can do when a whole group cannot be accepted. */
const BY_HAND = 'To add only some of these questions, or reworded, write them under "alternates:" by hand (knowledge/README.md) and run npm run knowledge:check.';

/** What accepting did, in lines an editor reads; `ok` false when nothing was written. */
export interface AcceptOutcome {
  ok: boolean;
  lines: string[];
  /** The file changed (relative to the knowledge folder), and the questions added with their lines. */
  file?: string;
  added: Array<{ text: string; line: number }>;
}

/** Options of `acceptGroup`. */
export interface AcceptOptions {
  /** The project whose evaluation sets the gate runs (`test/eval/`). */
  root: string;
  /** CLINC150's val.json for the gate, when there is one. */
  clincFile?: string;
}

/**
 * Adds a group's questions (one per normalised form, those the entry does not already have) as
 * alternates of an entry: an English group to the entry's file, a group in another language to
 * `translations/<language>.yaml`. The change is made on a copy of the folder first; when
 * `knowledge:check` or the evaluation gate fails there, nothing is written and the editor is told why.
 */
export async function acceptGroup(dir: string, group: QuestionGroup, entryId: string, options: AcceptOptions): Promise<AcceptOutcome> {
  const refuse = (...lines: string[]): AcceptOutcome => ({ ok: false, lines: [...lines, 'Nothing was changed.'], added: [] });
  let knowledge: KnowledgeBase;
  try {
    knowledge = loadKnowledge(dir);
  } catch (error) {
    return refuse('The knowledge folder does not load; fix it first (npm run knowledge:check):', String((error as Error).message));
  }
  const target = targetOf(knowledge, group.language, entryId);
  if ('refusal' in target) return refuse(target.refusal);
  const { entry } = target;
  const normalizer = normalizerFor(target.knowledge.vocabulary, { language: group.language });
  const have = new Set(questionsOf(entry).map((q) => keyOf(normalizer, q)));
  const questions: string[] = [];
  for (const { text } of group.questions) {
    const key = keyOf(normalizer, text);
    if (have.has(key)) continue;
    have.add(key);
    questions.push(text);
  }
  if (questions.length === 0) return refuse(`"${entryId}" already has every question of group ${group.id}.`);

  const relative = entry.origin?.file ?? '';
  const file = path.join(dir, relative);
  const text = readFileSync(file, 'utf8');
  const edited = addAlternates(text, entryId, questions);
  if ('refusal' in edited) return refuse(`${relative}: ${edited.refusal}`);

  // Checked on a copy: a running bot never sees a change that is then taken back.
  const copy = mkdtempSync(path.join(tmpdir(), 'icorn-review-'));
  try {
    cpSync(dir, copy, { recursive: true });
    writeFileSync(path.join(copy, relative), edited.text);
    const report = await checkKnowledge(copy);
    if (report.problems.length > 0) {
      return refuse(`knowledge:check finds problems with the change:`, ...report.problems.map((p) => `  ${formatProblem(p)}`), BY_HAND);
    }
    const before = gateFigures(knowledge, options.root, options.clincFile);
    const after = gateFigures(loadKnowledge(copy), options.root, options.clincFile);
    const failures = gateFailures(before, after);
    if (failures.length > 0) {
      return refuse(`The evaluation gate fails with the change (the bot would answer other questions worse):`, ...failures.map((f) => `  ${f}`), BY_HAND);
    }
    writeAtomically(file, edited.text);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const held = after.filter(meetsLevel).length;
    const lines = [
      `Added ${plural(questions.length, 'question')} of group ${group.id} as ${questions.length === 1 ? 'an alternate' : 'alternates'} of "${entryId}" (${entry.title}) in ${relative}:`,
      ...edited.added.map((a) => `  line ${a.line}: ${a.text}`),
      `knowledge:check: no problems (${report.entries} entries, ${report.questions} questions).`,
      held === after.length
        ? `Evaluation gate: all ${after.length} figures at their level.`
        : `Evaluation gate: no figure worse; ${after.length - held} of ${after.length} were under their level before this change and still are (this folder is not the one the levels were measured on).`,
      'A running bot answers these questions within a second or two, with no restart.',
    ];
    return { ok: true, lines, file: relative, added: edited.added };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The entry to add to, in the knowledge of the group's language, or why there is none. */
function targetOf(knowledge: KnowledgeBase, language: string, entryId: string): { entry: Entry; knowledge: KnowledgeBase } | { refusal: string } {
  const english = knowledge.byId.get(entryId);
  if (language === 'en') {
    if (english) return { entry: english, knowledge };
    return { refusal: `There is no entry "${entryId}". Entry ids are the "id:" lines of the knowledge files; the review shows the nearest ones for each group.` };
  }
  const translation = knowledge.translations?.find((t) => t.language === language);
  if (language === 'other') return { refusal: 'The group is in a language the bot does not answer in: there is no entry in that language to add it to.' };
  if (!translation) {
    return { refusal: `The group is in "${language}", and the knowledge has no translations/${language}.yaml: there is no entry in that language to add it to.` };
  }
  const entry = translation.byId.get(entryId);
  if (entry) return { entry, knowledge: translation };
  return {
    refusal: english
      ? `translations/${language}.yaml has no translation of "${entryId}" yet: translate the entry first, then accept the group.`
      : `There is no entry "${entryId}". Entry ids are the "id:" lines of the knowledge files; the review shows the nearest ones for each group.`,
  };
}

/**
 * The text of a knowledge or translation file with questions added at the end of an entry's
 * `alternates` (or a new `alternates:` after its question), as lines in the style of the items
 * around them; every other byte stays as it was, comments included.
 */
export function addAlternates(text: string, entryId: string, questions: string[]): { text: string; added: Array<{ text: string; line: number }> } | { refusal: string } {
  const document = parseDocument(text);
  const entries = document.get('entries', true);
  const entry = isSeq(entries) ? entries.items.find((item) => isMap(item) && item.get('id') === entryId) : undefined;
  if (!isMap(entry)) return { refusal: `no entry "${entryId}" in this file` };
  const alternates = entry.get('alternates', true);
  let at: number;
  let indent: string;
  let style: Scalar.Type | undefined;
  let head = '';
  if (isSeq(alternates) && !alternates.flow && alternates.items.length > 0) {
    const last = alternates.items.at(-1) as Node;
    if (!last.range) return { refusal: 'the alternates cannot be located; add them by hand' };
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const dash = /^(\s*)-\s+$/.exec(text.slice(lineStart, last.range[0]));
    if (!dash) return { refusal: `the alternates of "${entryId}" are not one per line; add them by hand` };
    indent = dash[1]!;
    at = lineAfter(text, Math.max(last.range[1] - 1, last.range[0]));
    style = isScalar(last) && (last.type === 'QUOTE_DOUBLE' || last.type === 'QUOTE_SINGLE') ? last.type : undefined;
  } else if (alternates === undefined) {
    const question = entry.items.find((pair) => isScalar(pair.key) && pair.key.value === 'question');
    const key = question?.key as Node | undefined;
    const value = question?.value as Node | undefined;
    if (!key?.range || !value?.range) return { refusal: `"${entryId}" has no question to add alternates after; add them by hand` };
    const keyIndent = key.range[0] - (text.lastIndexOf('\n', key.range[0] - 1) + 1);
    head = `${' '.repeat(keyIndent)}alternates:\n`;
    indent = ' '.repeat(keyIndent + 2);
    at = lineAfter(text, Math.max(value.range[1] - 1, value.range[0]));
  } else {
    return { refusal: `the alternates of "${entryId}" are not a list of lines ("- question"); add them by hand` };
  }
  const items = questions.map((q) => `${indent}- ${scalarText(q, style)}\n`);
  const before = text.slice(0, at);
  const prefix = before.length > 0 && !before.endsWith('\n') ? '\n' : '';
  const next = `${before}${prefix}${head}${items.join('')}${text.slice(at)}`;
  const firstLine = (before + prefix + head).split('\n').length;

  // The file must read back as before, with exactly these alternates added to this entry.
  const reread = parseDocument(next);
  const was = document.toJS() as { entries: Array<{ id: string; alternates?: string[] }> };
  const now = reread.toJS() as typeof was;
  const wasEntry = was.entries.find((e) => e.id === entryId)!;
  const expected = { ...was, entries: was.entries.map((e) => (e === wasEntry ? { ...e, alternates: [...(e.alternates ?? []), ...questions] } : e)) };
  if (reread.errors.length > 0 || JSON.stringify(sortedKeys(now)) !== JSON.stringify(sortedKeys(expected))) {
    return { refusal: `adding to "${entryId}" would not give the expected file; add the questions by hand` };
  }
  return { text: next, added: questions.map((q, i) => ({ text: q, line: firstLine + i })) };
}

/** The offset just past the line holding `offset` (the text's end when it has no newline after). */
function lineAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** A question as one YAML line, quoted like its neighbours (plain when they are, unless it needs quotes). */
function scalarText(question: string, style: Scalar.Type | undefined): string {
  const line = question.replace(/\s+/g, ' ').trim();
  const shown = stringify(line, { lineWidth: 0, ...(style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE' ? { defaultStringType: style } : {}) }).trimEnd();
  return shown.includes('\n') ? JSON.stringify(line) : shown;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
