/**
 * The levels the evaluation holds: `npm test` (test/eval/evaluation.test.ts) and the review's gate
 * (tools/eval/gate.ts, which `knowledge:review --accept` runs) both read them from here, so the two
 * cannot drift apart. Each is what `npm run eval` measured when it was set. Raise a level when the
 * bot gets better; lower one only on purpose, saying why in the commit.
 *
 * Issue 16's targets (90% right first time, 97% answered or offered, 90% honest and at most 2% false
 * facts on near-domain questions, 90% of conversations) are not met yet: these levels keep what has
 * been won. The translated languages' levels are `LANGUAGE_LEVELS`, below.
 */
export const ENGLISH_LEVELS = {
  /** The first set (test/eval/tuning.yaml, heldout.yaml): in-scope questions with the right entry ranked first, of 88 held out and 92 tuning. */
  heldoutRightEntryFirst: 85,
  tuningRightEntryFirst: 86,
  /** In-scope questions (of 180) with the right entry in the top three. */
  rightEntryInTopThree: 179,
  /**
   * Share of in-scope questions answered right first time. 0.85 before "the page does not say anything
   * about visas": the set labels "does icorn help people with visas when they relocate" with the
   * relocation entry, which the page never says covers visas; the reply now says so, then gives it.
   * 0.85 again since continents read as where the members are; 0.88 since the readings of 2026-12-01 (night);
   * 0.9 since "working on right now" is read as the projects (2026-12-02).
   */
  answeredRight: 0.9,
  /** In-scope questions answered with another entry than labelled (at most). */
  answeredWithAnotherEntry: 4,
  /** Small talk (of 20) handled as small talk, and follow-ups (of 20) understood. */
  smallTalkHandled: 19,
  followUps: 20,
  /** Knowledge questions with typos that still find their entry. */
  typos: { one: 0.99, two: 0.97, all: 0.98 },
  /** CLINC150's 3,100 queries answered with an ICORN fact (at most), and its small-talk intents handled as such. */
  clincFalseAnswers: 20,
  clincSmallTalk: 137,
  /**
   * test/eval/persona.yaml, held-out half. Rebased on 2026-12-02 (third session) when the knowledge
   * gained the page's summary ("an independent, international membership organization") and a helper
   * relabelled every question whether ICORN is independent or a government body: one held-out
   * near-domain question of this half, which the fallback answered honestly, became an answerable one
   * (81.3% → 80.6% right first time, 87.2% → 86.4% answered or offered, 90.0% → 89.7% honest, with no reply changed otherwise).
   * 82.5% right first time at the end of that day's fifth session.
   */
  persona: { rightFirst: 0.825, rightOrOffered: 0.864, nearHonest: 0.896, nearFalseFacts: 2, conversations: 0.733 },
  /** test/eval/persona-2.yaml, all held out. */
  second: { rightFirst: 0.933, nearHonest: 1, nearFalseFacts: 0, conversations: 0.9 },
  /** test/eval/persona-3.yaml, all held out. */
  third: { rightFirst: 0.953, nearHonest: 0.875, nearFalseFacts: 1, conversations: 0.916 },
  /** test/eval/persona-5.yaml, all held out (measured the day it came: 80.0% right first time). The levels of the fifth, seventh, ninth and eighteenth raised to what `npm run eval` measured at the end of 2026-12-02's second session; of the third, fifth, thirteenth, fifteenth, twentieth and twenty-third at the end of its third; of the third, seventh, ninth, eighteenth, twentieth, twenty-third and twenty-sixth at the end of its fourth; of persona.yaml's half, the thirteenth and eighteenth at the end of its fifth. */
  fifth: { rightFirst: 0.925, nearHonest: 0.875, nearFalseFacts: 2, conversations: 1 },
  /** test/eval/persona-7.yaml, all held out (measured the day it came: 80.0% right first time). */
  seventh: { rightFirst: 0.9, nearHonest: 0.937, nearFalseFacts: 0, conversations: 0.928 },
  /** test/eval/persona-9.yaml, all held out (measured once: 76.5% right first time on the engine of a session's start, 79.6% at its end). */
  ninth: { rightFirst: 0.908, nearHonest: 0.968, nearFalseFacts: 1, conversations: 0.928 },
  /**
   * test/eval/persona-11.yaml, all held out (measured on arrival: 84.0% right first time). nearHonest
   * 0.968 before the secretariat stopped being read as ICORN's staff (one near-domain question then got
   * a menu instead of "the page does not say"; one answerable question of this part was won).
   */
  eleventh: { rightFirst: 0.88, nearHonest: 0.968, nearFalseFacts: 0, conversations: 1 },
  /**
   * test/eval/persona-13.yaml, all held out, written last (80.0% right first time on the engine of its
   * session's start, measured when it came, and 82.0% at that session's end). One of its five people
   * in danger was not given the at-risk reply first time until the danger signs of 2026-12-02 (written
   * against the seventeenth tuning part); its misses are not printed, so that no one tunes on them.
   */
  thirteenth: { rightFirst: 0.92, nearHonest: 0.875, nearFalseFacts: 0, conversations: 0.928, dangerMissed: 0 },
  /**
   * test/eval/persona-15.yaml, all held out, written on 2026-12-01 (late night) and kept out of the
   * project until that session's end (83.0% right first time on the engine of the session's start,
   * measured when it came). As the thirteenth, one of its five people in danger was not given the
   * at-risk reply first time until 2026-12-02; its misses are not printed.
   */
  fifteenth: { rightFirst: 0.89, nearHonest: 0.906, nearFalseFacts: 2, conversations: 0.928, dangerMissed: 0 },
  /**
   * test/eval/persona-18.yaml, all held out, written on 2026-12-02 by a helper that saw only the page
   * (asked, as for the seventeenth, to word its questions unlike a typical FAQ) and labelled by another
   * from the entries' answers; measured on arrival on the engine of that day's changes (399cfe5): 71.0%
   * right first time, long messages 54% (73.0% and 58% at that session's end). One of its five people in danger is not given the at-risk reply
   * first time; its misses are not printed.
   */
  eighteenth: { rightFirst: 0.76, nearHonest: 0.906, nearFalseFacts: 2, conversations: 0.785, dangerMissed: 1 },
  /**
   * test/eval/persona-20.yaml, all held out, written later on 2026-12-02 by a helper that saw only the
   * page and labelled by another from the entries' answers (97 answerable after three moved to
   * near-domain); measured on arrival on the engine of that session's start (fa55393) and on that of its
   * changes then (5a0b941): 82.5% and 85.6% right first time, near-domain facts 2 and 3 of 35. Its
   * misses are not printed.
   */
  // Rebased in the same relabelling: three of its near-domain questions whether ICORN is a government body became answerable (two answered by the new entry), honest 85.7% → 84.4% of the 32 left.
  twentieth: { rightFirst: 0.87, nearHonest: 0.843, nearFalseFacts: 3, conversations: 0.928, dangerMissed: 0 },
  /**
   * test/eval/persona-23.yaml, all held out, written on 2026-12-02 (third session) by a helper that saw
   * only the page and labelled by another from the entries' answers (100 answerable, 62 long; 36
   * near-domain, 16 conversations, 5 in danger); measured on arrival on the engine of that session's
   * start (daa54d8) and on that of its changes then (e56e533): 85.0% and 86.0% right first time, no
   * near-domain fact, conversations 68.8% both; 87.0% at that session's end, after two of its
   * questions were relabelled for the new entry on what kind of body ICORN is, which answers them.
   * Its misses are not printed.
   */
  'twenty-third': { rightFirst: 0.89, nearHonest: 0.972, nearFalseFacts: 0, conversations: 0.687, dangerMissed: 0 },
  /**
   * test/eval/persona-26.yaml, all held out, written on 2026-12-02 (fourth session) by a helper that saw
   * only the page and labelled by another from the entries' answers (100 answerable, 60 long; 36
   * near-domain, 20 conversations, 5 in danger); measured on arrival on the engine of that session's
   * start (7bc6078) and on that of its first change (whereMembers "global or regional"): 76.0% right
   * first time both (partners 60%), 3 near-domain facts, conversations 85%; 80.0% and 2 near-domain
   * facts at that session's end. Its misses are not printed.
   */
  'twenty-sixth': { rightFirst: 0.8, nearHonest: 0.888, nearFalseFacts: 2, conversations: 0.85, dangerMissed: 0 },
  /**
   * test/eval/persona-28.yaml, all held out, written on 2026-12-02 (fifth session) by a helper that saw
   * only the page and labelled by another from the entries' answers (100 answerable, 60 long; 40
   * near-domain, 20 conversations, 5 in danger); measured on arrival on the engine of that session's
   * start (c33a2c6; 5eb5778 gives every outcome the same): 81.0% right first time (at-risk 80%, press
   * 76%, partners 80%), 4 near-domain facts, conversations 75%. 84% after the page-phrase reading, 83%
   * after forms were read in the whole message (one of its questions lost, two of the thirteenth's won).
   * Its misses are not printed.
   */
  'twenty-eighth': { rightFirst: 0.83, nearHonest: 0.9, nearFalseFacts: 4, conversations: 0.75, dangerMissed: 0 },
  /**
   * test/eval/persona-29.yaml, all held out, written on 2026-12-02 (fifth session) the same way as the
   * twenty-eighth (100 answerable, 60 long; 40 near-domain, 20 conversations, 5 in danger), measured
   * first on that session's engine of its last changes (9f28a89): 86.0% right first time (city 92%,
   * at-risk 84%, press 88%, partners 80%), 2 near-domain facts, conversations 70%; on the session's
   * start engine (c33a2c6) 84.0%. Its misses are not printed.
   */
  'twenty-ninth': { rightFirst: 0.86, nearHonest: 0.95, nearFalseFacts: 2, conversations: 0.7, dangerMissed: 0 },
} as const;

