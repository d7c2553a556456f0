import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Entry, EntrySource, KnowledgeBase } from './types.js';

/** One problem in a knowledge file, located for an editor. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  entryId?: string;
  message: string;
}

/** A knowledge folder that cannot be loaded, with every problem found. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeError';
  }
}

/** "membership.yaml:12 [member-count] answer is empty": one line an editor can act on. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = `${problem.file}:${problem.line}`;
  return problem.entryId ? `${where} [${problem.entryId}] ${problem.message}` : `${where} ${problem.message}`;
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

let validator: ValidateFunction | undefined;

function schemaValidator(schemaPath: string): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }
  return validator;
}

/** The knowledge files of a folder: every `*.yaml` / `*.yml`, sorted by name. */
export function knowledgeFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
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
export function parseKnowledgeFile(filePath: string, problems: KnowledgeProblem[], schemaPath: string): KnowledgeFile | undefined {
  const file = path.basename(filePath);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    problems.push({ file, line: 1, message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return undefined;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ file, line: lines.linePos(error.pos[0]).line, message: `is not valid YAML: ${firstLine(error.message)}` });
    }
    return undefined;
  }
  const data: unknown = document.toJS();
  const validate = schemaValidator(schemaPath);
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      problems.push(schemaProblem(file, document, lines, data, error));
    }
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

interface RawEntry {
  id: string;
  title: string;
  question: string;
  alternates?: string[];
  answer: string;
  followUps?: string[];
  source?: EntrySource;
}

function schemaProblem(file: string, document: Document, lines: LineCounter, data: unknown, error: ErrorObject): KnowledgeProblem {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key.replace(/~1/g, '/').replace(/~0/g, '~')));
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

/** Options of `loadKnowledge`. */
export interface LoadOptions {
  /** JSON Schema of the files; defaults to `schema.json` in the folder. */
  schemaPath?: string;
}

/**
 * Loads every knowledge file of a folder into one knowledge base. Throws `KnowledgeError` listing
 * every problem (file, line, entry id) when anything is wrong, so a broken file never half-loads.
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): KnowledgeBase {
  const { files, problems } = readKnowledgeFolder(dir, options);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return knowledgeBaseOf(files);
}

/** Every file of a knowledge folder that parses, and every problem found on the way. */
export function readKnowledgeFolder(dir: string, options: LoadOptions = {}): { files: KnowledgeFile[]; problems: KnowledgeProblem[] } {
  const schemaPath = options.schemaPath ?? path.join(dir, 'schema.json');
  const problems: KnowledgeProblem[] = [];
  const files: KnowledgeFile[] = [];
  let names: string[];
  try {
    names = knowledgeFiles(dir);
  } catch (error) {
    return { files, problems: [{ file: dir, line: 1, message: `folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  if (names.length === 0) return { files, problems: [{ file: dir, line: 1, message: 'folder has no knowledge files (*.yaml)' }] };
  for (const name of names) {
    const parsed = parseKnowledgeFile(path.join(dir, name), problems, schemaPath);
    if (parsed) files.push(parsed);
  }
  // With a file missing, its entries are unknown: follow-ups into it would be false alarms.
  problems.push(...crossFileProblems(files.flatMap((f) => f.entries), files.length === names.length));
  return { files, problems };
}

/** The knowledge base of parsed files, with a version that changes when any file does. */
export function knowledgeBaseOf(files: KnowledgeFile[]): KnowledgeBase {
  const entries = files.flatMap((f) => f.entries);

  const hash = createHash('sha256');
  for (const f of files) hash.update(f.file).update('\0').update(f.text).update('\0');
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
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
