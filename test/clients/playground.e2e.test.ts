import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { projectRoot } from '../../src/paths.js';
import { freePort } from '../../tools/freePort.js';
import { startBot, type RunningBot } from '../helpers.js';
import { browserSuiteTitle, chromiumAvailable as available, launchChromium } from './chromium.js';

/**
 * Microsoft 365 Agents Playground (Microsoft's offline Teams client, npm
 * `@microsoft/m365agentsplayground`), run as `npm run playground` runs it: Teams channel, telemetry
 * off, no browser of its own. Its page is driven in Debian's Chromium. Screenshots go to
 * test-results/playground/.
 */
const SCREENSHOTS = path.join(projectRoot(), 'test-results', 'playground');
const title = browserSuiteTitle('Microsoft 365 Agents Playground in Chromium');

describe.skipIf(!available)(title, () => {
  let bot: RunningBot;
  let playground: ChildProcess;
  let playgroundUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The bot with the project's own knowledge, as `npm run playground` runs it.
    bot = await startBot({ KNOWLEDGE_DIR: path.join(projectRoot(), 'knowledge') });
    const port = await freePort();
    playgroundUrl = `http://127.0.0.1:${port}/`;
    const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
    playground = spawn(process.execPath, [cli, '-e', `${bot.url}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i += 1) {
      const up = await fetch(playgroundUrl).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    playground?.kill('SIGTERM');
    await bot?.close();
  });

  /** A fresh page of the Playground, showing the personal chat. */
  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(playgroundUrl);
    await page.getByRole('button', { name: 'Send Message' }).first().waitFor({ timeout: 30_000 });
    return page;
  }

  async function ask(page: Page, text: string): Promise<void> {
    const box = page.locator('[contenteditable="true"]:visible').first();
    await box.click();
    await box.fill(text);
    await page.keyboard.press('Enter');
  }

  /** Opens a conversation from the Playground's menu (Group Chat, My Team - General). */
  async function go(page: Page, conversation: string): Promise<void> {
    await page.waitForTimeout(500);
    await page.locator('button').first().click();
    await page.getByRole('treeitem', { name: conversation }).click();
    // The menu may stay open over the left of the page; what the tests click is right of it.
    await page.waitForTimeout(800);
  }

  /** Types an @mention of the bot, picked from the Playground's list as a user does, then the text. */
  async function mentionBot(page: Page, box: ReturnType<Page['locator']>, text: string): Promise<void> {
    await box.click();
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: 'Test Bot' }).click();
    await page.keyboard.type(` ${text}`);
  }

  const feedbackOnDisk = () =>
    existsSync(bot.app.feedback!.dir)
      ? readdirSync(bot.app.feedback!.dir)
          .map((name) => readFileSync(path.join(bot.app.feedback!.dir, name), 'utf8'))
          .join('')
      : '';

  it("welcomes a personal chat, answers with every button shown, and takes Teams' own thumbs up as feedback", async () => {
    const page = await open();
    await page.getByText(messages.welcome.slice(0, 40)).first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Contact ICORN' }).first().waitFor();
    await ask(page, 'How can my city join?');
    const answer = page.getByText('The page does not describe how a city joins');
    await answer.first().waitFor({ timeout: 20_000 });
    // Its three follow-ups, all shown (a Hero card), and Teams' own feedback on the message.
    for (const title of ['What members commit to', 'How many members?', 'Contact ICORN']) await page.getByRole('button', { name: title }).last().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-personal-answer.png') });
    await page.getByRole('button', { name: 'Like', exact: true }).last().click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(feedbackOnDisk, { timeout: 10_000 }).toContain('"kind":"helpful","entryId":"how-to-join","language":"en"');
    await page.close();
  }, 90_000);

  it('offers a did-you-mean with all its options and None of these, takes a pick, then None of these', async () => {
    const page = await open();
    // The personal chat goes on from the test before: a new topic starts afresh.
    await ask(page, 'start over');
    await page.getByText(messages.startOver).last().waitFor({ timeout: 20_000 });
    await ask(page, 'member cities');
    await page.getByText('Did you mean').last().waitFor({ timeout: 20_000 });
    for (const title of ['Keeping member cities', 'How many members?', 'What members commit to', messages.noneOfThese]) {
      await page.getByRole('button', { name: title }).last().waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-personal-did-you-mean.png') });
    // The Playground does not run Hero card buttons other than links ("not supported yet"), so the
    // pick is typed, as Teams users may also do: its number.
    await ask(page, '2');
    await page.getByText('made up of').last().waitFor({ timeout: 20_000 });
    // A new "Did you mean" (read afresh, not as a follow-up of the answer), then None of these.
    const shown = (text: string) => page.getByText(text).count();
    const startedOver = await shown(messages.startOver);
    await ask(page, 'start over');
    await expect.poll(() => shown(messages.startOver), { timeout: 20_000 }).toBeGreaterThan(startedOver);
    const offered = await shown(messages.didYouMean);
    await ask(page, 'membership');
    await expect.poll(() => shown(messages.didYouMean), { timeout: 20_000 }).toBeGreaterThan(offered);
    await ask(page, messages.noneOfThese);
    await page.getByText(messages.fallbackAfterNone).last().waitFor({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: 'icorn@icorn.org' }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '3-personal-none-of-these.png') });
    await page.close();
  }, 90_000);

  it('answers an @mention in a group chat', async () => {
    const page = await open();
    await go(page, 'Group Chat');
    await mentionBot(page, page.locator('[contenteditable="true"]:visible').first(), 'who are the residencies for?');
    await page.getByRole('button', { name: 'Send Message' }).first().click();
    await page.getByText('ICORN offers spaces where').last().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'How to apply' }).last().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '4-group-chat.png') });
    await page.close();
  }, 90_000);

  it('replies in the thread of a channel post that @mentions it', async () => {
    const page = await open();
    await go(page, 'My Team - General');
    await mentionBot(page, page.getByRole('textbox').first(), 'how do I contact ICORN?');
    await page.getByRole('button', { name: 'Post' }).click();
    // The post and the bot's reply in one thread: an element holding both, and no other post
    // (not the new-post box, not the welcome's thread).
    const thread = page
      .locator('div')
      .filter({ hasText: 'how do I contact ICORN?' })
      .filter({ hasText: "ICORN's contact details" })
      .filter({ hasNotText: 'Start a new post' })
      .filter({ hasNotText: messages.welcome.slice(0, 30) });
    await thread.first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, '5-channel-thread.png') });
    await page.close();
  }, 90_000);
});
