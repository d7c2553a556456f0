import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { KNOWLEDGE_LIMITS } from '../limits.js';
import { projectRoot } from '../paths.js';
import { readTranslations } from './translations.js';
import { EMPTY_VOCABULARY, foldText } from './normalize.js';
import type { Entry, EntrySource, KnowledgeBase, Vocabulary } from './types.js';

/** One problem in a knowledge file, located for an editor. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  entryId?: string;
  message: string;
  /** On the line that stands for the problems of a file past the cap: how many it stands for. */
  omitted?: number;
}

/** A knowledge folder that cannot be loaded, with every problem found. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeError';
  }
}

/**
 * "contact.yaml:12 [phone] answer is empty" or "vocabulary.yaml:40 synonyms[3] needs at least two
 * words": one line an editor can act on.
 */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = `${problem.file}:${problem.line}`;
  const line = problem.entryId ? `${where} [${problem.entryId}] ${problem.message}` : `${where} ${problem.message}`;
  // A quoted field name or word may be as long as the file: the line stays readable, and a log short.
  const max = KNOWLEDGE_LIMITS.maxProblemChars;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** How many problems a list stands for: each problem once, a line for the problems past the cap for as many as it counts. */
export function problemCount(problems: readonly KnowledgeProblem[]): number {
  return problems.reduce((sum, p) => sum + (p.omitted ?? 1), 0);
}

/**
 * The first `max` problems as lines, then "and N more problems" for the rest: what a log line or a
 * start-up error shows of a folder that does not load, whatever its size.
 */
export function problemLines(problems: readonly KnowledgeProblem[], max: number = KNOWLEDGE_LIMITS.maxLoggedProblems): string[] {
  const shown = problems.slice(0, max);
  const more = problemCount(problems) - problemCount(shown);
  const lines = shown.map(formatProblem);
  return more > 0 ? [...lines, `and ${more} more problem${more === 1 ? '' : 's'}`] : lines;
}

/** The line that stands for a file's problems past the cap. */
function omittedProblems(file: string, line: number, omitted: number): KnowledgeProblem {
  return { file, line, message: `and ${omitted} more problem${omitted === 1 ? '' : 's'} in this file (fix the ones above first)`, omitted };
}

/**
 * At most `KNOWLEDGE_LIMITS.maxProblemsPerFile` problems per file, in their order, and for each file
 * with more one line counting the rest: a file with 30,000 mistakes gives an editor (and a log) the
 * first ones and a count, not 30,000 lines.
 */
export function capProblems(problems: readonly KnowledgeProblem[], max: number = KNOWLEDGE_LIMITS.maxProblemsPerFile): KnowledgeProblem[] {
  const kept = new Map<string, number>();
  const summaries = new Map<string, KnowledgeProblem>();
  const out: KnowledgeProblem[] = [];
  for (const problem of problems) {
    const count = kept.get(problem.file) ?? 0;
    if (problem.omitted === undefined && count < max) {
      kept.set(problem.file, count + 1);
      out.push(problem);
      continue;
    }
    const summary = summaries.get(problem.file);
    if (summary) {
      summary.omitted = (summary.omitted ?? 0) + (problem.omitted ?? 1);
      summary.message = omittedProblems(summary.file, summary.line, summary.omitted).message;
    } else {
      const first = omittedProblems(problem.file, problem.line, problem.omitted ?? 1);
      summaries.set(problem.file, first);
      out.push(first);
    }
  }
  return out;
}

/**
 * Adds the problems made of `items` to `problems`, up to the per-file cap, then one line counting
 * the rest, so that the rest are never made (each costs a walk of the document for its line).
 */
export function addCapped<T>(problems: KnowledgeProblem[], file: string, items: readonly T[], toProblem: (item: T) => KnowledgeProblem): void {
  const max = KNOWLEDGE_LIMITS.maxProblemsPerFile;
  items.slice(0, max).forEach((item) => problems.push(toProblem(item)));
  if (items.length > max) problems.push(omittedProblems(file, toProblem(items[max]!).line, items.length - max));
}

