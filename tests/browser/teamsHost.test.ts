import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { openInFakeTeams, tabFrame } from './support/teamsHost.js';
import { coordinatorOf, localToken, type Target } from './support/target.js';

interface HostCall { func: string; args: unknown[] }

async function hostCalls(page: Page): Promise<HostCall[]> {
  return (await page.evaluate('window.hostCalls')) as HostCall[];
}

describe('tab in Chromium inside a (fake) Teams client', function () {
  const suite = useBrowser();
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    ({ target, browser } = suite);
  });

  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  it('takes language, theme and the SSO token from Teams, and follows a theme change', async () => {
    const token = await localToken(target, coordinatorOf(target));
    await openInFakeTeams(page, target.baseUrl, '#/oversigt', { locale: 'en-gb', theme: 'dark', frameContext: 'content', token });
    const tab = tabFrame(page);
    await tab.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await tab.locator('[data-figure="companies"]').waitFor();
    assert.equal(await tab.locator('html').getAttribute('lang'), 'en');
    assert.ok(await tab.getByRole('navigation').getByRole('link', { name: 'Declined contact', exact: true }).isVisible());
    assert.equal(await tab.getByText('Choose a test user').count(), 0, 'no local sign-in inside Teams');
    const calls = (await hostCalls(page)).map((c) => c.func);
    for (const f of ['initialize', 'getContext', 'authentication.getAuthToken']) assert.ok(calls.includes(f), `${f} was called`);
    assert.equal(await tab.locator('html').evaluate((h) => (h as unknown as { style: { colorScheme: string } }).style.colorScheme), 'dark');
    await screenshot(page, 'teams-dark-english');
    const frame = page.frames().find((f) => f.url().includes('/tab/index.html'));
    assert.ok(frame);
    await assertAccessible(frame, 'overview in Teams (English, dark)');

    await page.evaluate('window.sendTheme("default")');
    await tab.locator('html[style*="color-scheme: light"]').waitFor();
    await screenshot(page, 'teams-light-english');
  });

  it('says so in Danish when Teams cannot give an SSO token', async () => {
    await openInFakeTeams(page, target.baseUrl, '#/oversigt', { locale: 'da-dk', theme: 'default', frameContext: 'content', token: null });
    const tab = tabFrame(page);
    await tab.getByRole('alert').filter({ hasText: 'Teams kunne ikke logge dig ind' }).waitFor();
    assert.ok(await tab.getByRole('button', { name: 'Prøv igen' }).isVisible());
  });

  it('configures a channel tab: valid at once, and saves the overview as its content', async () => {
    await openInFakeTeams(page, target.baseUrl, '#/konfiguration', { locale: 'da-dk', theme: 'default', frameContext: 'settings', token: 'unused' });
    const tab = tabFrame(page);
    await tab.getByRole('heading', { level: 1, name: 'Erhvervskoordinator i kanalen' }).waitFor();
    await page.waitForFunction('window.hostCalls.some((c) => c.func === "settings.setValidityState")');
    const validity = (await hostCalls(page)).find((c) => c.func === 'settings.setValidityState');
    assert.deepEqual(validity?.args, [true]);
    await page.evaluate('window.pressSave()');
    await page.waitForFunction('window.saveSucceeded === true');
    const saved = (await page.evaluate('window.savedConfig')) as { contentUrl: string; entityId: string; websiteUrl: string };
    assert.equal(saved.entityId, 'oversigt');
    assert.equal(saved.contentUrl, `${target.baseUrl}/tab/index.html#/oversigt`);
    assert.equal(saved.websiteUrl, saved.contentUrl);
    await screenshot(page, 'teams-config');
  });

  it('explains the configuration page when opened outside Teams, without signing in', async () => {
    await page.goto(`${target.baseUrl}/tab/index.html#/konfiguration`);
    await page.getByRole('heading', { level: 1, name: 'Erhvervskoordinator i kanalen' }).waitFor();
    assert.ok(await page.getByText(/Uden for Teams er der intet at indstille/).isVisible());
    assert.equal(await page.getByText('Vælg testbruger').count(), 0);
    await assertAccessible(page, 'configuration page outside Teams');
  });
});
