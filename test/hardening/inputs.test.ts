import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonValueOf } from '../../src/conversation/buttonValue.js';
import { messages } from '../../src/conversation/messages.js';
import { redact } from '../../src/feedback/feedbackLog.js';
import { HTTP_LIMITS } from '../../src/limits.js';
import { projectRoot } from '../../src/paths.js';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { regexLiteralsIn } from '../support/regexLiterals.js';

/** A JSON value nested `depth` arrays deep, as raw text (JSON.stringify of it would overflow the stack). */
function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/**
 * `/healthz` answers 200 within a second. Measured by the clock: the bot runs in this process, so
 * while a turn blocks it, this test's own timers wait too.
 */
async function healthyWithinASecond(url: string): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) });
  expect(response.status).toBe(200);
  expect(performance.now() - started).toBeLessThan(1000);
}

describe('item 1: one nested activity kills the process', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  const deepActivity = (depth: number) => JSON.stringify(userMessage('What is ICORN?', 'conv-deep')).replace(/}$/, `,"value":${nested(depth)}}`);

  it('a value nested 6,000 arrays deep posted to /api/messages gets 400 "JSON nested too deep", and the bot stays up', async () => {
    const result = await post(bot.url, deepActivity(6000));
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: 'JSON nested too deep' });
    await healthyWithinASecond(bot.url);
  });

  it('the same value posted to the Direct Line bridge gets 400, its stream opens, and the bot stays up', async () => {
    const created = await fetch(`${bot.url}/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { conversationId, token } = (await created.json()) as { conversationId: string; token: string };
    const body = `{"type":"message","text":"hi","from":{"id":"u"},"value":${nested(6000)}}`;
    const posted = await fetch(`${bot.url}/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    expect(posted.status).toBe(400);
    expect(await posted.json()).toEqual({ error: 'JSON nested too deep' });
    // Opening the stream is what used to end the process.
    const controller = new AbortController();
    const stream = await fetch(`${bot.url}/directline/conversations/${conversationId}/stream?t=${token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await healthyWithinASecond(bot.url);
  });

  it(`nesting up to the limit (${HTTP_LIMITS.maxJsonDepth}) is read; one more level is refused, brackets inside strings do not count`, async () => {
    // The activity object is level 1 and value level 2: the deepest value allowed is limit - 1 levels.
    const atLimit = await post(bot.url, deepActivity(HTTP_LIMITS.maxJsonDepth - 1));
    expect(atLimit.status).toBe(200);
    const over = await post(bot.url, deepActivity(HTTP_LIMITS.maxJsonDepth));
    expect(over.status).toBe(400);
    const brackets = await post(bot.url, userMessage(`${'[{'.repeat(5000)} "\\"[`, 'conv-brackets'));
    expect(brackets.status).toBe(200);
  });
});

/** The source files whose regular expressions may see what a user typed, on the way from the request to the reply and the log. */
function filesOnThePath(): string[] {
  const root = projectRoot();
  const folders = ['src/faq', 'src/i18n', 'src/conversation', 'src/conversation/locales'];
  return [
    'src/bot/teams.ts',
    'src/bot/faqBot.ts',
    'src/feedback/feedbackLog.ts',
    'src/http/activityValidation.ts',
    'src/http/http.ts',
    'dialogs/faqDialog.ts',
    ...folders.flatMap((folder) => readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.ts')).map((name) => `${folder}/${name}`)),
  ];
}

/** Every regular expression literal in those files, with where it is. */
function regexLiteralsOnThePath(): Map<string, RegExp> {
  return new Map(filesOnThePath().flatMap((file) => regexLiteralsIn(file).map(({ literal, regex, line }): [string, RegExp] => [`${file}:${line} ${literal}`, regex])));
}

/**
 * The regular expressions the running bot applies to what users send, built at run time included
 * (small talk, the SDK): `RegExp.prototype.exec` is what `test`, `match`, `replace`, `split` and
 * `matchAll` all call once a program has replaced it, so wrapping it sees every use. A use counts
 * when its input holds the marker, or is a piece of a message that was sent.
 */
async function regexesAppliedToUserText(marker: string, send: () => Promise<string[]>): Promise<Map<string, RegExp>> {
  const found = new Map<string, RegExp>();
  const sent: string[] = [];
  const exec = RegExp.prototype.exec;
  const fromUser = (input: string) => {
    const lower = input.toLowerCase();
    return lower.includes(marker) || (lower.trim().length >= 3 && sent.some((text) => text.includes(lower)));
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    if (typeof input === 'string' && input.length < 5000 && fromUser(input)) {
      const flags = this.flags.replace(/[gy]/g, '');
      found.set(`run time /${this.source}/${flags}`, new RegExp(this.source, flags));
    }
    return exec.call(this, input);
  } as typeof exec;
  try {
    sent.push(...(await send()).map((text) => text.toLowerCase()));
    // The messages are known before they are sent; the second round sees every piece of them.
    await send();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return found;
}

/** 100 KB strings that make backtracking patterns rescan the rest of the text from every position. */
const ADVERSARIAL: Record<string, string> = (() => {
  const n = 100_000;
  const fill = (unit: string, tail = '') => unit.repeat(Math.ceil((n - tail.length) / unit.length)).slice(0, n - tail.length) + tail;
  return {
    "'a' x n": fill('a'),
    "'<at' x n": fill('<at'),
    "'<at>' x n": fill('<at>'),
    "'<' x n": fill('<'),
    "'a@' x n": fill('a@'),
    "'a.' x n then '@'": fill('a.', '@'),
    "'1 ' x n": fill('1 '),
    "'1' then spaces then 'x'": `1${fill(' ', 'x').slice(1)}`,
    "'1-' x n then 'x'": fill('1-', 'x'),
    "'٣ ' x n (Arabic-Indic)": fill('٣ '),
    "'۳‑' x n (Persian, non-breaking hyphen)": fill('۳\u2011'),
    "'.' x n then 'x'": fill('.', 'x'),
    "'?' x n then 'x'": fill('?', 'x'),
    "spaces then 'x'": fill(' ', 'x'),
    "'what are you ' x n": fill('what are you '),
    "'who made ' x n": fill('who made '),
    "'can i ask you ' x n": fill('can i ask you '),
    "'hi ' x n": fill('hi '),
    "'سلام ' x n": fill('سلام '),
    "'مثال.' x n then '@'": fill('مثال.', '@'),
  };
})();

/** Milliseconds a call takes. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('item 2: one 99 KB message blocks the whole process', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  const marker = 'zqxj';
  const teams = (text: string) =>
    userMessage(text, 'conv-regex-teams', {
      channelId: 'msteams',
      recipient: { id: 'bot-1', name: 'ICORN Assistant' },
      conversation: { id: 'conv-regex-teams', conversationType: 'channel' },
      entities: [{ type: 'mention', text: '<at>ICORN Assistant</at>', mentioned: { id: 'bot-1', name: 'ICORN Assistant' } }],
    });
  /** Messages that take the turn down each of its paths: Teams mentions, small talk, languages, "Did you mean", feedback, the log. */
  async function sendAll(): Promise<string[]> {
    const texts = [
      `<at>ICORN Assistant</at> ${marker} how can my city join?`,
      `${marker} What is ICORN?`,
      `hi ${marker}, who made you?`,
      `thanks ${marker}`,
      `are you a bot ${marker}`,
      `${marker} Can ICORN pay for my flight? Write to ${marker}.k@example.org or call +47 900 12 345.`,
      `The police took me twice for my articles. ${marker}. Can your organisation do anything for someone like me?`,
      'network',
      `${marker} none of these`,
      `${marker} ¿Qué es ICORN? ¿Cómo puede unirse mi ciudad?`,
      `${marker} ایکورن چیست؟ ۰۹۱۲ ۳۴۵ ۶۷۸۹`,
      `${marker} Что такое ICORN?`,
      `español ${marker}`,
      'English',
    ];
    for (const [i, text] of texts.entries()) {
      const activity = i === 0 ? teams(text) : userMessage(text, 'conv-regex');
      expect((await post(bot.url, activity)).status).toBe(200);
    }
    const feedback = userMessage(`Helpful ${marker}`, 'conv-regex', { value: { feedback: 'helpful', entryId: 'contact' } });
    expect((await post(bot.url, feedback)).status).toBe(200);
    return texts;
  }

  it('every regular expression applied to user text along the path takes 100 KB of adversarial input in under 200 ms', async () => {
    const applied = await regexesAppliedToUserText(marker, sendAll);
    const literals = regexLiteralsOnThePath();
    // The run-time list holds what only exists at run time (small talk's patterns are built from the vocabulary).
    expect(applied.size).toBeGreaterThan(20);
    expect([...applied.keys()].some((key) => key.includes('thank'))).toBe(true);
    // Redaction ran too: its e-mail and number patterns are among them.
    expect([...applied.keys()].filter((key) => key.includes('@') || key.includes('p{Nd}')).length).toBeGreaterThanOrEqual(2);
    expect(literals.size).toBeGreaterThan(100);
    const slow: string[] = [];
    for (const [where, regex] of [...literals, ...applied]) {
      const global = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}g`);
      for (const [name, input] of Object.entries(ADVERSARIAL)) {
        // A tenth first: a pattern that rescans is found there without waiting minutes for it.
        const tenth = timed(() => input.slice(0, input.length / 10).replace(global, ''));
        // The best of two runs, so that a pause of the machine is not taken for the pattern's cost.
        const ms = tenth > 100 ? tenth : Math.min(timed(() => input.replace(global, '')), timed(() => input.replace(global, '')));
        if (ms > 200 || tenth > 100) {
          slow.push(`${where} on ${name}: ${Math.round(ms)} ms${tenth > 100 ? ' for 10 KB' : ''}`);
          break;
        }
      }
    }
    expect(slow).toEqual([]);
  }, 300_000);
});

