import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
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

/** The vocabulary file of a knowledge folder: the domain's phrases, synonyms and owned words. */
export const VOCABULARY_FILE = 'vocabulary.yaml';

/** A file name that is the vocabulary, not an entry file (`vocabulary.yaml`, in any case, or `.yml`). */
export function isVocabularyFile(name: string): boolean {
  return /^vocabulary\.ya?ml$/i.test(name);
}

/**
 * Compiled schemas by path and text: a schema edited on disk (live reload) or another schema path
 * is compiled anew, an unchanged one is not compiled for every file and every load.
 */
const validators = new Map<string, ValidateFunction>();
const MAX_CACHED_VALIDATORS = 16;

/** The validator of the JSON Schema at `schemaPath` as the file is now. Throws when it cannot be read or compiled. */
function schemaValidator(schemaPath: string): ValidateFunction {
  const text = readFileSync(schemaPath, 'utf8');
  const key = `${path.resolve(schemaPath)}\0${text}`;
  let validate = validators.get(key);
  if (!validate) {
    // A fresh Ajv per schema: two versions of one schema share an $id, which one Ajv would refuse.
    validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(text) as object);
    if (validators.size >= MAX_CACHED_VALIDATORS) validators.delete(validators.keys().next().value as string);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * The validator of a schema, or a problem naming the schema file when it cannot be read or
 * compiled (the folder then does not load, and the editor is told why).
 */
export function validatorOrProblem(schemaPath: string, problems: KnowledgeProblem[]): ValidateFunction | undefined {
  try {
    return schemaValidator(schemaPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ? `cannot be read: ${code}` : `is not a valid JSON Schema: ${firstLine((error as Error).message)}`;
    const file = path.basename(schemaPath);
    if (!problems.some((p) => p.file === file && p.message === reason)) problems.push({ file, line: 1, message: reason });
    return undefined;
  }
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
export function parseKnowledgeFile(filePath: string, problems: KnowledgeProblem[], schemaPath: string): KnowledgeFile | undefined {
  const parsed = parseYamlFile(filePath, problems);
  if (!parsed) return undefined;
  const { file, text, document, lines } = parsed;
  const data: unknown = document.toJS();
  const validate = validatorOrProblem(schemaPath, problems);
  if (!validate) return undefined;
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

/** Reads and parses a YAML file; problems (unreadable, not YAML) are added to `problems`. */
export function parseYamlFile(filePath: string, problems: KnowledgeProblem[]): { file: string; text: string; document: Document; lines: LineCounter } | undefined {
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
  return { file, text, document, lines };
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
export function parseVocabularyFile(filePath: string, problems: KnowledgeProblem[], schemaPath: string): VocabularyFile | undefined {
  const parsed = parseYamlFile(filePath, problems);
  if (!parsed) return undefined;
  const { file, text, document, lines } = parsed;
  // A file of comments only is an empty vocabulary.
  const data: unknown = document.toJS() ?? {};
  const validate = validatorOrProblem(schemaPath, problems);
  if (!validate) return undefined;
  if (!validate(data)) {
    // One problem per place: an empty word is both too short and not a word.
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const place = [error.instancePath, error.propertyName, error.params['additionalProperty']].join('\0');
      const problem = seen.has(place) ? undefined : vocabularyProblem(file, document, lines, data, error);
      if (!problem) continue;
      seen.add(place);
      problems.push(problem);
    }
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

/** One ajv error of the vocabulary as a line an editor can act on (undefined for ajv's summary errors). */
function vocabularyProblem(file: string, document: Document, lines: LineCounter, data: unknown, error: ErrorObject): KnowledgeProblem | undefined {
  // A bad phrase (an object's key) comes twice: as itself, with its name, and as "propertyNames".
  if (error.keyword === 'propertyNames') return undefined;
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
  const { files, vocabulary, problems } = readKnowledgeFolder(dir, options);
  if (problems.length > 0) throw new KnowledgeError(problems);
  const english = knowledgeBaseOf(files, vocabulary);
  const translated = readTranslations(dir, english.entries, translationSchemaOf(dir));
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

/** Every file of a knowledge folder that parses, and every problem found on the way. */
/** Why the knowledge folder cannot be listed, and what to do about it. */
function unreadableFolder(error: NodeJS.ErrnoException): string {
  const fix = 'set KNOWLEDGE_DIR (environment or .env) to the folder with the knowledge files, or leave it unset for the project\'s knowledge/';
  if (error.code === 'ENOENT') return `no such folder: ${fix}`;
  if (error.code === 'ENOTDIR') return `not a folder: ${fix}`;
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'folder cannot be read (permission denied): let the user the bot runs as read it';
  return `folder cannot be read (${error.code ?? error.message}): ${fix}`;
}

export function readKnowledgeFolder(dir: string, options: LoadOptions = {}): KnowledgeFolder {
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
  for (const name of names) {
    const parsed = parseKnowledgeFile(path.join(dir, name), problems, schemaPath);
    if (parsed) files.push(parsed);
  }
  // With a file missing, its entries are unknown: follow-ups into it would be false alarms.
  problems.push(...crossFileProblems(files.flatMap((f) => f.entries), files.length === names.length));
  const [vocabularyName, ...others] = vocabularyNames;
  for (const other of others) problems.push({ file: other, line: 1, message: `is a second vocabulary file: keep one, named ${VOCABULARY_FILE}` });
  const vocabulary = vocabularyName ? parseVocabularyFile(path.join(dir, vocabularyName), problems, vocabularySchemaPath) : undefined;
  return vocabulary ? { files, vocabulary, problems } : { files, problems };
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
