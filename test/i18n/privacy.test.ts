import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversation } from '../../src/conversation/conversation.js';
import { DEFAULTS } from '../../src/limits.js';
import { localeWords, wordsOf } from '../../src/conversation/locales/index.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { messages } from '../../src/conversation/messages.js';
import { UI_LANGUAGES, RTL_LANGUAGES } from '../../src/i18n/languages.js';
import { buttonsOf } from '../dialogs/transcript.js';
import { fixtureKnowledgeWithPersian, LIVE_KNOWLEDGE, post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';

/** What the user sees of privacy (issue 19): the one sentence, the `privacy` command, in every language. */
const plain = (text: string) => text.replace(/\u200f/g, '');

describe('what the bot keeps, in its own words', () => {
  it.each(UI_LANGUAGES)('%s: the welcome and the help end with the one sentence, and the privacy notice fills in the days', (language) => {
    const words = wordsOf(language);
    expect(words.keeps.length).toBeGreaterThan(20);
    expect(words.welcome.endsWith(words.keeps)).toBe(true);
    expect(words.help.endsWith(words.keeps)).toBe(true);
    for (const key of ['sendQuestion', 'questionSent', 'questionNotKept'] as const) expect(words[key].length, key).toBeGreaterThan(10);
    const notice = words.privacy('17');
    expect(notice).not.toContain('{days}');
    expect(notice.split('17').length - 1, 'the days, for questions and for counts').toBe(2);
    // Each says that Teams and Direct Line keep their own copies, and that the page keeps nothing.
    for (const name of ['Microsoft Teams', 'Direct Line', 'Clear chat']) expect(notice).toContain(name);
    if (language !== 'en') {
      for (const key of ['keeps', 'sendQuestion', 'questionSent', 'questionNotKept'] as const) expect(words[key], key).not.toBe(messages[key]);
      expect(notice).not.toBe(messages.privacy('17'));
    }
  });

  it('answers a question about what it keeps or who can read the chat with the privacy notice, unless the writer is in danger', () => {
    const conversation = createConversation(createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE)));
    for (const text of ['is this chat safe? can they see what i write?', 'do you keep my messages?', 'who can see what i write here?', 'is my conversation with you safe?', 'are my messages confidential?']) {
      expect(conversation.respond(text, undefined, {}).outcome.kind, text).toBe('privacy');
    }
    expect(conversation.respond('who can see the list of partners?', undefined, {}).outcome.kind).not.toBe('privacy');
    expect(conversation.respond('is my city safe for a writer?', undefined, {}).outcome.kind).not.toBe('privacy');
    // In the translated languages too, in that language; "is it safe to live there?" is no such question.
    for (const [text, language] of [['¿Guardan mis mensajes?', 'es'], ['Ce chat est-il privé ?', 'fr'], ['هل تحفظون رسائلي؟', 'ar'], ['آیا پیام‌هایم را ذخیره می‌کنید؟', 'fa']] as const) {
      const plan = conversation.respond(text, undefined, {});
      expect([plan.outcome.kind, plain(plan.say[0]!.text)], text).toEqual(['privacy', wordsOf(language).privacy(String(DEFAULTS.feedbackRetentionDays))]);
    }
    expect(conversation.respond('¿Es seguro vivir en una ciudad refugio?', undefined, {}).outcome.kind).not.toBe('privacy');
    expect(conversation.respond('¿Dónde puedo ver los datos de contacto?', undefined, {}).outcome.kind).not.toBe('privacy');
    const inDanger = conversation.respond('they arrested me last week, is this chat safe?', undefined, {});
    expect([inDanger.outcome.kind, inDanger.outcome.kind === 'answer' ? inDanger.outcome.entryId : '']).toEqual(['answer', 'at-risk']);
  });

  it('gives each language its own privacy command', () => {
    const seen = new Map<string, string>();
    for (const language of UI_LANGUAGES) {
      const commands = localeWords(language).commands.privacy;
      expect(commands.length, language).toBeGreaterThan(0);
      for (const command of commands) {
        expect(seen.get(command.toLowerCase()), `"${command}" of ${language}`).toBeUndefined();
        seen.set(command.toLowerCase(), language);
      }
    }
  });
});

describe('the privacy command, in each language, on the running bot', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ FEEDBACK_RETENTION_DAYS: '12' });
  });
  afterAll(() => bot.close());

  it.each(UI_LANGUAGES)('%s: answers "privacy" in that language, whatever the conversation spoke before', async (language) => {
    const command = localeWords(language).commands.privacy[0]!;
    // The conversation was in English (or in Spanish, for the English command): the command's language wins.
    const conversation = `conv-privacy-${language}`;
    await post(bot.url, userMessage(language === 'en' ? '¿Cómo puede mi ciudad unirse a la red?' : 'How can my city join?', conversation));
    const replies = replyTexts(await post(bot.url, userMessage(command, conversation)));
    expect(replies).toHaveLength(1);
    expect(plain(replies[0]!)).toBe(wordsOf(language).privacy('12'));
    expect(replies[0]!.startsWith('\u200f')).toBe(RTL_LANGUAGES.has(language));
  });
});

describe('the offer to send a question, in a translated language', () => {
  it('shows its button in Persian, and the kept question carries the language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icorn-consent-fa-'));
    const bot = await startBot({ KNOWLEDGE_DIR: fixtureKnowledgeWithPersian(), FEEDBACK_DIR: dir });
    try {
      const question = 'آیا ICORN هزینه بلیت هواپیمای مرا می‌پردازد؟';
      const fallback = await post(bot.url, userMessage(question, 'conv-fa-consent'));
      const reply = (fallback.body.activities ?? [])[0] ?? {};
      expect(plain(String(reply['text']))).toContain(plain(wordsOf('fa').fallbackContactsHeading));
      const button = buttonsOf(reply).find((b) => b.title === wordsOf('fa').sendQuestion);
      expect(button, JSON.stringify(buttonsOf(reply).map((b) => b.title))).toBeDefined();
      const yes = await post(bot.url, userMessage(String(button!.action.text), 'conv-fa-consent', { value: button!.action.value }));
      expect(replyTexts(yes).map(plain)).toEqual([wordsOf('fa').questionSent]);
      const records = readdirSync(dir).flatMap((name) => readFileSync(path.join(dir, name), 'utf8').trim().split('\n')).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(records.map((r) => [r['kind'], r['language']])).toEqual([
        ['fallback', 'fa'],
        ['question', 'fa'],
      ]);
      expect(records[1]).toMatchObject({ query: question, reason: 'fallback' });
    } finally {
      await bot.close();
    }
  });
});