/** A parsed knowledge file: its entries and where each field stands in the text. */
export interface KnowledgeFile {
  file: string;
  path: string;
  text: string;
  document: Document;
  lines: LineCounter;
  entries: Entry[];
}

/** The vocabulary file of a knowledge folder: the domain's phrases, synonyms and owned words. */
export const VOCABULARY_FILE = 'vocabulary.yaml';

/** A file name that is the vocabulary, not an entry file (`vocabulary.yaml`, in any case, or `.yml`). */
export function isVocabularyFile(name: string): boolean {
  return /^vocabulary\.ya?ml$/i.test(name);
}

/** Why a folder of `count` YAML files is refused. */
export function tooManyFiles(count: number): string {
  return `folder has ${count} YAML files: a knowledge folder may have at most ${KNOWLEDGE_LIMITS.maxFiles}, with its translations`;
}

/** What one load has read so far: the folder's size and file count are capped, not only each file's. */
export class ReadBudget {
  bytes = 0;
  files = 0;

  /** Counts a file of `size` bytes; the reason it is refused when the load would read too much. */
  take(size: number): string | undefined {
    const { maxFolderBytes, maxFiles } = KNOWLEDGE_LIMITS;
    if (this.files + 1 > maxFiles) return `is one file too many: a knowledge folder may have at most ${maxFiles} files`;
    if (this.bytes + size > maxFolderBytes) {
      return `would bring the knowledge read to ${megabytes(this.bytes + size)}: a knowledge folder may hold at most ${megabytes(maxFolderBytes)} of files`;
    }
    this.files += 1;
    this.bytes += size;
    return undefined;
  }
}

/** How a file is read: the name an editor sees, the folder it must stay inside, the load's budget. */
export interface ReadOptions {
  /** The name in problems (`translations/fa.yaml`); the file's own name by default. */
  shown?: string;
  /** The folder the file (after links) must be inside; the file's own folder by default. */
  root?: string;
  budget?: ReadBudget;
}

/** "3.2 MB", "900 KB": a size as an editor reads it. */
function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** True when `file` is `folder` or inside it (both real paths). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The line (1-based) of the first line of `bytes` that is not UTF-8 (a newline byte is never inside a UTF-8 character). */
function firstLineNotUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return line;
}

/**
 * The text of a knowledge, vocabulary, translation or schema file, or undefined with a problem
 * naming the file (and the line, for a byte that is not UTF-8). Refused before anything is read: a
 * link to a file outside the folder (its content would reach the problems, and the log), anything
 * but a regular file (a pipe would block the process), a file over the size limit, and a file past
 * the folder's budget. Problems never quote the file.
 */
