import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle, tabUrl } from './support/tab.js';
import type { SaveStrategyRequest, StrategyResponse } from '../../bot/contract/api.js';
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
    for (const [hash, label] of [['#/virksomhed', 'company search'], ['#/frabedt', 'opt-outs'], ['#/strategi', 'contact strategy'], ['#/plan', 'plan']]) {
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
    for (const hash of ['#/oversigt', '#/virksomhed', '#/frabedt', '#/plan', '#/strategi', '#/kvalitet', '#/forslag']) {
      await goTo(page, hash);
      const [scroll, client] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as number[];
      assert.ok(scroll <= client, `${hash}: page is ${scroll}px wide in a ${client}px window`);
    }
    await screenshot(page, 'strategy-narrow', { fullPage: true });
    await goTo(page, '#/oversigt');
    await screenshot(page, 'overview-narrow');
  });

  it('passes axe on the contact strategy page in the dark theme, with errors and an older version open', async () => {
    // A strategy with a pair window and owners of each kind, so every table and list is on the page.
    const api = await apiAs(target, coordinatorOf(target));
    const { body: now } = await api.get<StrategyResponse>('/strategy');
    const s = now.strategy;
    const { results } = (await api.get<{ results: { cvr: string }[] }>('/companies?q=a')).body;
    const body: SaveStrategyRequest = {
      basedOnVersion: s.version,
      strategy: {
        units: s.units, purposes: s.purposes, silenceMonths: s.silenceMonths, note: 'Tilgængelighedstest',
        windows: { overallDays: s.windows.overallDays, pairs: [{ units: ['jobcenter', 'unge'], days: 45 }] },
        owners: [
          { id: 'a11y-company', target: { kind: 'company', cvr: results[0].cvr }, unit: 'erhverv', person: 'Lise Holm', note: 'Fast kontakt' },
          { id: 'a11y-industry', target: { kind: 'industry', section: 'C' }, unit: 'jobcenter', person: null, note: null },
          { id: 'a11y-area', target: { kind: 'area', postalCode: '8592' }, unit: 'erhverv', person: null, note: 'Anholt' },
        ],
      },
    };
    const saved = await api.put<StrategyResponse>('/strategy', body);
    assert.equal(saved.status, 200);

    await openAs(page, target, coordinatorOf(target), { theme: 'dark', hash: '#/strategi' });
    await screenshot(page, 'strategy-dark');
    await assertAccessible(page, 'contact strategy (dark)');
    // Field errors and the summary in the dark theme.
    await page.getByLabel('Grænse for lang tavshed (måneder)').fill('0');
    await page.getByRole('button', { name: 'Gem strategien' }).click();
    await page.locator('[data-outcome="invalid"]').getByText(/Strategien er ikke gemt/).first().waitFor();
    await screenshot(page, 'strategy-dark-errors');
    await assertAccessible(page, 'contact strategy with errors (dark)');
    await page.getByRole('button', { name: 'Vis version 1' }).click();
    await page.getByRole('region', { name: 'Version 1 (skrivebeskyttet)' }).waitFor();
    await assertAccessible(page, 'contact strategy, older version open (dark)');
  });

  it('passes axe on the contact strategy page in the high-contrast theme and in English (the strategy saved above)', async () => {
    await openAs(page, target, coordinatorOf(target), { theme: 'contrast', hash: '#/strategi' });
    await screenshot(page, 'strategy-contrast');
    await assertAccessible(page, 'contact strategy (high contrast)');

    await context.close();
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target), { lang: 'en', hash: '#/strategi' });
    assert.equal(await page.locator('main h1').textContent(), 'Contact strategy');
    assert.ok(await page.getByText('Own window for Jobcentre and Youth unit: 45 days').isVisible());
    await screenshot(page, 'strategy-english', { fullPage: true });
    await assertAccessible(page, 'contact strategy in English');
  });

  // One test per look, so a slow machine spends each test's time budget on two pages, not eight.
  const variants: { theme?: 'dark' | 'contrast'; lang?: 'en'; name: string }[] = [
    { name: 'light' }, { theme: 'dark', name: 'dark' }, { theme: 'contrast', name: 'high contrast' }, { lang: 'en', name: 'English' },
  ];
  for (const [i, v] of variants.entries()) {
    it(`passes axe on the quality and proposals pages (${v.name})`, async () => {
      if (i === 0) {
        const api = await apiAs(target, coordinatorOf(target));
        const { status } = await api.post('/proposals', {
          title: 'Én indgang til havnens virksomheder', text: 'Erhverv samler henvendelserne til virksomhederne på havnen.',
          evidence: { kind: 'coverageGap', reference: '8500', summary: 'Havneområdet er underrepræsenteret: indeks 0,62.' },
        });
        assert.equal(status, 200);
      }
      await openAs(page, target, coordinatorOf(target), { hash: '#/kvalitet', theme: v.theme, lang: v.lang });
      const file = v.name.replace(' ', '-').toLowerCase();
      await screenshot(page, `quality-${file}`);
      await assertAccessible(page, `quality (${v.name})`);
      await goTo(page, '#/forslag');
      // Everything the page can show: the history open, and the status form open.
      // .first(): against a real server, earlier runs' proposals are on the page too.
      await page.getByRole('button', { name: /^(Historik|History) \(1\)$/ }).first().click();
      await page.getByRole('button', { name: /^(Skift status for|Change status of) / }).first().click();
      await screenshot(page, `proposals-${file}`, { fullPage: true });
      await assertAccessible(page, `proposals (${v.name})`);
    });
  }

  it('says so when a page does not exist', async () => {
    await openAs(page, target, coordinatorOf(target), { hash: '#/findes-ikke' });
    assert.equal(await page.locator('main h1').textContent(), 'Siden findes ikke.');
    await page.getByRole('link', { name: 'Gå til oversigten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
  });
});
