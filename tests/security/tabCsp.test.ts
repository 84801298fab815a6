import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { chromiumMissing, launchChromium, newPage } from '../browser/support/browser.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/** Issue 13, item 10: the built tab, served by the real server with its Content-Security-Policy, still renders. */
describe('security: the tab in Chromium under the server\'s Content-Security-Policy (issue 13, item 10)', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let browser: Browser;

  before(async function () {
    if (chromiumMissing()) this.skip();
    azurite = await startTestAzurite();
    t = await startTestApp(azurite);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
    await azurite?.stop();
  });

  it('renders with no CSP violation in the console', async () => {
    const { context, page } = await newPage(browser, { bypassCsp: false });
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    const res = await page.goto(`${t.baseUrl}/tab/`);
    assert.match(String(res?.headers()['content-security-policy']), /script-src 'self'/);
    // Strings, not functions: they run in the page, and this project's TypeScript has no DOM types.
    await page.waitForFunction("(document.getElementById('root')?.innerText.trim().length ?? 0) > 20", undefined, { timeout: 60_000 });
    // Fluent UI's griffel inserts its rules as <style> elements, which style-src 'unsafe-inline' must let apply.
    const rules = await page.evaluate<number>("[...document.querySelectorAll('style')].reduce((n, s) => n + (s.sheet?.cssRules.length ?? 0), 0)");
    assert.ok(rules > 10, `${rules} style rules applied`);
    assert.deepEqual(messages.filter((m) => /Content Security Policy|Refused to/i.test(m)), [], messages.join('\n'));
    await context.close();
  });
});