export function readKnowledgeText(filePath: string, problems: KnowledgeProblem[], options: ReadOptions = {}): string | undefined {
  const shown = options.shown ?? path.basename(filePath);
  const refuse = (message: string, line = 1): undefined => {
    problems.push({ file: shown, line, message });
    return undefined;
  };
  const maxBytes = KNOWLEDGE_LIMITS.maxFileBytes;
  const tooBig = (size: number) => `is ${megabytes(size)}: a knowledge file may be at most ${megabytes(maxBytes)} (split it into topics)`;
  let fd: number | undefined;
  try {
    const real = realpathSync(filePath);
    if (!isInside(real, realpathSync(options.root ?? path.dirname(filePath)))) {
      return refuse('is a link to a file outside the knowledge folder: put the file itself in the folder');
    }
    // O_NONBLOCK: a pipe put in the folder would otherwise block the open until something writes to it.
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refuse('is not a regular file: a knowledge file must be a plain text file');
    if (stats.size > maxBytes) return refuse(tooBig(stats.size));
    const over = (options.budget ?? new ReadBudget()).take(stats.size);
    if (over) return refuse(over);
    // Read at most one byte more than the limit: a file growing while it is read is still refused.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return refuse(tooBig(length));
    const bytes = buffer.subarray(0, length);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const line = firstLineNotUtf8(bytes);
      return refuse(`is not UTF-8 text: line ${line} has a byte that is not UTF-8 (save the file as UTF-8)`, line);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse('is a link that leads nowhere: put the file itself in the folder');
    return refuse(`cannot be read: ${code ?? (error as Error).name}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Compiled schemas by path and text: a schema edited on disk (live reload) or another schema path
 * is compiled anew, an unchanged one is not compiled for every file and every load.
 */
const validators = new Map<string, ValidateFunction>();
const MAX_CACHED_VALIDATORS = 16;

/** Keywords that only annotate a schema: beside a `$ref` they change nothing it checks. */
const ANNOTATIONS = new Set(['$ref', 'description', 'title', '$comment', 'examples', 'default']);

/**
 * The schema with every local reference (`{"$ref": "#/definitions/entry"}`) replaced by what it
 * points to, where that changes nothing it checks: not a reference to itself (recursion), not one
 * beside other checks, not in a schema with a nested `$id`.
 *
 * Why: ajv (8.x) with `allErrors` gathers a referenced schema's errors by concatenating them onto
 * a new array at every reference, so a file with 30,000 errors in its entries took 10 s of blocked
 * process; inlined, the errors are pushed one by one (35 ms). `test/hardening/knowledge.test.ts`
 * pins the defect, so an ajv that fixes it fails that test and this can be reviewed.
 */
export function inlineLocalRefs(schema: unknown): unknown {
  const nestedId = (node: unknown, top: boolean): boolean =>
    node !== null && typeof node === 'object' && ((!top && '$id' in node) || Object.values(node).some((v) => nestedId(v, false)));
  if (nestedId(schema, true)) return schema;
  const target = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .map((key) => decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), schema);
  const inline = (node: unknown, refs: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, refs));
    if (node === null || typeof node !== 'object') return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/') && !refs.includes(ref) && Object.keys(node).every((key) => ANNOTATIONS.has(key))) {
      const found = target(ref);
      if (found !== undefined) return inline(found, [...refs, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, refs)]));
  };
  return inline(schema, []);
}

/** The line of a JSON syntax error, when the engine's message gives its position. */
function jsonErrorLine(text: string, message: string): number {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
}

/**
 * The validator of the JSON Schema at `schemaPath` as the file is now, or undefined with a problem
 * naming the schema file when it cannot be read or compiled (the folder then does not load, and the
 * editor is told why). A problem about one schema is reported once, however many files use it.
 */
export function validatorOrProblem(schemaPath: string, problems: KnowledgeProblem[]): ValidateFunction | undefined {
  const file = path.basename(schemaPath);
  const found: KnowledgeProblem[] = [];
  const text = readKnowledgeText(schemaPath, found);
  let validate: ValidateFunction | undefined;
  if (text !== undefined) {
    const key = `${path.resolve(schemaPath)}\0${text}`;
    validate = validators.get(key);
    if (!validate) {
      try {
        let schema: unknown;
        try {
          schema = JSON.parse(text);
        } catch (error) {
          // The engine's message quotes the text: say where, not what.
          throw Object.assign(new Error('it is not valid JSON'), { line: jsonErrorLine(text, (error as Error).message) });
        }
        // A fresh Ajv per schema: two versions of one schema share an $id, which one Ajv would refuse.
        validate = new Ajv({ allErrors: true, strict: true }).compile(inlineLocalRefs(schema) as object);
        if (validators.size >= MAX_CACHED_VALIDATORS) validators.delete(validators.keys().next().value as string);
        validators.set(key, validate);
      } catch (error) {
        found.push({ file, line: (error as { line?: number }).line ?? 1, message: `is not a valid JSON Schema: ${firstLine((error as Error).message)}` });
      }
    }
  }
  for (const problem of found) {
    if (!problems.some((p) => p.file === problem.file && p.message === problem.message)) problems.push(problem);
  }
  return validate;
}

/** The entry files of a folder: every `*.yaml` / `*.yml` but the vocabulary, sorted by name. */
export function knowledgeFiles(dir: string): string[] {
  return entryFilesOf(readdirSync(dir));
}

/** The entry files among a folder's names. */
function entryFilesOf(names: string[]): string[] {
  return names.filter((name) => /\.ya?ml$/i.test(name) && !isVocabularyFile(name)).sort();
}

/** The line (1-based) of the value at a path inside a YAML document, or of the nearest parent. */
export function lineOf(document: Document, lines: LineCounter, keys: Array<string | number>): number {
  for (let depth = keys.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Parses and validates one knowledge file. Problems are added to `problems`; entries are returned when valid. */
export function parseKnowledgeFile(filePath: string, problems: KnowledgeProblem[], schemaPath: string, options: ReadOptions = {}): KnowledgeFile | undefined {
  const parsed = parseYamlFile(filePath, problems, options);
  if (!parsed) return undefined;
  const { file, text, document, lines, data } = parsed;
  const validate = validatorOrProblem(schemaPath, problems);
  if (!validate) return undefined;
  if (!validate(data)) {
    addCapped(problems, file, validate.errors ?? [], (error) => schemaProblem(file, document, lines, data, error));
    return undefined;
  }
  const raw = data as { topic: string; entries: RawEntry[] };
  const entries = raw.entries.map((item, index): Entry => {
    const entry: Entry = {
      id: item.id,
      title: item.title.trim(),
      question: item.question.trim(),
      alternates: (item.alternates ?? []).map((a) => a.trim()),
      answer: item.answer.trim(),
      followUps: item.followUps ?? [],
      topic: raw.topic,
      origin: { file, line: lineOf(document, lines, ['entries', index]) },
    };
    if (item.source) entry.source = item.source;
    return entry;
  });
  for (const [index, entry] of entries.entries()) {
    if (entry.answer.length === 0) {
      problems.push({ file, line: lineOf(document, lines, ['entries', index, 'answer']), entryId: entry.id, message: 'answer is empty' });
    }
  }
  return { file, path: filePath, text, document, lines, entries };
}

/** A YAML file read and parsed: its text, document, lines and data. */
export interface ParsedYaml {
  file: string;
  text: string;
  document: Document;
  lines: LineCounter;
  data: unknown;
}

/** Most aliases a file may expand (yaml's own default, stated): more is an "alias bomb" that would fill the memory. */
const MAX_ALIAS_COUNT = 100;

/** The line of the first alias (`*name`) of a document. */
function firstAliasLine(document: Document, lines: LineCounter): number {
  let line = 1;
  visit(document, {
    Alias(_key, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Reads (see `readKnowledgeText`) and parses a YAML file; problems (unreadable, too big, not
 * UTF-8, not YAML, aliases that expand too much) are added to `problems`, each with the file and
 * line, at most the per-file cap of them.
 */
export function parseYamlFile(filePath: string, problems: KnowledgeProblem[], options: ReadOptions = {}): ParsedYaml | undefined {
  const file = options.shown ?? path.basename(filePath);
  const text = readKnowledgeText(filePath, problems, options);
  if (text === undefined) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    addCapped(problems, file, document.errors, (error) => ({ file, line: lines.linePos(error.pos[0]).line, message: `is not valid YAML: ${firstLine(error.message)}` }));
    return undefined;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const line = firstAliasLine(document, lines);
    const message = /alias/i.test((error as Error).message)
      ? `uses aliases (*name) that expand too much, from line ${line}: write the values out instead`
      : `cannot be read as YAML data: ${firstLine((error as Error).message)}`;
    problems.push({ file, line, message });
    return undefined;
  }
  return { file, text, document, lines, data };
}

interface RawEntry {
  id: string;
  title: string;
  question: string;
  alternates?: string[];
  answer: string;
  followUps?: string[];
  source?: EntrySource;
}

/** The keys of a JSON pointer (an ajv error's instancePath): `/entries/3/id` -> ['entries', 3, 'id']. */
function keysOf(instancePath: string): Array<string | number> {
  return instancePath
    .split('/')
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key.replace(/~1/g, '/').replace(/~0/g, '~')));
}

export function schemaProblem(file: string, document: Document, lines: LineCounter, data: unknown, error: ErrorObject): KnowledgeProblem {
  const keys = keysOf(error.instancePath);
  const entryIndex = keys[0] === 'entries' && typeof keys[1] === 'number' ? keys[1] : undefined;
  const entryId = entryIndex === undefined ? undefined : idAt(data, entryIndex);
  const where = keys.length > 0 ? keys.filter((k) => typeof k === 'string').slice(-1)[0] ?? 'entry' : 'file';
  let message = `${where} ${error.message ?? 'is invalid'}`;
  if (error.keyword === 'additionalProperties') {
    message = `unknown field "${String(error.params['additionalProperty'])}"`;
    keys.push(String(error.params['additionalProperty']));
  } else if (error.keyword === 'required') {
    message = `missing field "${String(error.params['missingProperty'])}"`;
  } else if (error.keyword === 'minLength' && error.params['limit'] === 1) {
    message = `${where} is empty`;
  } else if (error.keyword === 'maxLength') {
    message = `${where} is too long (at most ${String(error.params['limit'])} characters)`;
  } else if (error.keyword === 'pattern' && where === 'id') {
    message = 'id must be lowercase words joined by hyphens, like "how-to-join"';
  }
  const problem: KnowledgeProblem = { file, line: lineOf(document, lines, keys), message };
  if (entryId) problem.entryId = entryId;
  return problem;
}

function idAt(data: unknown, index: number): string | undefined {
  const entries = (data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return undefined;
  const id = (entries[index] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The parsed vocabulary file: the vocabulary, and where each of its words stands in the text. */
export interface VocabularyFile {
  file: string;
  path: string;
  text: string;
  document: Document;
  lines: LineCounter;
  vocabulary: Vocabulary;
}

/** The vocabulary file as the schema lets it be; a part left empty ("synonyms:" and nothing) is null. */
interface RawVocabulary {
  phrases?: Record<string, string | null> | null;
  synonyms?: string[][] | null;
  owned?: string[] | null;
  names?: string[] | null;
  domain?: string[] | null;
}

/** A word or phrase as the normaliser compares it: lowercase, accents off, single spaces. */
function foldWords(text: string): string {
  return foldText(text).trim().split(/\s+/).filter(Boolean).join(' ');
}

/** Where a value stands in the vocabulary, the way an editor reads it: `synonyms[3][1]`, `phrases["sign up"]`. */
export function vocabularyPath(keys: ReadonlyArray<string | number>): string {
  if (keys.length === 0) return 'file';
  return keys.map((key, index) => (index === 0 ? String(key) : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`)).join('');
}

