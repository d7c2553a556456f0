/**
 * The knowledge in other languages: `translations/<code>.yaml` in the knowledge folder, each entry
 * translating the English entry with the same id. A translation takes its follow-ups and topic from
 * the English entry, keeps every number, e-mail address, phone number and link of the English
 * answer, and says whether ICORN has reviewed it. Checked like the English files: a broken file
 * stops the folder from loading, with its file and line.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { addCapped, capProblems, lineOf, parseYamlFile, ReadBudget, schemaProblem, tooManyFiles, validatorOrProblem, type KnowledgeProblem } from './knowledgeLoader.js';
import { KNOWLEDGE_LIMITS } from '../limits.js';
import { EMPTY_VOCABULARY } from './normalize.js';
import type { Entry, TranslatedKnowledge } from './types.js';

interface RawTranslation {
  language: string;
  /** Words of ICORN's world in this language (the vocabulary's `domain`). */
  domain?: string[];
  entries: Array<{ id: string; reviewed: boolean; translatedFrom?: string; title: string; question: string; alternates: string[]; answer: string }>;
}

/** The fingerprint of an English answer, which a translation records as `translatedFrom`. */
export function answerFingerprint(answer: string): string {
  return createHash('sha256').update(answer.trim()).digest('hex').slice(0, 12);
}

/** What must stay the same in a translation: numbers, e-mail addresses, phone numbers, link targets. */
export function figuresOf(answer: string): string[] {
  const links = [...answer.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const withoutLinks = answer.replace(/\]\([^)\s]+\)/g, ']');
  // An address starts where a word does (the look-behind), so a long word is not rescanned from each letter.
  const emails = withoutLinks.match(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  const numbers = withoutLinks.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ').match(/\+?\d[\d\s-]*\d|\d/g) ?? [];
  return [...links.map((l) => `link ${l}`), ...emails.map((e) => `email ${e}`), ...numbers.map((n) => `number ${n.replace(/\s+/g, ' ')}`)].sort();
}

export interface TranslationReport {
  translations: TranslatedKnowledge[];
  problems: KnowledgeProblem[];
  /** Missing and stale translations, unreviewed counts: worth knowing, not worth refusing the folder. */
  warnings: KnowledgeProblem[];
  /** The files' texts, for the knowledge version. */
  texts: string[];
}

/**
 * Reads `translations/*.yaml` of a knowledge folder against its English entries. The files are read
 * under the same rules as the English ones (inside the knowledge folder, size limits counted in
 * `budget`, UTF-8), and the problems are capped per file the same way.
 */
export function readTranslations(dir: string, english: readonly Entry[], schemaPath: string, budget = new ReadBudget()): TranslationReport {
  const report = readTranslationFiles(dir, english, schemaPath, budget);
  report.problems = capProblems(report.problems);
  return report;
}

function readTranslationFiles(dir: string, english: readonly Entry[], schemaPath: string, budget: ReadBudget): TranslationReport {
  const folder = path.join(dir, 'translations');
  const report: TranslationReport = { translations: [], problems: [], warnings: [], texts: [] };
  if (!existsSync(folder)) return report;
  const byId = new Map(english.map((e) => [e.id, e]));
  const names = readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n)).sort();
  if (budget.files + names.length > KNOWLEDGE_LIMITS.maxFiles) {
    report.problems.push({ file: 'translations', line: 1, message: tooManyFiles(budget.files + names.length) });
    return report;
  }
  for (const name of names) {
    const shown = `translations/${name}`;
    const parsed = parseYamlFile(path.join(folder, name), report.problems, { shown, root: dir, budget });
    if (!parsed) continue;
    const { file, text, document, lines, data } = parsed;
    const validate = validatorOrProblem(schemaPath, report.problems);
    if (!validate) continue;
    if (!validate(data)) {
      addCapped(report.problems, shown, validate.errors ?? [], (error) => ({ ...schemaProblem(file, document, lines, data, error), file: shown }));
      continue;
    }
    const raw = data as RawTranslation;
    const expected = name.replace(/\.ya?ml$/i, '');
    if (raw.language !== expected) {
      report.problems.push({ file: shown, line: lineOf(document, lines, ['language']), message: `language "${raw.language}" is not the file's name (${expected})` });
      continue;
    }
    report.texts.push(`${shown}\0${text}`);
    const entries: Entry[] = [];
    const reviewed = new Set<string>();
    const seen = new Set<string>();
    raw.entries.forEach((item, index) => {
      const at = { file: shown, line: lineOf(document, lines, ['entries', index]), entryId: item.id };
      const original = byId.get(item.id);
      if (!original) {
        report.problems.push({ ...at, message: 'translates no entry: there is no English entry with this id' });
        return;
      }
      if (seen.has(item.id)) {
        report.problems.push({ ...at, message: 'is translated twice in this file' });
        return;
      }
      seen.add(item.id);
      const want = figuresOf(original.answer);
      const got = figuresOf(item.answer);
      if (want.join('\n') !== got.join('\n')) {
        const missing = want.filter((f) => !got.includes(f));
        const extra = got.filter((f) => !want.includes(f));
        report.problems.push({
          ...at,
          line: lineOf(document, lines, ['entries', index, 'answer']),
          message: `answer must keep the English answer's numbers, e-mails, phones and links${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; not in English: ${extra.join(', ')}` : ''}`,
        });
      }
      if (item.translatedFrom && item.translatedFrom !== answerFingerprint(original.answer)) {
        report.warnings.push({ ...at, message: `is stale: the English answer changed after this translation (update it, then set translatedFrom: ${answerFingerprint(original.answer)})` });
      }
      if (item.reviewed) reviewed.add(item.id);
      entries.push({
        id: item.id,
        title: item.title.trim(),
        question: item.question.trim(),
        alternates: item.alternates.map((a) => a.trim()),
        answer: item.answer.trim(),
        followUps: original.followUps,
        topic: original.topic,
        origin: { file: shown, line: at.line },
      });
    });
    const missing = english.filter((e) => !seen.has(e.id));
    if (missing.length > 0) {
      report.warnings.push({ file: shown, line: 1, message: `has no translation of ${missing.map((e) => e.id).join(', ')} (questions about them, asked in ${raw.language}, get the reply for what the bot cannot answer)` });
    }
    report.translations.push({
      language: raw.language,
      entries,
      byId: new Map(entries.map((e) => [e.id, e])),
      // Only the domain's words: a translation has no phrases or synonyms of its own.
      vocabulary: raw.domain ? { ...EMPTY_VOCABULARY, domain: raw.domain.map((word) => word.trim().toLowerCase()) } : EMPTY_VOCABULARY,
      version: createHash('sha256').update(text).digest('hex').slice(0, 12),
      loadedAt: new Date(),
      reviewed,
    });
  }
  return report;
}
