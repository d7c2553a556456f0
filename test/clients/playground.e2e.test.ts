import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
    bot = await startBot();
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

  async function ask(page: Page, text: string): Promise<void> {
    const box = page.locator('[contenteditable="true"], textarea').first();
    await box.click();
    await box.fill(text);
    await page.keyboard.press('Enter');
  }

  it('welcomes a personal chat, answers, and shows every button of the answer (a Hero card, not three suggested actions)', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(playgroundUrl);
    await page.getByText(messages.welcome.slice(0, 40)).first().waitFor({ timeout: 30_000 });
    await ask(page, 'How can my city join?');
    await page.getByText('The page does not describe how a city joins').first().waitFor({ timeout: 20_000 });
    // The feedback buttons come after three follow-ups: Teams' suggested actions would hide them.
    await page.getByRole('button', { name: messages.notHelpful }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-personal-answer.png') });
    await page.getByRole('button', { name: 'What members commit to' }).first().click();
    await page.getByText('Each ICORN member commits to providing protection').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-follow-up.png') });
    await expect(page.getByText('Each ICORN member commits to providing protection').count()).resolves.toBeGreaterThan(0);
    await page.close();
  }, 90_000);
});
