/**
 * `npm run knowledge:check [-- --online]`: checks every knowledge file and the vocabulary, and prints
 * each problem with its file, line and entry id, then each warning. Exits 1 when anything is wrong
 * (warnings alone do not fail), so it can guard a commit or a deploy. A file with very many problems
 * shows its first ones and a count of the rest, and the totals count them all.
 */
import { checkKnowledge } from './knowledgeCheck.js';
import { formatProblem, problemCount } from '../../src/faq/knowledgeLoader.js';
import { loadConfig } from '../../src/config.js';

const dir = loadConfig().knowledgeDir;
checkKnowledge(dir, { online: process.argv.includes('--online') }).then(
  (report) => {
    for (const problem of report.problems) console.log(formatProblem(problem));
    for (const warning of report.warnings) console.log(`warning: ${formatProblem(warning)}`);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const vocabulary = `a vocabulary of ${plural(report.phrases, 'phrase')} and ${plural(report.synonymGroups, 'synonym group')}`;
    const looked = `${report.files} files, ${report.entries} entries, ${report.questions} questions, ${report.links} links, ${vocabulary} in ${dir}`;
    const warningCount = problemCount(report.warnings);
    const warned = warningCount > 0 ? `, ${plural(warningCount, 'warning')}` : '';
    if (report.problems.length > 0) {
      console.log(`\n${plural(problemCount(report.problems), 'problem')}${warned} (${looked}).`);
      process.exit(1);
    }
    console.log(`${warningCount > 0 ? '\n' : ''}No problems${warned}: ${looked}.`);
  },
  (error: unknown) => {
    console.error(`knowledge:check failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