/** Parses and validates the vocabulary file. Problems are added to `problems`; the vocabulary is returned when valid. */
export function parseVocabularyFile(filePath: string, problems: KnowledgeProblem[], schemaPath: string, options: ReadOptions = {}): VocabularyFile | undefined {
  const parsed = parseYamlFile(filePath, problems, options);
  if (!parsed) return undefined;
  const { file, text, document, lines } = parsed;
  // A file of comments only is an empty vocabulary.
  const data: unknown = parsed.data ?? {};
  const validate = validatorOrProblem(schemaPath, problems);
  if (!validate) return undefined;
  if (!validate(data)) {
    // One problem per place: an empty word is both too short and not a word. A bad phrase (an
    // object's key) comes twice: as itself, with its name, and as "propertyNames", which is dropped.
    const seen = new Set<string>();
    const errors = (validate.errors ?? []).filter((error) => {
      const place = [error.instancePath, error.propertyName, error.params['additionalProperty']].join('\0');
      if (error.keyword === 'propertyNames' || seen.has(place)) return false;
      seen.add(place);
      return true;
    });
    addCapped(problems, file, errors, (error) => vocabularyProblem(file, document, lines, data, error));
    return undefined;
  }
  const raw = data as RawVocabulary;
  const before = problems.length;
  const at = (keys: Array<string | number>) => lineOf(document, lines, keys);

  // Phrases, in file order; two spellings of one phrase ("Sign up", "sign up") are one phrase twice.
  const phrases: Array<[string, string]> = [];
  const phraseLines = new Map<string, number>();
  for (const [key, means] of Object.entries(raw.phrases ?? {})) {
    const phrase = foldWords(key);
    const line = at(['phrases', key]);
    const first = phraseLines.get(phrase);
    if (first !== undefined) {
      problems.push({ file, line, message: `${vocabularyPath(['phrases', key])} is the same phrase as line ${first}` });
      continue;
    }
    phraseLines.set(phrase, line);
    phrases.push([phrase, foldWords(means ?? '')]);
  }

  // Synonym groups and word lists: a word twice in one list (once in capitals) is a slip.
  const wordList = (keys: Array<string | number>, list: string[]): string[] => {
    const words: string[] = [];
    list.forEach((word, index) => {
      const folded = foldWords(word);
      if (words.includes(folded)) problems.push({ file, line: at([...keys, index]), message: `${vocabularyPath(keys)} has "${folded}" twice` });
      else words.push(folded);
    });
    return words;
  };
  const synonyms = (raw.synonyms ?? []).map((group, index) => wordList(['synonyms', index], group));
  const owned = wordList(['owned'], raw.owned ?? []);
  const names = wordList(['names'], raw.names ?? []);
  const domain = wordList(['domain'], raw.domain ?? []);
  if (problems.length > before) return undefined;
  return { file, path: filePath, text, document, lines, vocabulary: { phrases, synonyms, owned, names, domain } };
}

