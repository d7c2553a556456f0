import { isScalar, type Document } from 'yaml';
import {
  capProblems,
  knowledgeBaseOf,
  lineOf,
  readKnowledgeFolder,
  ReadBudget,
  translationSchemaOf,
  vocabularyPath,
  type KnowledgeFile,
  type KnowledgeProblem,
  type VocabularyFile,
} from '../../src/faq/knowledgeLoader.js';
import { createMatcher } from '../../src/faq/matcher.js';
import { readTranslations } from '../../src/faq/translations.js';
import { DEFAULT_DECISION_CONFIG } from '../../src/faq/matcherConfig.js';
import { normalizerFor } from '../../src/faq/normalize.js';

/** Options of the check. */
export interface CheckOptions {
  /** Also request every web link and report those that do not answer (needs the network). */
  online?: boolean;
  /** Timeout of each online link check. */
  linkTimeoutMs?: number;
}

/** What the check found, and how much it looked at. */
export interface CheckReport {
  problems: KnowledgeProblem[];
  /** Things that work but are probably not what the editor meant (they do not fail the check). */
  warnings: KnowledgeProblem[];
  /** Entry files (the vocabulary is counted apart). */
  files: number;
  /** Phrases and synonym groups of the vocabulary (0 and 0 without `vocabulary.yaml`). */
  phrases: number;
  synonymGroups: number;
  entries: number;
  questions: number;
  links: number;
}

interface Located {
  file: KnowledgeFile;
  entryIndex: number;
  id: string;
}

/**
 * Checks a knowledge folder the way an editor needs: schema errors (of the entry files and the
 * vocabulary), duplicate ids, the same question under two entries, questions that retrieve another
 * entry better than their own (confusable pairs), empty or over-long answers, and broken links;
 * each problem with its file, line and entry id. Warns about a word in two synonym groups and a
 * phrase that means nothing.
 */
