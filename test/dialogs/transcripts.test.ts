import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureKnowledge } from '../helpers.js';
import { enginesOf, parseTranscript, playTranscript, TranscriptError, type Expectations, type Transcript } from './transcript.js';

/** Conversations as data: every file of test/transcripts/ (format: its README.md), played through the real bot on the fixture knowledge. */
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'transcripts');
const knowledge = fixtureKnowledge();
const engines = enginesOf(knowledge);
const files = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/i.test(name))
  .sort();

/** The file as a transcript, or the reason it is not one (thrown by its test, not at collection). */
function read(file: string): Transcript | TranscriptError {
  try {
    return parseTranscript(path.join('test', 'transcripts', file), readFileSync(path.join(DIR, file), 'utf8'), knowledge);
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
}

describe('the transcripts', () => {
  it('are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    const transcript = read(file);
    it(transcript instanceof TranscriptError ? file : `${file}: ${transcript.name}`, async () => {
      if (transcript instanceof TranscriptError) throw transcript;
      await playTranscript(transcript, knowledge, engines);
    });
  }
});

describe('a transcript file that is not well formed', () => {
  it.each([
    ['not YAML', 'name: x\nturns: [\n', /^broken\.yaml:\d+: not valid YAML/],
    ['no name', 'turns:\n  - user: hi\n    message: smallTalk.greeting\n', /^broken\.yaml:1: missing "name:"/],
    ['no turns', 'name: x\n', /^broken\.yaml:1: "turns:" must be a list/],
    ['an unknown top key', 'name: x\nchanel: msteams\nturns:\n  - user: hi\n    message: smallTalk.greeting\n', /^broken\.yaml:2: unknown key "chanel"/],
    ['an unknown engine', 'name: x\nengine: shy\nturns:\n  - user: hi\n    message: smallTalk.greeting\n', /^broken\.yaml:2: engine "shy"/],
    ['a misspelt expectation', 'name: x\nturns:\n  - user: hi\n    message: smallTalk.greeting\n  - user: phone\n    entri: phone\n', /^broken\.yaml:6: turn 2: unknown key "entri"/],
    ['a turn without an action', 'name: x\nturns:\n  - user: hi\n    message: smallTalk.greeting\n  - entry: phone\n', /^broken\.yaml:5: turn 2: a turn needs exactly one of/],
    ['a turn with two actions', 'name: x\nturns:\n  - user: hi\n    click: Helpful\n    message: smallTalk.greeting\n', /^broken\.yaml:3: turn 1: a turn needs exactly one of .*, not user and click/],
    ['a turn that expects nothing', 'name: x\nturns:\n  - user: hi\n    message: smallTalk.greeting\n  - user: phone\n', /^broken\.yaml:5: turn 2: says nothing of the reply/],
    ['an entry the fixture does not have', 'name: x\nturns:\n  - user: phone\n    entry: phnoe\n', /^broken\.yaml:4: turn 1: entry "phnoe" is not an entry of the fixture knowledge/],
    ['a message the bot does not have', 'name: x\nturns:\n  - user: hi\n    message: smallTalk.hi\n', /^broken\.yaml:4: turn 1: "message: smallTalk.hi" is not a sentence/],
    ['buttons that are not a list', 'name: x\nturns:\n  - user: hi\n    buttons: Helpful\n', /^broken\.yaml:4: turn 1: "buttons" must be a list of texts/],
    ['a flag that is not true or false', 'name: x\nturns:\n  - user: hi\n    fallback: yes please\n', /^broken\.yaml:4: turn 1: "fallback" must be true or false or noneOfThese/],
    ['two whole texts', 'name: x\nturns:\n  - user: phone\n    entry: phone\n    bot: hello\n', /^broken\.yaml:3: turn 1: "bot" and "entry" both give the whole text/],
    ['an unknown "joins"', 'name: x\nturns:\n  - joins: everyone\n    message: welcome\n', /^broken\.yaml:3: turn 1: "joins:" is "user"/],
  ])('fails with its file name and turn number: %s', (_what, text, message) => {
    expect(() => parseTranscript('broken.yaml', text, knowledge)).toThrow(TranscriptError);
    expect(() => parseTranscript('broken.yaml', text, knowledge)).toThrow(message);
  });
});

describe('a transcript the bot does not follow', () => {
  // Each expectation, written wrong, must fail the play, naming the file, the turn and what was said.
  const play = (turns: string, header = 'name: wrong on purpose\n') => playTranscript(parseTranscript('wrong.yaml', `${header}turns:\n${turns}`, knowledge), knowledge, engines);
  it.each([
    ['bot', '  - user: hello\n    bot: Hi there!\n', /wrong\.yaml:3: turn 1 \(user: hello\): bot/],
    ['message', '  - user: hello\n    message: smallTalk.thanks\n', /turn 1 \(user: hello\): message smallTalk.thanks/],
    ['entry', '  - user: phone\n    entry: email\n', /turn 1 \(user: phone\): the answer of entry email/],
    ['contains', '  - user: phone\n    contains: ["+47 00000000"]\n', /turn 1 \(user: phone\): contains/],
    ['didYouMean', '  - user: phone\n    didYouMean: true\n', /turn 1 \(user: phone\): didYouMean true/],
    ['fallback', '  - user: phone\n    fallback: true\n', /turn 1 \(user: phone\): fallback/],
    ['fallback noneOfThese', '  - user: Can you book me a flight to Paris?\n    fallback: noneOfThese\n', /turn 1 .*: fallback/],
    ['buttons', '  - user: phone\n    buttons: [Email, Helpful, Not helpful]\n', /turn 1 \(user: phone\): buttons/],
    ['no buttons', '  - user: phone\n    buttons: []\n', /turn 1 \(user: phone\): buttons/],
    ['buttonsInclude', '  - user: phone\n    buttonsInclude: [Website]\n', /turn 1 \(user: phone\): a button "Website"/],
    ['click', '  - user: hello\n    message: smallTalk.greeting\n  - click: Helpful\n    message: feedbackThanks\n', /wrong\.yaml:5: turn 2 \(click: Helpful\): no button "Helpful"/],
    ['a later turn', '  - user: phone\n    entry: phone\n  - user: what is his email?\n    entry: phone\n', /wrong\.yaml:5: turn 2 \(user: what is his email\?\)/],
  ])('%s', async (_what, turns, message) => {
    await expect(play(turns)).rejects.toThrow(message);
  });

  it('on the hesitant engine', async () => {
    await expect(play('  - user: member cities\n    didYouMean: false\n', 'name: wrong on purpose\nengine: hesitant\n')).rejects.toThrow(/didYouMean false/);
    await expect(play('  - user: member cities\n    didYouMean: false\n')).resolves.toBeUndefined();
  });
});

/** Each expectation of a turn, written wrong in one way: the same turn with one expectation changed. */
function wrongVersions(e: Expectations): Array<[string, Expectations]> {
  const out: Array<[string, Expectations]> = [];
  if (e.bot !== undefined) out.push(['bot', { ...e, bot: `${e.bot} (changed)` }]);
  if (e.message !== undefined) out.push(['message', { ...e, message: e.message === 'help' ? 'smallTalk.acknowledge' : 'help' }]);
  if (e.entry !== undefined) out.push(['entry', { ...e, entry: e.entry === 'phone' ? 'email' : 'phone' }]);
  e.contains?.forEach((_, i) => out.push([`contains[${i}]`, { ...e, contains: e.contains?.map((c, j) => (j === i ? `${c} (changed)` : c)) ?? [] }]));
  if (e.didYouMean !== undefined) out.push(['didYouMean', { ...e, didYouMean: !e.didYouMean }]);
  if (e.fallback !== undefined) out.push(['fallback', { ...e, fallback: e.fallback === true ? false : true }]);
  if (e.fallback === 'noneOfThese') out.push(['fallback', { ...e, fallback: false }]);
  if (e.buttons !== undefined) out.push(['buttons', { ...e, buttons: e.buttons.length > 0 ? e.buttons.slice(0, -1) : ['Helpful'] }]);
  if (e.buttons !== undefined && e.buttons.length > 1) out.push(['buttons (order)', { ...e, buttons: [...e.buttons].reverse() }]);
  e.buttonsInclude?.forEach((_, i) => out.push([`buttonsInclude[${i}]`, { ...e, buttonsInclude: e.buttonsInclude?.map((b, j) => (j === i ? `${b} (changed)` : b)) ?? [] }]));
  return out;
}

describe('the transcripts, each expectation written wrong', () => {
  // A transcript that still passes with an expectation changed checks nothing with it.
  for (const file of files) {
    const transcript = read(file);
    if (transcript instanceof TranscriptError) continue;
    it(`${file} fails on every changed expectation`, async () => {
      const passing: string[] = [];
      for (const [index, turn] of transcript.turns.entries()) {
        for (const [what, wrong] of wrongVersions(turn.expect)) {
          const changed: Transcript = { ...transcript, turns: transcript.turns.map((t, i) => (i === index ? { ...t, expect: wrong } : t)) };
          const failed = await playTranscript(changed, knowledge, engines).then(
            () => false,
            () => true,
          );
          if (!failed) passing.push(`turn ${turn.number} ${what}`);
        }
      }
      expect(passing, `${file}: these changed expectations still pass`).toEqual([]);
    });
  }
});