describe('item 2: a 99 KB message, end to end', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  it.each([
    ['a word of 99,000 letters (an unanswered question, so it is redacted for the log)', userMessage('a'.repeat(99_000), 'conv-99k-a')],
    [
      "'<at' 33,000 times in Teams",
      userMessage('<at'.repeat(33_000), 'conv-99k-at', { channelId: 'msteams', recipient: { id: 'bot-1', name: 'ICORN Assistant' }, conversation: { id: 'conv-99k-at', conversationType: 'personal' } }),
    ],
    ["'a.' 49,500 times, then '@'", userMessage(`${'a.'.repeat(49_500)}@`, 'conv-99k-at-sign')],
    ["'.' 99,000 times, then a letter", userMessage(`${'.'.repeat(99_000)}x`, 'conv-99k-dots')],
  ])('%s is answered, and /healthz answers within 1 s while it runs', async (_, activity) => {
    let running = true;
    const answered = post(bot.url, activity).finally(() => {
      running = false;
    });
    // Asked again and again until the turn ends, each answer within 1 s of the one before: a turn
    // that blocks the process delays the next question (the bot runs in this process) or its answer.
    let asked = 0;
    let last = performance.now();
    do {
      await healthyWithinASecond(bot.url);
      asked += 1;
      expect(performance.now() - last).toBeLessThan(1000);
      last = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
    } while (running);
    const result = await answered;
    expect(asked).toBeGreaterThan(0);
    expect(result.status).toBe(200);
    expect(result.body.activities?.length).toBeGreaterThan(0);
  });
});

