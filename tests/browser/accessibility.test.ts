import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle, tabUrl } from './support/tab.js';
import { apiAs, coordinatorOf, type Target } from './support/target.js';

describe('tab in Chromium: keyboard, languages and the high-contrast theme', function () {
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

  it('offers the local user picker outside Teams', async () => {
    await page.goto(tabUrl(target));
    await page.getByRole('heading', { level: 1, name: 'Vælg testbruger' }).waitFor();
    const coordinator = coordinatorOf(target);
    assert.ok(await page.getByRole('button', { name: new RegExp(coordinator.name) }).isVisible());
    assert.equal(await page.getByRole('button').count(), target.users.length);
    await screenshot(page, 'local-sign-in');
    await assertAccessible(page, 'local sign-in');
  });

  it('remembers the chosen user for the session and can switch user', async () => {
    await openAs(page, target, coordinatorOf(target));
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await page.getByRole('button', { name: 'Skift bruger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vælg testbruger' }).waitFor();
  });

  it('is usable by keyboard: skip link first, then the menu', async () => {
    await openAs(page, target, coordinatorOf(target));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Spring til indhold');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement.id'), 'main');
    await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kontaktplan' }).waitFor();
    await page.waitForFunction('document.activeElement && document.activeElement.tagName === "H1"');
    await screenshot(page, 'keyboard-focus-plan');
  });

  it('speaks English on request and sets lang', async () => {
    await openAs(page, target, coordinatorOf(target), { lang: 'en' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('main h1').textContent(), 'Overview');
    assert.ok(await page.getByText('Local mode – fictional data').isVisible());
    await assertAccessible(page, 'overview in English');
  });

  it('passes axe on every page in the high-contrast theme', async () => {
    await openAs(page, target, coordinatorOf(target), { theme: 'contrast' });
    await screenshot(page, 'overview-contrast');
    await assertAccessible(page, 'overview (high contrast)');
    for (const [hash, label] of [['#/virksomhed', 'company search'], ['#/frabedt', 'opt-outs'], ['#/plan', 'plan']]) {
      await goTo(page, hash);
      await assertAccessible(page, `${label} (high contrast)`);
    }
    await page.getByRole('button', { name: 'Lav forslag' }).click();
    await page.getByText(/Forslag med \d+ virksomheder lavet/).waitFor();
    await settle(page);
    await screenshot(page, 'plan-contrast');
    await assertAccessible(page, 'plan with draft (high contrast)');
  });

  it('reflows in a narrow window: only wide tables scroll, never the page', async () => {
    await context.close();
    ({ context, page } = await newPage(browser, { width: 400, height: 800 }));
    await openAs(page, target, coordinatorOf(target));
    for (const hash of ['#/oversigt', '#/virksomhed', '#/frabedt', '#/plan', '#/kvalitet', '#/forslag']) {
      await goTo(page, hash);
      const [scroll, client] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as number[];
      assert.ok(scroll <= client, `${hash}: page is ${scroll}px wide in a ${client}px window`);
    }
    await goTo(page, '#/oversigt');
    await screenshot(page, 'overview-narrow');
  });

  it('passes axe on the quality and proposals pages in light, dark and high contrast, and in English', async () => {
    const api = await apiAs(target, coordinatorOf(target));
    const { status } = await api.post('/proposals', {
      title: 'Én indgang til havnens virksomheder', text: 'Erhverv samler henvendelserne til virksomhederne på havnen.',
      evidence: { kind: 'coverageGap', reference: '8500', summary: 'Havneområdet er underrepræsenteret: indeks 0,62.' },
    });
    assert.equal(status, 200);
    const variants: { theme?: 'dark' | 'contrast'; lang?: 'en'; name: string }[] = [
      { name: 'light' }, { theme: 'dark', name: 'dark' }, { theme: 'contrast', name: 'high contrast' }, { lang: 'en', name: 'English' },
    ];
    for (const v of variants) {
      await context.close();
      ({ context, page } = await newPage(browser));
      await openAs(page, target, coordinatorOf(target), { hash: '#/kvalitet', theme: v.theme, lang: v.lang });
      const file = v.name.replace(' ', '-').toLowerCase();
      await screenshot(page, `quality-${file}`);
      await assertAccessible(page, `quality (${v.name})`);
      await goTo(page, '#/forslag');
      // Everything the page can show: the history open, and the status form open.
      await page.getByRole('button', { name: /^(Historik|History) \(1\)$/ }).click();
      await page.getByRole('button', { name: /^(Skift status for|Change status of) / }).click();
      await screenshot(page, `proposals-${file}`, { fullPage: true });
      await assertAccessible(page, `proposals (${v.name})`);
    }
  });

  it('says so when a page does not exist', async () => {
    await openAs(page, target, coordinatorOf(target), { hash: '#/findes-ikke' });
    assert.equal(await page.locator('main h1').textContent(), 'Siden findes ikke.');
    await page.getByRole('link', { name: 'Gå til oversigten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
  });
});