/** One ajv error of the vocabulary as a line an editor can act on. */
function vocabularyProblem(file: string, document: Document, lines: LineCounter, data: unknown, error: ErrorObject): KnowledgeProblem {
  const keys = keysOf(error.instancePath);
  if (error.propertyName !== undefined) keys.push(error.propertyName);
  const where = vocabularyPath(keys);
  // A phrase's own words are the object's key, not its value.
  const value = error.propertyName ?? valueAt(data, keys);
  const list =
    keys[0] === 'synonyms' ? 'a list of words, like [city, town, region]' : keys[0] === 'names' ? 'a list of names, like [bot, assistant]' : 'a list of words, like [phone, email]';
  let message = `${where} ${error.message ?? 'is invalid'}`;
  switch (error.keyword) {
    case 'additionalProperties':
      message = `unknown field "${String(error.params['additionalProperty'])}" (the fields are phrases, synonyms, owned, names and domain)`;
      keys.push(String(error.params['additionalProperty']));
      break;
    case 'type':
      if (keys.length === 0) message = 'the file must be made of "phrases:", "synonyms:", "owned:", "names:" and "domain:"';
      else if (keys.length === 1 && keys[0] === 'phrases') message = 'phrases must be lines of "phrase: word", like "sign up: join"';
      else if (keys.length === 1 && keys[0] === 'synonyms') message = 'synonyms must be a list of groups, each like "- [city, town, region]"';
      else if (keys.length === 1) message = `${where} must be ${list}`;
      else if (keys[0] === 'phrases') message = `${where} must be the word the phrase means, not a list`;
      else if (keys[0] === 'synonyms' && keys.length === 2) message = `${where} must be ${list}`;
      else message = keys[0] === 'names' ? `${where} must be a name, in words` : `${where} must be a word`;
      break;
    case 'minItems':
      message = `${where} needs at least two words: the word to read them as, then the others`;
      break;
    case 'uniqueItems':
      message = `${where} has "${String(valueAt(data, [...keys, Number(error.params['j'])]))}" twice`;
      keys.push(Number(error.params['j']));
      break;
    case 'minLength':
      message = `${where} is empty`;
      break;
    case 'maxLength':
      message = `${where} is too long (at most ${String(error.params['limit'])} characters)`;
      break;
    case 'pattern':
      if (typeof value === 'string' && /^\s*$/.test(value)) message = `${where} is empty`;
      else if (typeof value === 'string' && value.includes('\n')) message = `${where} must be on one line`;
      else message = `${where} "${String(value)}" must be one word, without spaces (phrases go under "phrases:")`;
      break;
  }
  return { file, line: lineOf(document, lines, keys), message };
}