export async function checkKnowledge(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  // One budget for the folder and its translations, as the bot reads them: the same size limits.
  const budget = new ReadBudget();
  const { files, vocabulary, problems } = readKnowledgeFolder(dir, {}, budget);
  const warnings = vocabulary ? vocabularyWarnings(vocabulary) : [];
  // Translations: ids that translate no entry, figures that differ from the English (problems);
  // missing and stale translations (warnings).
  const translations = readTranslations(dir, files.flatMap((f) => f.entries), translationSchemaOf(dir), budget);
  problems.push(...translations.problems);
  warnings.push(...translations.warnings);
  // Questions are compared as the matcher reads them: with the folder's own phrases and synonyms.
  const { words } = normalizerFor(vocabulary?.vocabulary);
  const located: Located[] = files.flatMap((file) => file.entries.map((entry, entryIndex) => ({ file, entryIndex, id: entry.id })));
  let questions = 0;

  // The same question under two entries (or twice in one), compared as the matcher reads them.
  const seen = new Map<string, { at: Located; line: number }>();
  for (const place of located) {
    const entry = place.file.entries[place.entryIndex]!;
    [entry.question, ...entry.alternates].forEach((text, index) => {
      questions += 1;
      const keys = index === 0 ? ['entries', place.entryIndex, 'question'] : ['entries', place.entryIndex, 'alternates', index - 1];
      const line = lineOf(place.file.document, place.file.lines, keys);
      const key = words(text).join(' ');
      if (!key) {
        problems.push({ file: place.file.file, line, entryId: place.id, message: `question "${text}" has no words` });
        return;
      }
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { at: place, line });
      } else if (first.at.id === place.id) {
        problems.push({ file: place.file.file, line, entryId: place.id, message: `question "${text}" is repeated (also at line ${first.line})` });
      } else {
        problems.push({
          file: place.file.file,
          line,
          entryId: place.id,
          message: `question "${text}" is also under ${first.at.id} (${first.at.file.file}:${first.line})`,
        });
      }
    });
  }

  // Confusable pairs. Each question is asked of the knowledge as it would be without that question
  // (and without the exact-match shortcut): if another entry then answers it confidently and well
  // ahead of the rest of its own entry, the question says what the other entry is about, and users
  // asking it in other words will get the other answer.
  if (problems.length === 0 && located.length > 0) {
    const knowledge = knowledgeBaseOf(files, vocabulary);
    for (const place of located) {
      const entry = place.file.entries[place.entryIndex]!;
      const texts = [entry.question, ...entry.alternates];
      texts.forEach((text, index) => {
        const rest = texts.filter((_, i) => i !== index);
        const without = { ...entry, question: rest[0] ?? entry.title, alternates: rest.slice(1) };
        const entries = knowledge.entries.map((e) => (e.id === entry.id ? without : e));
        const matcher = createMatcher({ ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])) }, { exactMatch: false, limit: 10 });
        const candidates = matcher.match(text).candidates;
        const own = candidates.find((c) => c.entry.id === entry.id)?.confidence ?? 0;
        const rival = candidates.find((c) => c.entry.id !== entry.id);
        if (!rival || rival.confidence < DEFAULT_DECISION_CONFIG.answerThreshold || rival.confidence - own < CONFUSABLE_GAP) return;
        const keys = index === 0 ? ['entries', place.entryIndex, 'question'] : ['entries', place.entryIndex, 'alternates', index - 1];
        problems.push({
          file: place.file.file,
          line: lineOf(place.file.document, place.file.lines, keys),
          entryId: entry.id,
          message: `question "${text}" is confusable: it retrieves ${rival.entry.id} (${rival.confidence.toFixed(2)}) better than the rest of its own entry ${entry.id} (${own.toFixed(2)}); reword it so it says what ${entry.id} is about, or move it`,
        });
      });
    }
  }

  // Links in the answers.
  let links = 0;
  const webLinks: Array<{ url: string; problem: KnowledgeProblem }> = [];
  for (const place of located) {
    const { document, lines } = place.file;
    const answerLine = lineOf(document, lines, ['entries', place.entryIndex, 'answer']);
    const raw = rawAnswer(document, place.entryIndex);
    const lineAt = (offset: number) => answerLine + (raw.block ? 1 : 0) + (raw.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    for (const link of raw.text.matchAll(/\[([^\]]*)\]\(([^)]*)\)?/g)) {
      links += 1;
      const [whole, label, target] = link;
      const at = { file: place.file.file, line: lineAt(link.index ?? 0), entryId: place.id };
      const problem = linkProblem(label ?? '', (target ?? '').trim(), whole.endsWith(')'));
      if (problem) problems.push({ ...at, message: `broken link ${whole}: ${problem}` });
      else if (/^https?:/i.test(target ?? '')) webLinks.push({ url: (target ?? '').trim(), problem: { ...at, message: '' } });
    }
    for (const bare of raw.text.matchAll(/\]\s+\(|\[[^\]]*$/gm)) {
      problems.push({ file: place.file.file, line: lineAt(bare.index ?? 0), entryId: place.id, message: 'broken link: a "[text](address)" is not closed or has a space before "("' });
    }
  }
  if (options.online) {
    await Promise.all(
      webLinks.map(async ({ url, problem }) => {
        const status = await fetchStatus(url, options.linkTimeoutMs ?? 10_000);
        if (status !== 'ok') problems.push({ ...problem, message: `broken link ${url}: ${status}` });
      }),
    );
  }

  const byPlace = (a: KnowledgeProblem, b: KnowledgeProblem) => a.file.localeCompare(b.file) || a.line - b.line;
  problems.sort(byPlace);
  warnings.sort(byPlace);
  // At most the loader's cap per file, with a count of the rest, as the bot itself reports them.
  return {
    problems: capProblems(problems),
    warnings: capProblems(warnings),
    files: files.length,
    phrases: vocabulary?.vocabulary.phrases.length ?? 0,
    synonymGroups: vocabulary?.vocabulary.synonyms.length ?? 0,
    entries: located.length,
    questions,
    links,
  };
}

