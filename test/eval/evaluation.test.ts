import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { createMatcher } from '../../src/faq/matcher.js';
import {
  CLINC_SMALL_TALK,
  engineAsker,
  evaluateClinc,
  loadClinc,
  loadEvaluationSet,
  loadFollowUps,
  scoreFollowUps,
  scoreItem,
  summarise,
  typoVariants,
  type Outcome,
} from '../../tools/eval/evaluation.js';
import { loadPersonaSet, personaFigures, scorePersonaSet } from '../../tools/eval/persona.js';
import { detectLanguage, wordsOfKnowledge, wordsOfTranslations } from '../../src/i18n/detectLanguage.js';
import { isCommonEnglishWord } from '../../src/faq/dictionary.js';
import { loadLanguageSets, scoreLanguage } from '../../tools/eval/languages.js';
import { ENGLISH_LEVELS as L, EVERYDAY_LEVELS, LANGUAGE_LEVELS, LATER_PERSONA_PARTS } from '../../tools/eval/levels.js';
import { loadEveryday, scoreEveryday } from '../../tools/eval/everyday.js';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

/**
 * The answer-quality regression gate: `npm run eval` measured these levels (tools/eval/levels.ts,
 * which the review's gate holds too); a change that drops any of them fails the tests.
 */
const root = projectRoot();
const knowledge = loadKnowledge(path.join(root, 'knowledge'));
const ask = engineAsker(createFaqEngine(knowledge));
const results = loadEvaluationSet(root).map((item) => scoreItem(item, ask));
const count = (split: string, predicate: (r: (typeof results)[number]) => boolean) =>
  results.filter((r) => r.item.split === split && predicate(r)).length;
const inScope = (r: (typeof results)[number]) => Array.isArray(r.item.expect);
const knownWords = wordsOfKnowledge(knowledge);
const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const knownWord = (word: string) => knownWords.has(word);
const translatedWords = wordsOfTranslations(knowledge);
/** The language of a message as the conversation reads it, with the words of the English and the translated knowledge. */
const languageOf = (text: string) => detectLanguage(text, knownWord, undefined, (w) => translatedWords.get(w) ?? []);

describe('answer quality (evaluation set)', () => {
  it('has at least 200 questions, with a held-out part', () => {
    expect(results.length).toBeGreaterThanOrEqual(200);
    expect(count('heldout', () => true)).toBeGreaterThanOrEqual(100);
  });

  // The first two levels went down in issue 16 (84 of 88 and 88 of 92 before): the alternates
  // written in users' own words pull two general held-out questions to other entries, and in the
  // tuning part the new at-risk entry ranks first for four messages from people at risk, which this
  // set predates and labels with other entries.
  it(`ranks the right entry first for at least ${L.heldoutRightEntryFirst} of 88 held-out questions`, () => {
    expect(count('heldout', inScope)).toBe(88);
    expect(count('heldout', (r) => inScope(r) && r.correct)).toBeGreaterThanOrEqual(L.heldoutRightEntryFirst);
  });

  it(`keeps the tuning part at its level (${L.tuningRightEntryFirst} of 92 first, ${L.rightEntryInTopThree} of 180 in the top three)`, () => {
    expect(count('tuning', (r) => inScope(r) && r.correct)).toBeGreaterThanOrEqual(L.tuningRightEntryFirst);
    expect(count('tuning', (r) => inScope(r) && r.top3) + count('heldout', (r) => inScope(r) && r.top3)).toBeGreaterThanOrEqual(L.rightEntryInTopThree);
  });

  it(`answers right first time at least ${pct(L.answeredRight)} of in-scope questions`, () => {
    expect(summarise(results).answeredRight).toBeGreaterThanOrEqual(L.answeredRight);
  });

  // This level went up on purpose (2 before issue 16): this set was written before the at-risk entry
  // existed, and labels the people at risk it asks about with other entries; the at-risk reading now
  // answers them with who the residencies are for, the contacts and relocation.

  it(`answers at most ${L.answeredWithAnotherEntry} in-scope questions with another entry than labelled, and no out-of-scope question at all`, () => {
    expect(results.filter((r) => inScope(r) && r.falseAnswer).length).toBeLessThanOrEqual(L.answeredWithAnotherEntry);
    expect(results.filter((r) => r.item.expect === 'none' && r.falseAnswer)).toEqual([]);
  });

  it('never answers small talk with an ICORN fact', () => {
    const smallTalk = results.filter((r) => r.item.expect === 'small talk');
    expect(smallTalk.filter((r) => r.outcome.kind === 'answer' || r.outcome.kind === 'didYouMean')).toEqual([]);
    expect(smallTalk.filter((r) => r.correct).length).toBeGreaterThanOrEqual(L.smallTalkHandled);
  });

  it(`understands follow-ups in the context of the last answer (${L.followUps} of 20)`, () => {
    expect(scoreFollowUps(loadFollowUps(root), ask).filter((f) => f.ok).length).toBeGreaterThanOrEqual(L.followUps);
  });
});