function valueAt(data: unknown, keys: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of keys) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

/** Options of `loadKnowledge`. */
export interface LoadOptions {
  /** JSON Schema of the entry files; defaults to `schema.json` in the folder, else the project's `knowledge/schema.json`. */
  schemaPath?: string;
  /** JSON Schema of the vocabulary; defaults to `vocabulary.schema.json` in the folder, else the project's. */
  vocabularySchemaPath?: string;
}

/**
 * Loads every knowledge file of a folder into one knowledge base. Throws `KnowledgeError` listing
 * every problem (file, line, entry id) when anything is wrong, so a broken file never half-loads.
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): KnowledgeBase {
  const budget = new ReadBudget();
  const { files, vocabulary, problems } = readKnowledgeFolder(dir, options, budget);
  if (problems.length > 0) throw new KnowledgeError(problems);
  const english = knowledgeBaseOf(files, vocabulary);
  const translated = readTranslations(dir, english.entries, translationSchemaOf(dir), budget);
  if (translated.problems.length > 0) throw new KnowledgeError(translated.problems);
  if (translated.translations.length === 0) return english;
  const version = createHash('sha256').update(english.version).update(translated.texts.join('\0')).digest('hex').slice(0, 12);
  return { ...english, version, translations: translated.translations };
}

/** What a knowledge folder holds: the entry files that parse, the vocabulary when there is one and it parses, and every problem found. */
export interface KnowledgeFolder {
  files: KnowledgeFile[];
  /** Absent when the folder has no vocabulary file, or when it has problems. */
  vocabulary?: VocabularyFile;
  problems: KnowledgeProblem[];
}

