import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core: no browser is ever downloaded. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** A browser test suite's title, which says why it is skipped when Chromium is missing. */
export function browserSuiteTitle(name: string): string {
  return chromiumAvailable ? name : `${name} — skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
}

/** Headless Chromium with the flags this machine needs (no background connections, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
