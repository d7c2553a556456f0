import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { projectRoot } from '../../src/paths.js';
import { fixtureKnowledgeWithPersian, startBot, type RunningBot } from '../helpers.js';
import { browserSuiteTitle, CHROMIUM, chromiumAvailable as available, launchChromium } from './chromium.js';

/**
 * The real Web Chat, in headless Chromium (Debian's `chromium`, driven by playwright-core; no
 * browser is downloaded), against the bot on loopback through the local Direct Line bridge. Each
 * scenario saves a screenshot under test-results/webchat/.
 */
const SCREENSHOTS = path.join(projectRoot(), 'test-results', 'webchat');
const title = browserSuiteTitle('Web Chat in Chromium');

// In CI the browser is installed by .ci/run: a missing one is a failure there, not a skip.
it.runIf(process.env['CI'] === 'true')('has Chromium — checked only in CI (CI=true), where a missing browser is a failure', () => {
  expect(available, `no Chromium at ${CHROMIUM}`).toBe(true);
});

describe.skipIf(!available)(title, () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    bot = await startBot({ KNOWLEDGE_DIR: fixtureKnowledgeWithPersian() });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  /** What the Content Security Policy refused on each page (Chromium reports each refusal on the console). */
  const refused = new Map<Page, string[]>();
  /** The conversations each page started on the bridge. */
  const started = new Map<Page, string[]>();

  async function openChat(options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 }, ...options });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    refused.set(page, []);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.get(page)?.push(message.text());
    });
    started.set(page, []);
    page.on('response', async (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/directline/conversations') {
        started.get(page)?.push(((await response.json()) as { conversationId: string }).conversationId);
      }
    });
    await page.goto(bot.url);
    await shown(page, plainFragment(messages.welcome)).waitFor({ timeout: 20_000 });
    return page;
  }

  async function ask(page: Page, text: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  /** The longest run of a message without apostrophes or Markdown, which Web Chat typesets. */
  function plainFragment(text: string): string {
    return text
      .replace(/\*\*/g, '')
      .split(/['’:]/)
      .reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
  }

  /** The last bot message's text as the page shows it. */
  const shown = (page: Page, text: string) => page.locator('.webchat__bubble__content').filter({ hasText: text }).last();

  it('renders the welcome with topic buttons', async () => {
    const page = await openChat();
    await expect(page.getByRole('button', { name: 'How a city joins' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-welcome.png') });
    await page.close();
  });

  it('answers a typed question, and a follow-up button', async () => {
    const page = await openChat();
    await ask(page, 'How can my city join?');
    await shown(page, 'The page does not describe how a city joins').waitFor({ timeout: 15_000 });
    await expect(page.getByText('Send failed').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'What members commit to' }).last().click();
    await shown(page, 'Each ICORN member commits to providing protection').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-answer-and-follow-up.png'), fullPage: true });
    await page.close();
  });

  it('clicks through a "Did you mean" option to its answer', async () => {
    const reply = bot.app.engine.ask('network');
    expect(reply.kind, '"network" should be a did-you-mean with the calibrated thresholds').toBe('didYouMean');
    const option = reply.kind === 'didYouMean' ? reply.candidates[0]!.entry : undefined;
    const page = await openChat();
    await ask(page, 'network');
    await shown(page, messages.didYouMean).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: option!.title }).last().click();
    await shown(page, plainFragment(option!.answer.split('\n')[0]!).slice(0, 40)).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, '3-did-you-mean.png'), fullPage: true });
    await page.close();
  });

  it('"None of these" leads to the fallback with the contacts', async () => {
    const page = await openChat();
    await ask(page, 'network');
    await shown(page, messages.didYouMean).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: messages.noneOfThese }).last().click();
    await shown(page, plainFragment(messages.fallbackAfterNone)).waitFor({ timeout: 15_000 });
    await expect(page.locator('a[href="mailto:icorn@icorn.org"]').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '4-none-of-these.png'), fullPage: true });
    await page.close();
  });

  it('writes a Persian answer right to left, beside English ones (screenshot 5-persian.png)', async () => {
    const page = await openChat();
    const persian = bot.app.engine.knowledge.translations!.find((t) => t.language === 'fa')!;
    const answer = persian.byId.get('what-is-icorn')!.answer;
    await ask(page, 'ICORN چیست و چه می‌کند؟');
    const bubble = shown(page, plainFragment(answer.split('\n')[0]!).slice(0, 20));
    await bubble.waitFor({ timeout: 15_000 });
    const paragraph = bubble.locator('p').first();
    await expect(paragraph.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).resolves.toBe('rtl');
    // The welcome, in English, stays left to right.
    const welcome = shown(page, plainFragment(messages.welcome)).locator('p').first();
    await expect(welcome.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).resolves.toBe('ltr');
    await page.screenshot({ path: path.join(SCREENSHOTS, '5-persian.png'), fullPage: true });
    await page.close();
  });

  it('has no serious or critical accessibility finding (axe-core)', async () => {
    // axe-core is injected as an inline script, which the page's policy refuses: this test alone bypasses it.
    const page = await openChat({ bypassCSP: true });
    await ask(page, 'How can my city join?');
    await shown(page, 'The page does not describe how a city joins').waitFor({ timeout: 15_000 });
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  /** Clicks "Clear chat" and waits for the new conversation's welcome. */
  async function clearChat(page: Page): Promise<void> {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Clear chat' }).click()]);
    await shown(page, plainFragment(messages.welcome)).waitFor({ timeout: 20_000 });
  }

  /** Everything the page could have kept in the browser: web storage, IndexedDB, caches, cookies. */
  async function browserStorage(page: Page) {
    // In the page's own terms (the tests compile without the DOM library).
    const inPage = (await page.evaluate(`(async () => ({
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      cookie: document.cookie,
    }))()`)) as Record<string, unknown>;
    return { ...inPage, cookies: (await page.context().cookies()).map((c) => c.name) };
  }

  it('keeps nothing in the browser after a conversation (storage, IndexedDB, caches, cookies)', async () => {
    const page = await openChat();
    await ask(page, 'How can my city join?');
    await shown(page, 'The page does not describe how a city joins').waitFor({ timeout: 15_000 });
    await ask(page, 'Can you book me a flight to Paris?');
    await shown(page, plainFragment(messages.fallback)).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: messages.sendQuestion }).last().click();
    await shown(page, plainFragment(messages.questionSent)).waitFor({ timeout: 15_000 });
    await page.reload();
    await shown(page, plainFragment(messages.welcome)).waitFor({ timeout: 20_000 });
    expect(await browserStorage(page)).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [], cookie: '', cookies: [] });
    // A reload starts afresh: the conversation before it is not on the page.
    await expect(page.getByText('flight to Paris').count()).resolves.toBe(0);
    await page.close();
  });

  it('"Clear chat" starts a new conversation, and the old messages are gone (screenshot 6-cleared.png)', async () => {
    const page = await openChat();
    await ask(page, 'Can you book me a flight to Paris?');
    await shown(page, plainFragment(messages.fallback)).waitFor({ timeout: 15_000 });
    const entries = await page.evaluate('history.length');
    await clearChat(page);
    await expect(page.getByRole('status').textContent()).resolves.toContain('A new conversation has started');
    // The new page took the old one's place: no history entry leads back to the old conversation.
    await expect(page.evaluate('history.length')).resolves.toBe(entries);
    await expect(page.getByText('flight to Paris').count()).resolves.toBe(0);
    await expect(page.locator('.webchat__bubble__content').filter({ hasText: plainFragment(messages.fallback) }).count()).resolves.toBe(0);
    // The new conversation works, and is another one on the server.
    await ask(page, 'How can my city join?');
    await shown(page, 'The page does not describe how a city joins').waitFor({ timeout: 15_000 });
    // The welcome, the question and its answer: nothing from before.
    await expect(page.locator('.webchat__bubble__content').count()).resolves.toBe(3);
    const conversations = started.get(page) ?? [];
    expect(conversations).toHaveLength(2);
    expect(conversations[0]).not.toBe(conversations[1]);
    await page.screenshot({ path: path.join(SCREENSHOTS, '6-cleared.png'), fullPage: true });
    expect(await browserStorage(page)).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [], cookie: '', cookies: [] });
    await page.close();
  });

  it('runs under a policy without inline scripts or eval, and sends no referrer', async () => {
    const response = await fetch(bot.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>/);
    // A conversation with every kind of reply: no refusal on the console.
    const page = await openChat();
    await ask(page, 'How can my city join?');
    await shown(page, 'The page does not describe how a city joins').waitFor({ timeout: 15_000 });
    await ask(page, 'network');
    await shown(page, messages.didYouMean).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: messages.noneOfThese }).last().click();
    await shown(page, plainFragment(messages.fallbackAfterNone)).waitFor({ timeout: 15_000 });
    await clearChat(page);
    // Web Chat's style sheets (and react-scroll-to-bottom's, empty then filled) are in force.
    const sheets = (await page.evaluate(`[...document.querySelectorAll('style[data-emotion]')].map((s) => s.sheet ? s.sheet.cssRules.length : 0)`)) as number[];
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(sheets.every((rules) => rules > 0), JSON.stringify(sheets)).toBe(true);
    expect(refused.get(page)).toEqual([]);
    await page.close();
  });

  // Last: it shuts this bot's bridge down.
  it('says the assistant is restarting when the bot shuts down', async () => {
    const page = await openChat();
    bot.app.bridge!.close();
    await page.getByRole('status').filter({ hasText: 'The assistant is restarting' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