const CLINC_FILE = loadConfig().clincFile;
const clincAvailable = existsSync(CLINC_FILE);

// In CI the shared folder sits beside the clone: a missing data set is a failure there, not a skip.
it.runIf(process.env['CI'] === 'true')('has CLINC150 — checked only in CI (CI=true), where a missing data set is a failure', () => {
  expect(clincAvailable, `no CLINC150 at ${CLINC_FILE}`).toBe(true);
});

const clincTitle = clincAvailable
  ? 'out of scope: CLINC150 validation queries, none about ICORN'
  : `out of scope: CLINC150 — skipped: no data set at ${CLINC_FILE} (put ../shared beside the project or set CLINC150_FILE)`;

describe.skipIf(!clincAvailable)(clincTitle, () => {
  // Read when the tests run: a skipped suite's body is still collected.
  let clinc: ReturnType<typeof evaluateClinc>;
  beforeAll(() => {
    clinc = evaluateClinc(loadClinc(CLINC_FILE), ask);
  });

  it(`answers at most ${L.clincFalseAnswers} of the 3,100 queries with an ICORN fact (at most 1% is the target)`, () => {
    expect(clinc.queries).toBe(3100);
    expect(clinc.falseAnswers).toBeLessThanOrEqual(L.clincFalseAnswers);
  });

  it('reads every CLINC150 query as English, or as too short to tell (the language choice)', () => {
    const misread = loadClinc(CLINC_FILE).filter((q) => !['en', undefined].includes(languageOf(q.text)));
    expect(misread.map((q) => q.text)).toEqual([]);
  });

  it('never answers its small-talk intents with an ICORN fact, and handles most as small talk', () => {
    const intents = Object.values(clinc.smallTalkIntents);
    expect(Object.keys(clinc.smallTalkIntents)).toEqual(CLINC_SMALL_TALK);
    expect(intents.reduce((sum, s) => sum + s.answer, 0)).toBe(0);
    expect(intents.reduce((sum, s) => sum + s.smallTalk, 0)).toBeGreaterThanOrEqual(L.clincSmallTalk);
  });
});

describe('typos: every knowledge question with one or two letters changed', () => {
  const matcher = createMatcher(knowledge);
  const variants = typoVariants(knowledge).map((v) => ({ ...v, ok: matcher.match(v.typo).candidates[0]?.entry.id === v.id }));
  const rate = (edits: number) => {
    const group = variants.filter((v) => v.edits === edits);
    return group.filter((v) => v.ok).length / group.length;
  };

  it(`still retrieves its own entry: ${pct(L.typos.one)} with one typo, ${pct(L.typos.two)} with two, ${pct(L.typos.all)} in all`, () => {
    expect(variants.length).toBeGreaterThan(500);
    expect(rate(1)).toBeGreaterThanOrEqual(L.typos.one);
    expect(rate(2)).toBeGreaterThanOrEqual(L.typos.two);
    expect(variants.filter((v) => v.ok).length / variants.length).toBeGreaterThanOrEqual(L.typos.all);
  });
});

/**
 * The part in the users' own words (issue 16), held-out half: the levels `npm run eval` measured.
 * The issue's targets (90% right first time, 97% answered or offered, 90% honest and at most 2%
 * false facts on near-domain questions, 90% of conversations) are not met yet: these gates keep
 * what has been won.
 */
