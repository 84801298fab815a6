import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium } from './browser.js';
import type { TestApp } from '../../support/testApp.js';
import { startSuiteTarget, type Target } from './target.js';

export interface BrowserSuite { target: Target; browser: Browser }

/**
 * The hooks every browser suite needs: skip it without Chromium, start the target (the real server with demo
 * data, brought into the suite's state by `prepare`) and the browser, and stop both afterwards. Call it first in
 * a describe; its fields are set before the tests run.
 */
export function useBrowser(prepare?: (app: TestApp) => Promise<void>): BrowserSuite {
  const suite = {} as BrowserSuite;
  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.warn(missing);
      this.skip();
    }
    suite.target = await startSuiteTarget(prepare);
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.target?.close();
  });
  return suite;
}
