/**
 * `npm run eval [-- --json] [-- --baseline] [-- --ablate <step>]`: measures answer quality on the
 * evaluation set (tuning and held-out parts reported apart), CLINC150's 3,100 out-of-scope queries,
 * the typo test, and the time per query.
 */
import { createFaqEngine, type FaqEngineOptions } from '../../src/faq/faqEngine.js';
import { ABLATIONS } from './ablationSwitches.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { createMatcher } from '../../src/faq/matcher.js';
import {
  baselineAsker,
  engineAsker,
  evaluateClinc,
  loadEvaluationSet,
  loadFollowUps,
  percentile,
  scoreFollowUps,
  scoreItem,
  summarise,
  typoVariants,
  type Asker,
  type ItemResult,
  type Summary,
} from './evaluation.js';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { clincForCommand } from './clinc.js';
import { loadEveryday, scoreEveryday } from './everyday.js';
import { loadPersonaSet, personaFigures, scorePersonaSet } from './persona.js';
import { detectLanguage, wordsOfKnowledge, wordsOfTranslations } from '../../src/i18n/detectLanguage.js';
import { loadLanguageSets, scoreLanguage, type LanguageFigures } from './languages.js';
import { LATER_PERSONA_PARTS, TUNING_PERSONA_PARTS } from './levels.js';
import path from 'node:path';


function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const json = process.argv.includes('--json');
const baseline = process.argv.includes('--baseline');
const ablation = argument('--ablate');
if (ablation && !ABLATIONS[ablation]) {
  console.error(`Unknown --ablate "${ablation}". One of: ${Object.keys(ABLATIONS).join(', ')}`);
  process.exit(2);
}

const root = projectRoot();
const knowledge = loadKnowledge(loadConfig().knowledgeDir);
const options: FaqEngineOptions = (ablation ? ABLATIONS[ablation] : undefined) ?? {};
const engine = createFaqEngine(knowledge, options);
const ask: Asker = baseline ? baselineAsker(knowledge) : engineAsker(engine);
const label = baseline ? 'baseline: plain fuse.js over the questions' : ablation ? `engine without ${ablation.slice(3)}` : 'engine';

const items = loadEvaluationSet(root);
const results = items.map((item) => scoreItem(item, ask));
const bySplit = (split: string) => results.filter((r) => r.item.split === split);

const categories = [...new Set(items.map((i) => i.category))];
const perCategory = Object.fromEntries(
  categories.map((category) => [
    category,
    Object.fromEntries(
      ['tuning', 'heldout'].map((split) => {
        const group = results.filter((r) => r.item.category === category && r.item.split === split);
        return [split, { questions: group.length, correct: group.filter((r) => r.correct).length, falseAnswers: group.filter((r) => r.falseAnswer).length }];
      }),
    ),
  ]),
);

const clincQueries = clincForCommand();
const clinc = {
  all: evaluateClinc(clincQueries, ask),
  calibration: evaluateClinc(clincQueries.filter((q) => q.half === 'calibration'), ask),
  report: evaluateClinc(clincQueries.filter((q) => q.half === 'report'), ask),
};

// The typo test is about the matcher's retrieval: the best candidate must be the entry itself.
const typoMatcher = createMatcher(knowledge, options.matcher, options.normalize);
const variants = typoVariants(knowledge);
const typoResults = variants.map((v) => {
  const top = baseline ? ask(v.typo).candidates[0]?.id : typoMatcher.match(v.typo).candidates[0]?.entry.id;
  return { ...v, top, ok: top === v.id };
});
const typo = {
  variants: typoResults.length,
  oneEdit: rateOf(typoResults.filter((t) => t.edits === 1)),
  twoEdits: rateOf(typoResults.filter((t) => t.edits === 2)),
  all: rateOf(typoResults),
  misses: typoResults.filter((t) => !t.ok).map(({ id, typo: text, top }) => ({ id, typo: text, top })),
};