/** The schemas the bot ships with, for a knowledge folder that has none of its own. */
const BUNDLED_SCHEMAS = path.join(projectRoot(), 'knowledge');

/** The translation schema of a knowledge folder (its own, else the bundled one). */
export function translationSchemaOf(dir: string): string {
  return schemaOf(dir, 'translation.schema.json');
}

/** A folder's own schema file, else the bundled one of the same name. */
function schemaOf(dir: string, name: string): string {
  const own = path.join(dir, name);
  return existsSync(own) ? own : path.join(BUNDLED_SCHEMAS, name);
}

/** Why the knowledge folder cannot be listed, and what to do about it. */
function unreadableFolder(error: NodeJS.ErrnoException): string {
  const fix = 'set KNOWLEDGE_DIR (environment or .env) to the folder with the knowledge files, or leave it unset for the project\'s knowledge/';
  if (error.code === 'ENOENT') return `no such folder: ${fix}`;
  if (error.code === 'ENOTDIR') return `not a folder: ${fix}`;
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'folder cannot be read (permission denied): let the user the bot runs as read it';
  return `folder cannot be read (${error.code ?? error.message}): ${fix}`;
}

/**
 * Every file of a knowledge folder that parses, and every problem found on the way (at most the
 * per-file cap of them for each file, and a count of the rest). `budget` counts what the load reads,
 * the translations after this.
 */
