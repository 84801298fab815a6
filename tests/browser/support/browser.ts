/** Chromium through playwright-core, the way CI has it: Debian's /usr/bin/chromium, headless, no downloads. */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export const ARTIFACTS = path.resolve(__dirname, '../../../../tests/artifacts');

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install -y chromium): browser tests skipped`;
}

/** playwright's launch() gives every browser a fresh temporary profile (user-data dir) of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Pages bypass the server's Content-Security-Policy by default, so that axe-core's injected script can run;
 * the tests of the policy itself pass `bypassCsp: false`.
 */
export async function newPage(browser: Browser, opts: { width?: number; height?: number; bypassCsp?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', acceptDownloads: true,
    bypassCSP: opts.bypassCsp ?? true,
  });
  const page = await context.newPage();
  return { context, page };
}

/**
 * A screenshot into tests/artifacts/ (git-ignored), for a person to look at: the viewport by default, which
 * stays legible; `fullPage` for the whole length of a long page.
 */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}