function rateOf(list: Array<{ ok: boolean }>): number {
  return list.length === 0 ? 0 : Math.round((list.filter((t) => t.ok).length / list.length) * 10000) / 10000;
}

// Time per query, in process: after a warm-up on the knowledge's own questions (so the JIT has
// compiled the engine), every evaluation and CLINC150 query is timed once, uncached by any earlier
// run of the same query. A query over 1 ms is timed again (best of three) to tell a slow query from
// a pause of the machine (garbage collection, the other process on a 2-core box).
const timing = baseline ? ask : engineAsker(createFaqEngine(knowledge, options));
for (let round = 0; round < 3; round += 1) {
  for (const entry of knowledge.entries) timing(`${entry.question} ${round}`);
}
const timed = [...items.map((i) => i.q), ...clincQueries.map((q) => q.text)].map((query) => {
  const started = process.hrtime.bigint();
  timing(query);
  return { query, micros: Number(process.hrtime.bigint() - started) / 1000 };
});
const micros = timed.map((t) => t.micros);
const slow = timed
  .filter((t) => t.micros > 1000)
  .map((t) => {
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = process.hrtime.bigint();
      timing(t.query);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000);
    }
    return { query: t.query, first: round(t.micros), bestOfThree: round(best) };
  });
const latency = {
  queries: micros.length,
  p50: round(percentile(micros, 50)),
  p95: round(percentile(micros, 95)),
  p99: round(percentile(micros, 99)),
  max: round(Math.max(...micros)),
  overOneMillisecond: slow.length,
  slowestBestOfThree: round(Math.max(0, ...slow.map((s) => s.bestOfThree))),
  unit: 'microseconds',
};

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const followUpResults = scoreFollowUps(loadFollowUps(root), ask);
const followUps = Object.fromEntries(
  ['tuning', 'heldout'].map((split) => {
    const group = followUpResults.filter((f) => f.split === split);
    return [split, { questions: group.length, right: group.filter((f) => f.ok).length }];
  }),
);

const personaResults = scorePersonaSet(loadPersonaSet(path.join(root, 'test', 'eval', 'persona.yaml')), ask, knowledge);
// The later held-out parts (second, third, fifth, seventh, ninth, eleventh, thirteenth, fifteenth, eighteenth, twentieth, twenty-third, twenty-sixth, twenty-eighth, twenty-ninth: `LATER_PERSONA_PARTS`): all held out, figures only (their
// misses are not printed, so that no one tunes on them).
const later = Object.fromEntries(
  LATER_PERSONA_PARTS.map(({ name, file }) => [name, personaFigures(scorePersonaSet(loadPersonaSet(path.join(root, 'test', 'eval', file)), ask, knowledge), 'heldout')]),
) as Record<(typeof LATER_PERSONA_PARTS)[number]['name'], ReturnType<typeof personaFigures>>;
// The fourth, sixth, eighth, tenth and twelfth parts are all for tuning: their figures are printed beside the others, their misses
// after those of persona.yaml.
const tuningResults = TUNING_PERSONA_PARTS.map(({ name, file }) => ({ name, results: scorePersonaSet(loadPersonaSet(path.join(root, 'test', 'eval', file)), ask, knowledge) }));
// The parts whose misses are printed: persona.yaml (its own split names each miss) and the tuning parts.
const printedParts = [{ name: undefined, results: personaResults }, ...tuningResults];
const persona = {
  tuning: personaFigures(personaResults, 'tuning'),
  heldout: personaFigures(personaResults, 'heldout'),
  ...later,
  tuningParts: Object.fromEntries(tuningResults.map(({ name, results }) => [name, personaFigures(results, 'tuning')])) as Record<(typeof TUNING_PERSONA_PARTS)[number]['name'], ReturnType<typeof personaFigures>>,
  misses: {
    answerable: printedParts.flatMap(({ name, results }) =>
      results.answerable
        .filter((r) => !r.rightFirst)
        .map((r) => ({ split: name ?? r.item.split, persona: r.item.persona, q: r.item.q, expected: r.item.expect, got: gotOf(r.outcome) })),
    ),
    nearDomain: printedParts.flatMap(({ name, results }) =>
      results.nearDomain.filter((r) => !r.honest).map((r) => ({ split: name ?? r.item.split, q: r.item.q, lacks: r.item.lacks, got: gotOf(r.outcome) })),
    ),
    conversations: printedParts.flatMap(({ name, results }) =>
      results.conversations
        .filter((r) => !r.ok)
        .map((r) => ({ split: name ?? r.conversation.split, turns: r.conversation.turns.map((t, i) => `"${t.q}" -> ${gotOf(r.outcomes[i]!)}`) })),
    ),
    danger: printedParts.flatMap(({ name, results }) =>
      results.danger.filter((r) => !r.ok).map((r) => ({ split: name ?? r.item.split, q: r.item.q, got: gotOf(r.outcome), missing: r.missing })),
    ),
  },
};