export function readKnowledgeFolder(dir: string, options: LoadOptions = {}, budget = new ReadBudget()): KnowledgeFolder {
  const schemaPath = options.schemaPath ?? schemaOf(dir, 'schema.json');
  const vocabularySchemaPath = options.vocabularySchemaPath ?? schemaOf(dir, 'vocabulary.schema.json');
  const problems: KnowledgeProblem[] = [];
  const files: KnowledgeFile[] = [];
  let names: string[];
  let vocabularyNames: string[];
  try {
    const all = readdirSync(dir);
    names = entryFilesOf(all);
    vocabularyNames = all.filter(isVocabularyFile).sort();
  } catch (error) {
    return { files, problems: [{ file: dir, line: 1, message: unreadableFolder(error as NodeJS.ErrnoException) }] };
  }
  if (names.length === 0) return { files, problems: [{ file: dir, line: 1, message: 'folder has no knowledge files (*.yaml)' }] };
  // Thousands of files are refused by their number, in one line, before any is opened.
  const count = names.length + vocabularyNames.length;
  if (count > KNOWLEDGE_LIMITS.maxFiles) return { files, problems: [{ file: dir, line: 1, message: tooManyFiles(count) }] };
  const reading: ReadOptions = { root: dir, budget };
  for (const name of names) {
    const parsed = parseKnowledgeFile(path.join(dir, name), problems, schemaPath, reading);
    if (parsed) files.push(parsed);
  }
  // With a file missing, its entries are unknown: follow-ups into it would be false alarms.
  problems.push(...crossFileProblems(files.flatMap((f) => f.entries), files.length === names.length));
  const [vocabularyName, ...others] = vocabularyNames;
  for (const other of others) problems.push({ file: other, line: 1, message: `is a second vocabulary file: keep one, named ${VOCABULARY_FILE}` });
  const vocabulary = vocabularyName ? parseVocabularyFile(path.join(dir, vocabularyName), problems, vocabularySchemaPath, reading) : undefined;
  const capped = capProblems(problems);
  return vocabulary ? { files, vocabulary, problems: capped } : { files, problems: capped };
}

/**
 * The knowledge base of parsed files and vocabulary (none: an empty vocabulary), with a version
 * that changes when any file does.
 */
export function knowledgeBaseOf(files: KnowledgeFile[], vocabulary?: VocabularyFile): KnowledgeBase {
  const entries = files.flatMap((f) => f.entries);

  const hash = createHash('sha256');
  for (const f of files) hash.update(f.file).update('\0').update(f.text).update('\0');
  if (vocabulary) hash.update(vocabulary.file).update('\0').update(vocabulary.text).update('\0');
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    vocabulary: vocabulary?.vocabulary ?? EMPTY_VOCABULARY,
    version: hash.digest('hex').slice(0, 12),
    loadedAt: new Date(),
  };
}

/** Problems that need every file: duplicate ids and follow-ups to entries that do not exist. */
export function crossFileProblems(entries: Entry[], complete = true): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const firstById = new Map<string, Entry>();
  for (const entry of entries) {
    const first = firstById.get(entry.id);
    if (first) {
      problems.push({ ...at(entry), message: `duplicate id: also at ${first.origin?.file}:${first.origin?.line}` });
    } else {
      firstById.set(entry.id, entry);
    }
  }
  for (const entry of complete ? entries : []) {
    for (const followUp of entry.followUps) {
      if (!firstById.has(followUp)) problems.push({ ...at(entry), message: `follow-up "${followUp}" is not an entry id` });
      if (followUp === entry.id) problems.push({ ...at(entry), message: 'follow-up points to the entry itself' });
    }
  }
  return problems;
}

function at(entry: Entry): KnowledgeProblem {
  return { file: entry.origin?.file ?? '?', line: entry.origin?.line ?? 1, entryId: entry.id, message: '' };
}