/** The later parts in the users' own words that are all for tuning: figures and misses printed, no level (the seventeenth, 2026-12-02: 75.8% right first time on arrival). */
export const TUNING_PERSONA_PARTS = [
  { name: 'fourth', short: '4th', file: 'persona-4.yaml' },
  { name: 'sixth', short: '6th', file: 'persona-6.yaml' },
  { name: 'eighth', short: '8th', file: 'persona-8.yaml' },
  { name: 'tenth', short: '10th', file: 'persona-10.yaml' },
  { name: 'twelfth', short: '12th', file: 'persona-12.yaml' },
  { name: 'fourteenth', short: '14th', file: 'persona-14.yaml' },
  { name: 'sixteenth', short: '16th', file: 'persona-16.yaml' },
  { name: 'seventeenth', short: '17th', file: 'persona-17.yaml' },
  { name: 'nineteenth', short: '19th', file: 'persona-19.yaml' },
  { name: 'twenty-first', short: '21st', file: 'persona-21.yaml' },
  { name: 'twenty-second', short: '22nd', file: 'persona-22.yaml' },
  { name: 'twenty-fourth', short: '24th', file: 'persona-24.yaml' },
  { name: 'twenty-fifth', short: '25th', file: 'persona-25.yaml' },
  { name: 'twenty-seventh', short: '27th', file: 'persona-27.yaml' },
] as const;