function gotOf(outcome: { kind: string; answered?: string; options?: string[] }): string {
  if (outcome.kind === 'answer' || outcome.kind === 'notStated') return `${outcome.kind} ${outcome.answered}`;
  if (outcome.kind === 'didYouMean') return `didYouMean [${(outcome.options ?? []).join(', ')}]`;
  return outcome.kind;
}

// The language choice: every question of the English sets (and CLINC150) must be read as English,
// or as too short to tell; and what it costs per message.
const knownWords = wordsOfKnowledge(knowledge);
const translatedWords = wordsOfTranslations(knowledge);
const englishTexts = [
  ...items.map((i) => i.q),
  ...printedParts.flatMap(({ results }) => [
    ...results.answerable.map((r) => r.item.q),
    ...results.nearDomain.map((r) => r.item.q),
    ...results.danger.map((r) => r.item.q),
    ...results.conversations.flatMap((r) => r.conversation.turns.map((t) => t.q)),
  ]),
  ...clincQueries.map((q) => q.text),
];
const languageTimes: number[] = [];
const misread: Array<{ text: string; language: string }> = [];
for (const text of englishTexts) {
  const started = process.hrtime.bigint();
  const language = detectLanguage(text, (w) => knownWords.has(w), undefined, (w) => translatedWords.get(w) ?? []);
  languageTimes.push(Number(process.hrtime.bigint() - started) / 1000);
  if (language && language !== 'en') misread.push({ text, language });
}
const languageChoice = { messages: englishTexts.length, notEnglish: misread.length, misread, p95: round(percentile(languageTimes, 95)), p99: round(percentile(languageTimes, 99)), unit: 'microseconds' };

const languageSets = loadLanguageSets(path.join(root, 'test', 'eval', 'languages'));
const languages = languageSets.map((set) => {
  // The held-out half's misses are kept out of the report (and `--json`), as the held-out parts' are.
  const { misses: _misses, ...heldout } = scoreLanguage(set, engine, 'heldout');
  return { tuning: scoreLanguage(set, engine, 'tuning'), heldout };
});
// The second, eighth, sixteenth and nineteenth parts in other languages: all held out, figures only (their misses are not printed, so that no one tunes on them).
const heldOutFigures = (folder: string) =>
  loadLanguageSets(path.join(root, 'test', 'eval', folder)).map((set) => {
    const { misses: _misses, ...figures } = scoreLanguage(set, engine);
    return figures;
  });