describe("answer quality in the users' own words (test/eval/persona.yaml)", () => {
  const set = loadPersonaSet(path.join(root, 'test', 'eval', 'persona.yaml'));
  const persona = scorePersonaSet(set, ask, knowledge);
  const heldout = personaFigures(persona, 'heldout');

  it('has at least 150 answerable questions, 40 near-domain questions and 20 conversations, half of each held out', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(150);
    expect(set.nearDomain.length).toBeGreaterThanOrEqual(40);
    expect(set.conversations.length).toBeGreaterThanOrEqual(20);
    expect(heldout.answerable.questions).toBeGreaterThanOrEqual(set.answerable.length * 0.45);
    expect(heldout.nearDomain.questions).toBeGreaterThanOrEqual(set.nearDomain.length * 0.45);
  });

  it(`answers at least ${pct(L.persona.rightFirst)} of held-out questions right first time, and ${pct(L.persona.rightOrOffered)} with a menu that holds the right entry`, () => {
    expect(heldout.answerable.rightFirst).toBeGreaterThanOrEqual(L.persona.rightFirst);
    expect(heldout.answerable.rightOrOffered).toBeGreaterThanOrEqual(L.persona.rightOrOffered);
  });

  it(`says honestly what the page does not say for at least ${pct(L.persona.nearHonest)} of held-out near-domain questions, with a fact as if it answered for at most ${L.persona.nearFalseFacts} of 30`, () => {
    expect(heldout.nearDomain.honestWithoutMenu).toBeGreaterThanOrEqual(L.persona.nearHonest);
    expect(persona.nearDomain.filter((r) => r.item.split === 'heldout' && r.falseFact).length).toBeLessThanOrEqual(L.persona.nearFalseFacts);
  });

  it(`gets at least ${pct(L.persona.conversations)} of held-out two-turn conversations right`, () => {
    expect(heldout.conversations.right).toBeGreaterThanOrEqual(L.persona.conversations);
  });

  it('reads every question of the English sets as English, or as too short to tell (the language choice)', () => {
    const texts = [
      ...results.map((r) => r.item.q),
      ...[...set.answerable, ...set.nearDomain, ...set.danger].map((i) => i.q),
      ...set.conversations.flatMap((c) => c.turns.map((t) => t.q)),
    ];
    expect(texts.filter((text) => !['en', undefined].includes(languageOf(text)))).toEqual([]);
  });

  it('tells every person in danger who the residencies are for, the contacts and relocation, first time and without a menu', () => {
    expect(persona.danger.filter((r) => !r.ok).map((r) => `${r.item.q} -> ${r.outcome.kind}, missing ${r.missing.join(', ')}`)).toEqual([]);
  });
});

/** The later held-out parts in the users' own words: all held out, each at its own levels and of its own size. */
const SIZES = { second: [60, 20, 10], third: [64, 24, 12], fifth: [80, 24, 12], seventh: [100, 32, 14], ninth: [98, 32, 14], eleventh: [100, 32, 14], thirteenth: [100, 32, 14], fifteenth: [100, 32, 14], eighteenth: [100, 32, 14], twentieth: [100, 32, 14], 'twenty-third': [100, 36, 16], 'twenty-sixth': [100, 36, 20], 'twenty-eighth': [100, 40, 20], 'twenty-ninth': [100, 40, 20] };
const LATER_PARTS = LATER_PERSONA_PARTS.map(({ name, file }) => ({ name, file, level: L[name] as { rightFirst: number; nearHonest: number; nearFalseFacts: number; conversations: number; dangerMissed?: number }, sizes: SIZES[name] }));

describe.each(LATER_PARTS.map((part) => [`answer quality in the users' own words, ${part.name} held-out part (test/eval/${part.file})`, part] as const))('%s', (_title, { file, level, sizes }) => {
  const set = loadPersonaSet(path.join(root, 'test', 'eval', file));
  const part = personaFigures(scorePersonaSet(set, ask, knowledge), 'heldout');

  it('is all held out, and has the kinds of the first part', () => {
    expect([set.answerable, set.nearDomain, set.conversations].flat().every((item) => item.split === 'heldout')).toBe(true);
    expect([set.answerable.length, set.nearDomain.length, set.conversations.length]).toEqual(sizes);
  });

  it(`answers at least ${pct(level.rightFirst)} right first time, says honestly what the page lacks for ${pct(level.nearHonest)} of near-domain questions with at most ${level.nearFalseFacts} facts as if it answered, and gets ${pct(level.conversations)} of conversations right`, () => {
    expect(part.answerable.rightFirst).toBeGreaterThanOrEqual(level.rightFirst);
    expect(part.nearDomain.honestWithoutMenu).toBeGreaterThanOrEqual(level.nearHonest);
    expect(Math.round(part.nearDomain.falseFacts * part.nearDomain.questions)).toBeLessThanOrEqual(level.nearFalseFacts);
    expect(part.conversations.right).toBeGreaterThanOrEqual(level.conversations);
  });

  it(`tells every person in danger among its messages${level.dangerMissed ? ` but ${level.dangerMissed}` : ''} who the residencies are for, the contacts and what the page says about relocation, first time`, () => {
    const results = scorePersonaSet(set, ask, knowledge).danger;
    expect(results.filter((r) => !r.ok).length).toBeLessThanOrEqual(level.dangerMissed ?? 0);
    expect(results.length).toBe(set.danger.length);
  });

  it('reads every one of its questions as English, or as too short to tell, or as the language of its every word', () => {
    const texts = [...[...set.answerable, ...set.nearDomain, ...set.danger].map((i) => i.q), ...set.conversations.flatMap((c) => c.turns.map((t) => t.q))];
    // "numero telefono icorn" (the twenty-sixth part) has no English word: read as Spanish, it gets the Spanish phone answer.
    const withEnglish = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).some((word) => word && word !== 'icorn' && (knownWord(word) || isCommonEnglishWord(word)));
    expect(texts.filter((text) => !['en', undefined].includes(languageOf(text)) && withEnglish(text))).toEqual([]);
  });
});

