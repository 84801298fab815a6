import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium } from './browser.js';
import { startTarget, type Target } from './target.js';

export interface BrowserSuite { target: Target; browser: Browser }

/**
 * The hooks every browser suite needs: skip it without Chromium, start the target (mock or real server) and
 * the browser, and stop both afterwards. Call it first in a describe; its fields are set before the tests run.
 */
export function useBrowser(): BrowserSuite {
  const suite = {} as BrowserSuite;
  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.warn(missing);
      this.skip();
    }
    suite.target = await startTarget();
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.target?.close();
  });
  return suite;
}