const languagesSecond = heldOutFigures('languages-2');
// The eighth parts: a week of traffic from all four audiences, written last on 2026-12-01 by two helpers from the page alone.
const languagesEighth = heldOutFigures('languages-8');
// The sixteenth parts (French and Persian, 29 questions and 12 out of scope each), written on 2026-12-02 by a
// helper from the page alone and labelled by another, measured once on the engine they found and once at the end.
const languagesSixteenth = heldOutFigures('languages-16');
// The nineteenth (French and Spanish, 30 questions and 8 out of scope each), written on 2026-12-02 (fifth
// session) the same way: 90.0% and 93.3% right first time on arrival (engine 1b56ed7), no out-of-scope fact.
const languagesNineteenth = heldOutFigures('languages-19');
// The later parts are all for tuning: the third (test/eval/languages-3/), the fourth and fifth (more
// about the page's ideas, a third of them long), the sixth (a week of plain chat traffic), the
// seventh (half from people at risk), the ninth (a week of traffic from all four audiences), the
// tenth and eleventh (French and Persian only, 32 questions each), the twelfth (French only, 48), the thirteenth and fourteenth (French and Persian, 40 each), the fifteenth (French and Persian, 46 each), the seventeenth (French 44, Persian 44), the eighteenth (French 44, Spanish 44).
const languagesTuning = (
  [
    ['third', 'languages-3'],
    ['fourth', 'languages-4'],
    ['fifth', 'languages-5'],
    ['sixth', 'languages-6'],
    ['seventh', 'languages-7'],
    ['ninth', 'languages-9'],
    ['tenth', 'languages-10'],
    ['eleventh', 'languages-11'],
    ['twelfth', 'languages-12'],
    ['thirteenth', 'languages-13'],
    ['fourteenth', 'languages-14'],
    ['fifteenth', 'languages-15'],
    ['seventeenth', 'languages-17'],
    ['eighteenth', 'languages-18'],
  ] as const
).map(([name, folder]) => ({ name, folder, parts: loadLanguageSets(path.join(root, 'test', 'eval', folder)).map((set) => scoreLanguage(set, engine, 'tuning')) }));

// Everyday questions in the translated languages, none about ICORN: CLINC150's part for them.
const everyday = loadEveryday(path.join(root, 'test', 'eval', 'everyday')).flatMap((set) => (['calibration', 'report'] as const).map((half) => scoreEveryday(set, engine, half)));

const misses = results.filter((r) => !r.correct || r.falseAnswer);
const report = {
  label,
  knowledge: { entries: knowledge.entries.length, version: knowledge.version },
  evaluation: { tuning: summarise(bySplit('tuning')), heldout: summarise(bySplit('heldout')), all: summarise(results) },
  perCategory,
  persona,
  languages,
  languagesSecond,
  languagesEighth,
  languagesSixteenth,
  languagesNineteenth,
  languagesTuning: Object.fromEntries(languagesTuning.map(({ name, parts }) => [name, parts])),
  languageChoice,
  everyday,
  followUps: { ...followUps, misses: followUpResults.filter((f) => !f.ok).map(({ split, after, q, expect, got }) => ({ split, after, q, expect, got })) },
  clinc,
  typo,
  latency,
  misses: misses.map(missRow),
};