/**
 * The parts in Spanish, French, Arabic and Persian (issue 17), held-out halves, at their levels
 * (`LANGUAGE_LEVELS`, which the review's gate holds too): what `npm run eval` measured. The issue's
 * target (90% right first time in each) is not met yet.
 */
describe('the check of a reply to someone in danger', () => {
  const set = { answerable: [], nearDomain: [], conversations: [], danger: [{ q: 'we are in danger. can my family come with me?', persona: 'at-risk' }] } as unknown as Parameters<typeof scorePersonaSet>[0];
  const danger = (outcome: Omit<Outcome, 'candidates'>) => scorePersonaSet(set, () => ({ ...outcome, candidates: [] }), knowledge).danger[0]!;

  it('holds for the at-risk answer, and for a not-stated reply whose closest fact it is (the reply gives that answer in full)', () => {
    expect(danger({ kind: 'answer', answered: 'at-risk' }).ok).toBe(true);
    expect(danger({ kind: 'notStated', answered: 'at-risk' }).ok).toBe(true);
  });

  it('fails for another closest fact, a menu or a fallback, naming what is missing', () => {
    expect(danger({ kind: 'notStated', answered: 'member-count' }).missing).toEqual(['who residencies are for', 'the email address', 'the phone number', 'relocation']);
    expect(danger({ kind: 'didYouMean', options: ['at-risk'] }).ok).toBe(false);
    expect(danger({ kind: 'fallback' }).ok).toBe(false);
  });
});

describe('answer quality in the translated languages (test/eval/languages/)', () => {
  const sets = loadLanguageSets(path.join(root, 'test', 'eval', 'languages'));
  const engine = createFaqEngine(knowledge);

  it('has at least 40 questions per shipped language', () => {
    expect(sets.map((s) => s.language)).toEqual(Object.keys(LANGUAGE_LEVELS));
    for (const set of sets) expect(set.questions.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(LANGUAGE_LEVELS))('%s: answers from the translation right first time at its level, and gives no fact for what is out of scope', (language, level) => {
    const set = sets.find((s) => s.language === language)!;
    const heldout = scoreLanguage(set, engine, 'heldout');
    const all = scoreLanguage(set, engine);
    expect(heldout.translated).toBe(true);
    expect(heldout.rightFirst).toBeGreaterThanOrEqual(level.rightFirst);
    expect(all.outOfScopeAnswered).toBeLessThanOrEqual(level.outOfScopeAnswered);
    expect(all.misread).toBeLessThanOrEqual(level.misread);
  });

  it.each(Object.entries(EVERYDAY_LEVELS))('%s: gives an ICORN fact to few everyday questions (test/eval/everyday/), in each half', (language, level) => {
    const set = loadEveryday(path.join(root, 'test', 'eval', 'everyday')).find((s) => s.language === language)!;
    expect(set.queries.length).toBe(100);
    for (const half of ['calibration', 'report'] as const) {
      const figures = scoreEveryday(set, engine, half);
      expect(figures.answered, `${language} ${half}: ${JSON.stringify(figures.answeredExamples)}`).toBeLessThanOrEqual(level[half]);
    }
  });

  // The second parts (test/eval/languages-2/) and the eighth (test/eval/languages-8/, written last), all held out, written on 2026-12-01.
  const heldOutParts = (['second', 'eighth'] as const).map((part) => ({ part, sets: loadLanguageSets(path.join(root, 'test', 'eval', part === 'second' ? 'languages-2' : 'languages-8')) }));

  it.each(heldOutParts.flatMap(({ part, sets }) => Object.entries(LANGUAGE_LEVELS).map(([language, level]) => [language, part, sets, level] as const)))(
    '%s, %s held-out part: answers right first time at its level, and gives no fact for what is out of scope',
    (language, part, sets, level) => {
      const set = sets.find((s) => s.language === language)!;
      const figures = scoreLanguage(set, engine);
      expect(set.questions.length).toBeGreaterThanOrEqual(24);
      expect(figures.rightFirst).toBeGreaterThanOrEqual(level[part].rightFirst);
      expect(figures.outOfScopeAnswered).toBeLessThanOrEqual(level[part].outOfScopeAnswered);
      expect(figures.misread).toBeLessThanOrEqual(level[part].misread);
    },
  );
});