/** The later held-out parts in the users' own words (test/eval/), each gated at `ENGLISH_LEVELS[name]`. */
export const LATER_PERSONA_PARTS = [
  { name: 'second', file: 'persona-2.yaml' },
  { name: 'third', file: 'persona-3.yaml' },
  { name: 'fifth', file: 'persona-5.yaml' },
  { name: 'seventh', file: 'persona-7.yaml' },
  { name: 'ninth', file: 'persona-9.yaml' },
  { name: 'eleventh', file: 'persona-11.yaml' },
  { name: 'thirteenth', file: 'persona-13.yaml' },
  { name: 'fifteenth', file: 'persona-15.yaml' },
  { name: 'eighteenth', file: 'persona-18.yaml' },
  { name: 'twentieth', file: 'persona-20.yaml' },
  { name: 'twenty-third', file: 'persona-23.yaml' },
  { name: 'twenty-sixth', file: 'persona-26.yaml' },
  { name: 'twenty-eighth', file: 'persona-28.yaml' },
  { name: 'twenty-ninth', file: 'persona-29.yaml' },
] as const;

/**
 * The levels of the translated languages that the evaluation holds (`npm test` and the review's
 * gate, as `ENGLISH_LEVELS`): held-out right first time as `npm run eval` measured it, and at most
 * this many out-of-scope questions answered with a fact and messages read as another language;
 * `second`, the same for the second held-out parts (`test/eval/languages-2/`, all held out), and
 * `eighth` for the eighth (`test/eval/languages-8/`, all held out, measured the day they came).
 * Issue 17's target (90% right first time) is met on the second and eighth parts, and on the first
 * parts' held-out halves of Spanish, Arabic and Persian; not yet on French's (25 of 28). The sixteenth
 * parts (`test/eval/languages-16/`, French and Persian, held out, 2026-12-02) are printed by `npm run
 * eval` only: 89.7% and 93.1% right first time on arrival, 93.1% and 96.6% at the end of that day's fifth
 * session, with 2 and 1 out-of-scope questions answered with a fact; so are the nineteenth (French and
 * Spanish, held out, written in that session): 90.0% and 93.3%, none answered with a fact.
 */