function missRow(r: ItemResult) {
  return {
    split: r.item.split,
    category: r.item.category,
    q: r.item.q,
    expected: r.item.expect,
    got: r.outcome.kind === 'answer' ? `answer ${r.outcome.answered}` : r.outcome.kind,
    candidates: r.outcome.candidates.slice(0, 3).map((c) => `${c.id} ${c.confidence.toFixed(3)}`),
  };
}

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  printReport();
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function printReport(): void {
  const { tuning, heldout, all } = report.evaluation;
  const row = (name: string, pick: (s: Summary) => string) =>
    console.log(`  ${name.padEnd(38)}${pick(tuning).padStart(10)}${pick(heldout).padStart(10)}${pick(all).padStart(10)}`);
  console.log(`ICORN FAQ bot evaluation — ${label}; knowledge ${report.knowledge.entries} entries (${report.knowledge.version})\n`);
  console.log(`  ${''.padEnd(38)}${'tuning'.padStart(10)}${'held-out'.padStart(10)}${'all'.padStart(10)}`);
  row('questions', (s) => String(s.questions));
  row('top-1 (in scope)', (s) => pct(s.top1));
  row('top-3 (in scope)', (s) => pct(s.top3));
  row('answered right first time (in scope)', (s) => pct(s.answeredRight));
  row('answered wrong (in scope)', (s) => pct(s.answeredWrong));
  row('did-you-mean with the right option', (s) => pct(s.didYouMeanRight));
  row('did-you-mean turns (all questions)', (s) => pct(s.didYouMean));
  row('false answers (out of scope)', (s) => pct(s.outOfScopeAnswered));
  row('small talk handled', (s) => pct(s.smallTalkHandled));
  row('correct overall', (s) => pct(s.accuracy));

  console.log('\n  per category (correct / questions, false answers)');
  for (const [category, splits] of Object.entries(perCategory)) {
    const cell = (s: { questions: number; correct: number; falseAnswers: number }) =>
      `${s.correct}/${s.questions}${s.falseAnswers ? ` (${s.falseAnswers} false)` : ''}`;
    console.log(`  ${category.padEnd(38)}${cell(splits["tuning"]!).padStart(16)}${cell(splits["heldout"]!).padStart(16)}`);
  }

  printPersona();

  console.log(
    `\n  follow-ups in context (answered right): tuning ${followUps['tuning']?.right}/${followUps['tuning']?.questions}, held-out ${followUps['heldout']?.right}/${followUps['heldout']?.questions}`,
  );
  for (const miss of report.followUps.misses) console.log(`    [${miss.split}] after ${miss.after}: "${miss.q}" expected ${miss.expect} got ${miss.got}`);

  console.log(`\n  CLINC150 validation (${clinc.all.queries} queries, none about ICORN)`);
  for (const [name, s] of Object.entries(clinc)) {
    console.log(
      `  ${name.padEnd(12)} queries ${String(s.queries).padStart(5)}  false answers ${String(s.falseAnswers).padStart(3)} (${pct(s.falseAnswerRate)})  did-you-mean ${s.didYouMean}  not stated ${s.notStated}  fallback ${s.fallback}  small talk ${s.smallTalk}`,
    );
  }
  console.log('  small-talk intents (all halves): queries -> small talk / fallback / did-you-mean / ICORN answer');
  for (const [intent, s] of Object.entries(clinc.all.smallTalkIntents)) {
    console.log(`    ${intent.padEnd(20)} ${String(s.queries).padStart(3)} -> ${s.smallTalk} / ${s.fallback} / ${s.didYouMean} / ${s.answer}`);
  }
  for (const example of clinc.all.falseAnswerExamples.slice(0, 40)) {
    console.log(`    false answer: "${example.text}" (${example.intent}) -> ${example.answered} ${example.confidence.toFixed(3)}`);
  }

  console.log(`\n  typo test: ${typo.variants} variants of every question and alternate`);
  console.log(`    one edit ${pct(typo.oneEdit)}, two edits ${pct(typo.twoEdits)}, all ${pct(typo.all)}`);
  for (const miss of typo.misses.slice(0, 30)) console.log(`    miss: "${miss.typo}" -> ${miss.top ?? 'nothing'} (expected ${miss.id})`);

  console.log('\n  other languages (test/eval/languages/), held-out (tuning), with the tuning half\'s misses: right first time, answered or offered, read as another language, out-of-scope answered, out-of-scope offered a menu');
  for (const { tuning, heldout } of languages) {
    const both = (pick: (f: Omit<LanguageFigures, 'misses'>) => number) => `${pct(pick(heldout))} (${pct(pick(tuning))})`;
    console.log(
      `    ${heldout.language}${heldout.translated ? '' : ' (no translation)'}: ${heldout.questions + tuning.questions} questions; ${both((f) => f.rightFirst)}; ${both((f) => f.rightOrOffered)}; ${heldout.misread + tuning.misread}; ${heldout.outOfScopeAnswered + tuning.outOfScopeAnswered}; ${heldout.outOfScopeMenus + tuning.outOfScopeMenus} of ${heldout.outOfScope + tuning.outOfScope}`,
    );
    // The tuning half's misses only: the held-out half's are not printed, so that no one tunes on them.
    for (const miss of tuning.misses.slice(0, 200)) console.log(`      "${miss.q}" expected ${JSON.stringify(miss.expected)} got ${miss.got}`);
  }

  console.log('\n  other languages, second held-out parts (test/eval/languages-2/): right first time, answered or offered, read as another language, out-of-scope answered, out-of-scope offered a menu');
  // One part's figures, in the order of the headers above.
  const figuresOf = (f: Omit<LanguageFigures, 'misses'>) =>
    `    ${f.language}: ${f.questions} questions; ${pct(f.rightFirst)}; ${pct(f.rightOrOffered)}; ${f.misread}; ${f.outOfScopeAnswered}; ${f.outOfScopeMenus} of ${f.outOfScope}`;
  for (const f of languagesSecond) console.log(figuresOf(f));
  console.log('\n  other languages, eighth held-out parts (test/eval/languages-8/): the same figures');
  for (const f of languagesEighth) console.log(figuresOf(f));
  console.log('\n  other languages, sixteenth held-out parts (test/eval/languages-16/): the same figures');
  for (const f of languagesSixteenth) console.log(figuresOf(f));
  console.log('\n  other languages, nineteenth held-out parts (test/eval/languages-19/): the same figures');
  for (const f of languagesNineteenth) console.log(figuresOf(f));
  for (const { name, folder, parts } of languagesTuning) {
    console.log(`\n  other languages, ${name} parts, all for tuning (test/eval/${folder}/): the same figures, and the misses`);
    for (const f of parts) {
      console.log(figuresOf(f));
      for (const miss of f.misses) console.log(`      "${miss.q}" expected ${JSON.stringify(miss.expected)} got ${miss.got}`);
    }
  }

  console.log('\n  everyday questions in the translated languages (test/eval/everyday/, none about ICORN): answered with an ICORN fact, "the page does not say", menu, small talk, fallback');
  for (const f of everyday) {
    console.log(`    ${f.language} ${f.half.padEnd(11)} ${f.queries} queries: ${f.answered} answered, ${f.notStated} not stated, ${f.menus} menus, ${f.smallTalk} small talk, ${f.fallback} fallback`);
    // The calibration half's false answers, which changes may be chosen with; the report half's stay unprinted.
    if (f.half === 'calibration') for (const example of f.answeredExamples) console.log(`      "${example.q}" -> ${example.entry}`);
  }

  console.log(
    `\n  language choice over ${languageChoice.messages} English messages: ${languageChoice.notEnglish} read as another language; p95 ${languageChoice.p95} µs, p99 ${languageChoice.p99} µs`,
  );
  for (const m of languageChoice.misread) console.log(`    read as ${m.language}: "${m.text}"`);

  console.log(`\n  time per query over ${latency.queries} queries: p50 ${latency.p50} µs, p95 ${latency.p95} µs, p99 ${latency.p99} µs, max ${latency.max} µs`);
  console.log(
    `    ${latency.overOneMillisecond} over 1 ms on the first try; timed again, the slowest of them takes ${latency.slowestBestOfThree} µs (best of three)`,
  );

  console.log(`\n  misses (${misses.length}):`);
  for (const miss of report.misses) {
    console.log(`    [${miss.split}/${miss.category}] "${miss.q}" expected ${JSON.stringify(miss.expected)} got ${miss.got}; ${miss.candidates.join(', ')}`);
  }
}

