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

  async function openChat(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
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
    const page = await openChat();
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

  // Last: it shuts this bot's bridge down.
  it('says the assistant is restarting when the bot shuts down', async () => {
    const page = await openChat();
    bot.app.bridge!.close();
    await page.getByRole('status').filter({ hasText: 'The assistant is restarting' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
