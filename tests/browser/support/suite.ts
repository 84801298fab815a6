import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium } from './browser.js';
import type { TestApp, TestAppOptions } from '../../support/testApp.js';
import { startSuiteTarget, stopSharedServer, type Target } from './target.js';

// Outside any describe, so on mocha's root suite: the server the suites share stops when the whole run ends.
after(stopSharedServer);

export interface BrowserSuite { target: Target; browser: Browser }

export interface SuiteOptions {
  /** Brings the server into the suite's state through its own endpoints. */
  prepare?: (app: TestApp) => Promise<void>;
  /**
   * A server of the suite's own: `true` for one with the demo data as seeded (a suite whose assertions start
   * from it), or the suite's own seed and settings.
   */
  ownServer?: boolean | TestAppOptions;
}

/**
 * The hooks every browser suite needs: skip it without Chromium, start the target (the real server with demo
 * data, brought into the suite's state by `prepare`) and the browser, and stop both afterwards. Call it first in
 * a describe; its fields are set before the tests run.
 */
export function useBrowser(opts: SuiteOptions = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.warn(missing);
      this.skip();
    }
    suite.target = await startSuiteTarget(opts);
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.target?.close();
  });
  return suite;
}
