import { createFaqEngine } from './src/faq/faqEngine.js';
import { loadKnowledge } from './src/faq/knowledgeLoader.js';
import { loadLanguageSets, scoreLanguage } from './tools/eval/languages.js';
const k = loadKnowledge('knowledge');
const sets = loadLanguageSets('test/eval/languages');
for (const opts of JSON.parse(process.argv[2]!) as Array<Record<string, unknown>>) {
  const e = createFaqEngine(k, opts);
  console.log(JSON.stringify(opts), sets.filter((s) => true).map((s) => { const f = scoreLanguage(s, e, 'tuning'); return `${s.language} ${f.rightFirst} ${f.rightOrOffered} oos ${f.outOfScopeAnswered}`; }).join(' | '));
}