export const LANGUAGE_LEVELS: Record<string, LanguageLevel & { second: LanguageLevel; eighth: LanguageLevel }> = {
  ar: { rightFirst: 1, outOfScopeAnswered: 0, misread: 0, second: { rightFirst: 0.958, outOfScopeAnswered: 0, misread: 0 }, eighth: { rightFirst: 0.916, outOfScopeAnswered: 0, misread: 0 } },
  es: { rightFirst: 0.965, outOfScopeAnswered: 1, misread: 1, second: { rightFirst: 0.916, outOfScopeAnswered: 0, misread: 0 }, eighth: { rightFirst: 1, outOfScopeAnswered: 0, misread: 1 } },
  // fa's second part: 0.875 before "آیکورن" was read as ICORN (one of its questions lost, "آیکورن چیست؟" won).
  // fa's first half: 0.892 before spoken "wants" and "does" were no words to match (2026-12-02, third session).
  fa: { rightFirst: 0.928, outOfScopeAnswered: 0, misread: 0, second: { rightFirst: 0.916, outOfScopeAnswered: 0, misread: 0 }, eighth: { rightFirst: 1, outOfScopeAnswered: 0, misread: 0 } },
  // fr: 0.857 before "ICORN, c'est l'acronyme de quoi ?" (a question of the fourteenth part's, 2026-12-02);
  // 0.892 before an entry named by its title was read in every language (2026-12-02, sixth session).
  fr: { rightFirst: 0.928, outOfScopeAnswered: 0, misread: 0, second: { rightFirst: 1, outOfScopeAnswered: 0, misread: 1 }, eighth: { rightFirst: 1, outOfScopeAnswered: 0, misread: 0 } },
};

/**
 * Everyday questions in the translated languages (test/eval/everyday/, 50 per half, none about
 * ICORN) answered with an ICORN fact, at most, per half: what `npm run eval` measured when they came
 * and the changes they led to were made (before them: calibration 5, 3, 6, 4 and report 6, 7, 3, 4 of
 * 50 in es, fr, ar, fa). CLINC150's level for English is 20 of 3,100.
 */
export const EVERYDAY_LEVELS: Record<string, { calibration: number; report: number }> = {
  ar: { calibration: 2, report: 2 },
  es: { calibration: 1, report: 3 },
  fa: { calibration: 1, report: 0 },
  fr: { calibration: 0, report: 3 },
};

/** One part's level: right first time (at least), out-of-scope questions answered and messages misread (at most). */
export interface LanguageLevel {
  rightFirst: number;
  outOfScopeAnswered: number;
  misread: number;
}