/** Every file of a folder with its contents, to compare before and after. */
function folderContents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

describe("item 3: forged 'Was this helpful?' values", () => {
  let bot: RunningBot;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'icorn-forged-'));
    bot = await startBot({ LOG_LEVEL: 'silent', FEEDBACK_DIR: dir });
  });
  afterAll(() => bot.close());

  const forged: Array<[string, unknown]> = [
    ['an entry id of 200,000 characters', { feedback: 'helpful', entryId: 'x'.repeat(200_000) }],
    ['an entry id of 61 characters', { feedback: 'helpful', entryId: 'a'.repeat(61) }],
    ['an entry that does not exist', { feedback: 'helpful', entryId: 'no-such-entry' }],
    ['an empty entry id', { feedback: 'notHelpful', entryId: '' }],
    ['a numeric entry id', { feedback: 'helpful', entryId: 42 }],
    ['an unknown verdict', { feedback: 'great', entryId: 'contact' }],
    ['a verdict in an array', { feedback: ['helpful'], entryId: 'contact' }],
    ['an entry id in an object', { feedback: 'helpful', entryId: { id: 'contact' } }],
    ['a nested payload beside a real value', { feedback: 'helpful', entryId: 'contact', extra: { a: [{ b: 'x'.repeat(1000) }] } }],
    ['the value in an array', [{ feedback: 'helpful', entryId: 'contact' }]],
    ['a string', 'helpful'],
    ['an English original of an entry that does not exist', { original: 'x'.repeat(10_000) }],
  ];

  it.each(forged)('%s is ignored and leaves the feedback folder unchanged on disk', async (name, value) => {
    const before = folderContents(dir);
    // What a client sends with a button's value is its title; the message alone is then read as typed.
    const result = await post(bot.url, userMessage('', `conv-forged-${name}`, { value }));
    expect(result.status).toBe(200);
    expect(replyTexts(result)).toEqual([messages.emptyMessage]);
    expect(folderContents(dir)).toEqual(before);
  });

  it('a value the bot sent is still counted (the control)', async () => {
    const before = Object.keys(folderContents(dir)).length === 0 ? '' : Object.values(folderContents(dir)).join('');
    const result = await post(bot.url, userMessage('', 'conv-real-value', { value: { feedback: 'helpful', entryId: 'contact' } }));
    expect(replyTexts(result)).toEqual([messages.feedbackThanks]);
    const after = Object.values(folderContents(dir)).join('');
    expect(after.slice(before.length)).toMatch(/"kind":"helpful","entryId":"contact"/);
  });

  it('buttonValueOf reads exactly the kinds the bot sends', () => {
    const context = { isEntry: (id: string) => id === 'contact' };
    expect(buttonValueOf({ feedback: 'notHelpful', entryId: 'contact' }, context)).toEqual({ kind: 'feedback', feedback: 'notHelpful', entryId: 'contact' });
    expect(buttonValueOf({ original: 'contact' }, context)).toEqual({ kind: 'original', entryId: 'contact' });
    for (const [, value] of forged) expect(buttonValueOf(value, context)).toBeUndefined();
    expect(buttonValueOf(undefined, context)).toBeUndefined();
    expect(buttonValueOf(null, context)).toBeUndefined();
  });
});