function printPersona(): void {
  const { tuning, heldout, tuningParts } = persona;
  const columns = [tuning, heldout, ...LATER_PERSONA_PARTS.map(({ name }) => later[name]), ...TUNING_PERSONA_PARTS.map(({ name }) => tuningParts[name])];
  const parts = LATER_PERSONA_PARTS.map(({ name, file }) => `${name}: ${file}`).join('; ');
  const forTuning = TUNING_PERSONA_PARTS.map(({ name, file }) => `${name}: ${file}`).join('; ');
  console.log(`\n  in the users' own words (test/eval/persona.yaml; ${parts}; all for tuning, ${forTuning})`);
  const headers = ['tuning', 'held-out', ...LATER_PERSONA_PARTS.map(({ name }) => name), ...TUNING_PERSONA_PARTS.map(({ short }) => `${short} (tuning)`)];
  const line = (name: string, cells: string[]) =>
    console.log(`  ${name.padEnd(56)}${headers.map((_, i) => (cells[i] ?? '').padStart(i === 0 ? 10 : 14)).join('')}`);
  line('', headers);
  const each = (value: (figures: typeof tuning) => string) => columns.map(value);
  // A rate of a part with none of its kind (the twenty-fourth has conversations only) is no 0%: left blank.
  const rate = (count: (figures: typeof tuning) => number, value: (figures: typeof tuning) => string) => columns.map((f) => (count(f) > 0 ? value(f) : ''));
  const answerable = (value: (figures: typeof tuning) => string) => rate((f) => f.answerable.questions, value);
  const near = (value: (figures: typeof tuning) => string) => rate((f) => f.nearDomain.questions, value);
  line('answerable questions', each((f) => String(f.answerable.questions)));
  line('  answered right first time', answerable((f) => pct(f.answerable.rightFirst)));
  line('  right entry answered or offered', answerable((f) => pct(f.answerable.rightOrOffered)));
  line('  got a "Did you mean" menu', answerable((f) => pct(f.answerable.menus)));
  line('  answered with a wrong entry (count)', each((f) => String(f.answerable.wrongAnswers)));
  for (const name of Object.keys(heldout.perPersona)) {
    line(`  ${name}: right first time / answered or offered`, rate((f) => f.perPersona[name]!.questions, (f) => `${pct(f.perPersona[name]!.rightFirst)}/${pct(f.perPersona[name]!.rightOrOffered)}`));
  }
  for (const name of ['short', 'long'] as const) line(`  ${name} messages: right first time`, rate((f) => f.perLength[name].questions, (f) => pct(f.perLength[name].rightFirst)));
  line('near-domain questions', each((f) => String(f.nearDomain.questions)));
  line('  honest "the page does not say", no menu', near((f) => pct(f.nearDomain.honestWithoutMenu)));
  line('  an ICORN fact given as if it answered', near((f) => pct(f.nearDomain.falseFacts)));
  line('  got a menu', near((f) => pct(f.nearDomain.menus)));
  line('two-turn conversations right', rate((f) => f.conversations.conversations, (f) => pct(f.conversations.right)));
  // Danger figures only for the parts that have messages from people in danger.
  line('people in danger: the right reply first time', columns.map((f) => (f.danger.messages > 0 ? pct(f.danger.right) : '')));
  const m = persona.misses;
  for (const x of m.answerable) console.log(`    [${x.split}/${x.persona}] "${x.q}" expected ${JSON.stringify(x.expected)} got ${x.got}`);
  for (const x of m.nearDomain) console.log(`    [${x.split}/near] "${x.q}" (lacks ${x.lacks}) got ${x.got}`);
  for (const x of m.conversations) console.log(`    [${x.split}/conversation] ${x.turns.join(' then ')}`);
  for (const x of m.danger) console.log(`    [${x.split}/danger] "${x.q.slice(0, 70)}..." got ${x.got}, missing ${x.missing.join(', ')}`);
}
