import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { KnowledgeError, knowledgeFiles, type KnowledgeProblem } from '../../src/faq/knowledgeLoader.js';
import { buildEntries, type PageEntry } from './buildEntries.js';
import { parsePage } from './pageParser.js';

/** What an import changed, entry ids by kind. */
export interface ImportReport {
  added: string[];
  changed: string[];
  removed: string[];
  kept: number;
  filesWritten: string[];
}

/** Header of every knowledge file: the schema reference gives editors completion and checks. */
export const FILE_HEADER = [
  ' yaml-language-server: $schema=./schema.json',
  ' Knowledge of the ICORN FAQ bot. How to edit: knowledge/README.md.',
  ' Entries with a "source" come from the page: `npm run knowledge:import` updates their answers',
  ' and keeps the questions and alternates you add.',
].join('\n');

const YAML_OPTIONS = { lineWidth: 0, blockQuote: 'literal' as const };

/**
 * Imports the page into the knowledge folder. Entries that come from the page get its current
 * answer and source; their questions, alternates, titles and follow-ups stay as editors left them.
 * Page entries the page no longer has are removed, new ones are added to their topic's file, and
 * hand-written entries (no source from this page) are left alone. Comments in the files survive.
 */
export function importPage(pageJson: string, dir: string, options: { write?: boolean } = {}): ImportReport {
  const page = parsePage(pageJson);
  const generated = buildEntries(page);
  const byId = new Map(generated.map((e) => [e.id, e]));
  const report: ImportReport = { added: [], changed: [], removed: [], kept: 0, filesWritten: [] };

  const documents = new Map<string, Document>();
  const problems: KnowledgeProblem[] = [];
  for (const name of existsSync(dir) ? knowledgeFiles(dir) : []) {
    const document = parseDocument(readFileSync(path.join(dir, name), 'utf8'));
    if (document.errors.length > 0) {
      problems.push({ file: name, line: document.errors[0]?.linePos?.[0]?.line ?? 1, message: 'is not valid YAML; fix it before importing' });
    }
    documents.set(name, document);
  }
  if (problems.length > 0) throw new KnowledgeError(problems);

  const seen = new Set<string>();
  const dirty = new Set<string>();
  const remaining = new Set<string>();
  for (const [name, document] of documents) {
    const entries = document.get('entries');
    if (!isSeq(entries)) continue;
    for (let index = entries.items.length - 1; index >= 0; index -= 1) {
      const item = entries.items[index];
      if (!isMap(item)) continue;
      const id = String(item.get('id'));
      const fresh = byId.get(id);
      const sourceUrl = item.getIn(['source', 'url']);
      if (fresh && !seen.has(id)) {
        seen.add(id);
        if (String(item.get('answer') ?? '').trim() !== fresh.answer || sourceUrl !== fresh.source.url) {
          report.changed.push(id);
          item.set('answer', fresh.answer);
          dirty.add(name);
        } else {
          report.kept += 1;
        }
        const source = document.createNode(fresh.source);
        if (JSON.stringify(item.toJSON().source) !== JSON.stringify(fresh.source)) {
          item.set('source', source);
          dirty.add(name);
        }
        remaining.add(id);
      } else if (sourceUrl === page.url) {
        entries.items.splice(index, 1);
        report.removed.push(id);
        dirty.add(name);
      } else {
        remaining.add(id);
      }
    }
  }

  for (const entry of generated) {
    if (seen.has(entry.id)) continue;
    const name = `${entry.topic}.yaml`;
    let document = documents.get(name);
    if (!document) {
      document = new Document({ topic: entry.topic, entries: [] });
      document.commentBefore = FILE_HEADER;
      documents.set(name, document);
    }
    const entries = document.get('entries') as YAMLSeq;
    entries.items.push(document.createNode(toYaml(entry)));
    report.added.push(entry.id);
    remaining.add(entry.id);
    dirty.add(name);
  }

  // Follow-ups may point at entries this import removed: drop those links rather than break the file.
  for (const [name, document] of documents) {
    const entries = document.get('entries');
    if (!isSeq(entries)) continue;
    for (const item of entries.items) {
      const followUps = isMap(item) ? item.get('followUps') : undefined;
      if (!isSeq(followUps)) continue;
      const before = followUps.items.length;
      followUps.items = followUps.items.filter((f) => remaining.has(String((f as { value?: unknown }).value ?? f)));
      if (followUps.items.length !== before) dirty.add(name);
    }
  }

  for (const name of [...dirty].sort()) {
    const document = documents.get(name) as Document;
    const entries = document.get('entries');
    report.filesWritten.push(name);
    if (options.write === false) continue;
    if (isSeq(entries) && entries.items.length === 0) rmSync(path.join(dir, name), { force: true });
    else writeAtomically(path.join(dir, name), document.toString(YAML_OPTIONS));
  }
  report.added.sort();
  report.changed.sort();
  report.removed.sort();
  return report;
}

function toYaml(entry: PageEntry): Record<string, unknown> {
  const { id, title, question, alternates, answer, followUps, source } = entry;
  return { id, title, question, alternates, answer, followUps, source };
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

