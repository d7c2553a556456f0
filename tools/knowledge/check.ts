/**
 * `npm run knowledge:check [-- --online]`: checks every knowledge file and prints each problem with
 * its file, line and entry id. Exits 1 when anything is wrong, so it can guard a commit or a deploy.
 */
import { checkKnowledge } from './knowledgeCheck.js';
import { formatProblem } from '../../src/faq/knowledgeLoader.js';
import { knowledgeDir } from '../../src/paths.js';

const dir = knowledgeDir();
checkKnowledge(dir, { online: process.argv.includes('--online') }).then(
  (report) => {
    for (const problem of report.problems) console.log(formatProblem(problem));
    const looked = `${report.files} files, ${report.entries} entries, ${report.questions} questions, ${report.links} links in ${dir}`;
    if (report.problems.length > 0) {
      console.log(`\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} (${looked}).`);
      process.exit(1);
    }
    console.log(`No problems: ${looked}.`);
  },
  (error: unknown) => {
    console.error(`knowledge:check failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
