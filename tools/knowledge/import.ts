/**
 * `npm run knowledge:import [-- <page.json | https://…>]`: rebuilds the page's entries in the
 * knowledge folder from the source page, keeping every question editors added, and prints what
 * changed. With a file or URL, that page becomes the folder's new source copy.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeError, loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { importPage, writeAtomically } from './importKnowledge.js';
import { PageFormatError } from './pageParser.js';
import { loadConfig } from '../../src/config.js';
import { SOURCE_PAGE } from '../../src/paths.js';

async function readPage(from: string): Promise<string> {
  if (/^https?:\/\//i.test(from)) {
    const response = await fetch(from, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new PageFormatError(`${from} answered ${response.status}`);
    return await response.text();
  }
  return readFileSync(from, 'utf8');
}

async function main(): Promise<number> {
  const dir = loadConfig().knowledgeDir;
  const sourcePath = path.join(dir, SOURCE_PAGE);
  const from = process.argv[2] ?? sourcePath;
  const pageJson = await readPage(from);
  const report = importPage(pageJson, dir);
  if (path.resolve(from) !== path.resolve(sourcePath)) {
    if (/^https?:/i.test(from)) writeAtomically(sourcePath, pageJson);
    else copyFileSync(from, sourcePath);
  }
  const list = (ids: string[]) => (ids.length > 0 ? ids.join(', ') : 'none');
  console.log(`Imported ${from} into ${dir}`);
  console.log(`  added:   ${list(report.added)}`);
  console.log(`  changed: ${list(report.changed)}`);
  console.log(`  removed: ${list(report.removed)}`);
  console.log(`  unchanged: ${report.kept}; files written: ${list(report.filesWritten)}`);
  const knowledge = loadKnowledge(dir);
  console.log(`The knowledge now has ${knowledge.entries.length} entries (version ${knowledge.version}).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof KnowledgeError || error instanceof PageFormatError) {
      console.error(`knowledge:import: ${error.message}`);
    } else {
      console.error(`knowledge:import failed: ${(error as Error).message ?? String(error)}`);
    }
    process.exit(1);
  },
);