/**
 * What in a valid vocabulary is probably a slip: a word in two synonym groups (it is read as the
 * first word of the last of them only), two words of different groups that the bot reads as one
 * ("help" and "helps"), and a phrase whose meaning is empty (it does nothing).
 */
export function vocabularyWarnings(vocabularyFile: VocabularyFile): KnowledgeProblem[] {
  const { file, document, lines, vocabulary } = vocabularyFile;
  const warnings: KnowledgeProblem[] = [];
  const raw = (document.toJS() ?? {}) as { phrases?: Record<string, string | null> };
  // The raw keys, in the order the vocabulary holds their phrases: where the editor wrote each one.
  Object.keys(raw.phrases ?? {}).forEach((key, index) => {
    const means = vocabulary.phrases[index]?.[1];
    if (means !== undefined && means.trim() === '') {
      warnings.push({
        file,
        line: lineOf(document, lines, ['phrases', key]),
        message: `${vocabularyPath(['phrases', key])} means nothing, so it is ignored: write the word it stands for after the colon`,
      });
    }
  });
  // Stems without synonyms: how the bot would read each word if no group claimed it.
  const { termOf: stem } = normalizerFor(undefined, { synonyms: false });
  const firstGroup = new Map<string, { group: number; word: string }>();
  vocabulary.synonyms.forEach((group, groupIndex) => {
    const inThisGroup = new Set<string>();
    group.forEach((word, wordIndex) => {
      for (const key of new Set([word, stem(word)])) {
        const first = firstGroup.get(key);
        if (first && first.group !== groupIndex && !inThisGroup.has(key)) {
          const where = `${vocabularyPath(['synonyms', groupIndex])} "${word}"`;
          const other = `${vocabularyPath(['synonyms', first.group])} (line ${lineOf(document, lines, ['synonyms', first.group])})`;
          const head = group[0] as string;
          warnings.push({
            file,
            line: lineOf(document, lines, ['synonyms', groupIndex, wordIndex]),
            message:
              first.word === word
                ? `${where} is also in ${other}: the bot reads it as "${head}" only; keep each word in one group`
                : `${where} is read like "${first.word}" of ${other}: the bot reads both as "${head}" only; keep them in one group`,
          });
          break;
        }
        inThisGroup.add(key);
        if (!first) firstGroup.set(key, { group: groupIndex, word });
      }
    });
  });
  return warnings;
}

function rawAnswer(document: Document, entryIndex: number): { text: string; block: boolean } {
  const node = document.getIn(['entries', entryIndex, 'answer'], true);
  if (!isScalar(node)) return { text: '', block: false };
  return { text: String(node.value ?? ''), block: node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' };
}

/** How far another entry must lead a question's own entry (without the question) to be a confusable pair. */
export const CONFUSABLE_GAP = 0.3;

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** What is wrong with a Markdown link, or undefined when it can work. */
export function linkProblem(label: string, target: string, closed: boolean): string | undefined {
  if (!closed) return 'the link is not closed with ")"';
  if (!label.trim()) return 'the link has no text';
  if (!target) return 'the link has no address';
  if (/\s/.test(target)) return 'the address contains a space';
  if (/^mailto:/i.test(target)) return EMAIL.test(target.slice(7).split('?')[0] ?? '') ? undefined : 'not a valid e-mail address';
  if (/^tel:/i.test(target)) return /^tel:\+?[\d\-. ()]{6,}$/i.test(target) ? undefined : 'not a valid phone number';
  if (!/^https?:\/\//i.test(target)) return 'the address must start with https://, http://, mailto: or tel:';
  try {
    const url = new URL(target);
    if (!url.hostname.includes('.')) return 'the address has no domain';
  } catch {
    return 'not a valid web address';
  }
  return undefined;
}

async function fetchStatus(url: string, timeoutMs: number): Promise<string> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 405 || response.status === 403) response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    return response.status < 400 ? 'ok' : `answered ${response.status}`;
  } catch (error) {
    return `could not be reached (${(error as Error).name === 'TimeoutError' ? 'timeout' : (error as Error).message})`;
  }
}