describe('item 4: redaction misses non-ASCII', () => {
  it.each([
    ['call me on ٠١٢٣٤٥٦٧٨٩ please', 'call me on [number] please'],
    ['شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است', 'شماره من [number] است'],
    ['رقمي ٠٥٥-١٢٣-٤٥٦٧', 'رقمي [number]'],
    ['phone ０１２ ３４５ ６７８９', 'phone [number]'],
    ['phone ＋４７ ９００ １２ ３４５', 'phone [number]'],
    ['no-break spaces +47\u00a0900\u00a012\u00a0345', 'no-break spaces [number]'],
    ['thin spaces and en dashes 0912\u2009345\u20136789', 'thin spaces and en dashes [number]'],
    ['ideographic space 090\u30001234\u30005678', 'ideographic space [number]'],
    ['passport ۱۲۳۴۵۶۷۸۹', 'passport [number]'],
    ['ایمیل من نام@مثال.ایران است', 'ایمیل من [email] است'],
    ['write to müller@exämple.de today', 'write to [email] today'],
    ['write to user＠example.com', 'write to [email]'],
    ['write to 用户@例子.广告', 'write to [email]'],
    ['write to ayesha.k+bot@example.org please', 'write to [email] please'],
    ['how many cities joined in ٢٠٢٤?', 'how many cities joined in ٢٠٢٤?'],
    ['how many cities joined in 2024?', 'how many cities joined in 2024?'],
  ])('%j -> %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('item 5 (from item 10): activities without what every channel sends', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  const without = (key: string, extra: Record<string, unknown> = {}) => {
    const activity: Record<string, unknown> = { ...userMessage('What is ICORN?', `conv-without-${key}`), ...extra };
    delete activity[key];
    return activity;
  };

  it.each([
    ['no channelId', without('channelId'), 'invalid activity: channelId is required'],
    ['an empty channelId', { ...without('x'), channelId: '' }, 'invalid activity: channelId must not be empty'],
    ['no serviceUrl', without('serviceUrl'), 'invalid activity: serviceUrl is required'],
    ['no serviceUrl, normal delivery', without('serviceUrl', { deliveryMode: 'normal' }), 'invalid activity: serviceUrl is required'],
    ['no from', without('from'), 'invalid activity: from is required'],
    ['a from without id', { ...without('x'), from: { name: 'User' } }, 'invalid activity: from.id is required'],
    ['no recipient', without('recipient'), 'invalid activity: recipient is required'],
    ['a conversation update without from', without('from', { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }), 'invalid activity: from is required'],
    ['a mention without whom it mentions', { ...without('x'), entities: [{ type: 'mention', text: '<at>ICORN bot</at>' }] }, 'invalid activity: entities.0.mentioned is required'],
    ['a mention without text', { ...without('x'), entities: [{ type: 'mention', mentioned: { id: 'bot-1' } }] }, 'invalid activity: entities.0.text is required'],
  ])('%s gets 400 with a short reason', async (_, activity, reason) => {
    const result = await post(bot.url, activity);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: reason });
  });

  it('a message with every field a channel sends, and a mention of the bot without text in the message, is answered', async () => {
    const mention = { type: 'mention', text: '<at>ICORN bot</at>', mentioned: { id: 'bot-1', name: 'ICORN bot' } };
    const result = await post(bot.url, { ...without('text'), entities: [mention] });
    expect(result.status).toBe(200);
    expect(replyTexts(result)).toEqual([messages.emptyMessage]);
  });
});
