import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OverviewResponse } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, type Target } from './support/target.js';

const FIGURES = ['companies', 'contacted', 'coverage', 'parallel', 'silent', 'optedOut', 'breaches'] as const;

async function shownFigures(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of FIGURES) {
    out[key] = Number(await page.locator(`[data-figure="${key}"] dd[data-value]`).getAttribute('data-value'));
  }
  return out;
}

/** The page re-renders after its response arrives: wait until it shows the expected numbers, then compare. */
async function figuresAfterLoad(page: Page, expected: Record<string, number>): Promise<Record<string, number>> {
  for (let i = 0; i < 50; i++) {
    const shown = await shownFigures(page);
    if (JSON.stringify(shown) === JSON.stringify(expected)) return shown;
    await page.waitForTimeout(100);
  }
  return shownFigures(page);
}

function apiFigures(r: OverviewResponse): Record<string, number> {
  const h = r.overview.headline;
  return {
    companies: h.companiesInMunicipality, contacted: h.contactedInPeriod, coverage: h.coveragePct, parallel: h.parallelCompanies,
    silent: h.silentCompanies, optedOut: h.optedOutCompanies, breaches: h.breaches,
  };
}

describe('tab in Chromium: overview (coordinator)', function () {
  const suite = useBrowser();
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    ({ target, browser } = suite);
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target));
  });

  after(async () => {
    await context?.close();
  });

  it('signs in locally, marks local mode and speaks Danish', async () => {
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
    assert.ok(await page.getByText('Lokal tilstand – fiktive data').isVisible());
    assert.equal(await page.locator('main h1').textContent(), 'Oversigt');
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).getAttribute('aria-current'), 'page');
  });

  it('shows the headline figures the API computes for the default period', async () => {
    const api = await apiAs(target, coordinatorOf(target));
    const { body } = await api.get<OverviewResponse>('/overview');
    assert.deepEqual(await shownFigures(page), apiFigures(body));
    const companies = await page.locator('[data-figure="companies"] dd[data-value]').textContent();
    assert.equal(companies, new Intl.NumberFormat('da-DK').format(body.overview.headline.companiesInMunicipality));
    assert.equal(await page.getByLabel('Fra', { exact: true }).inputValue(), body.period.from);
    assert.equal(await page.getByLabel('Til', { exact: true }).inputValue(), body.period.to);
  });

  it('filters by unit and shows that unit\'s figures', async () => {
    const api = await apiAs(target, coordinatorOf(target));
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/tab/overview?') && r.url().includes('unit=jobcenter')),
      page.getByLabel('Enhed').selectOption('jobcenter'),
    ]);
    await settle(page);
    const { body } = await api.get<OverviewResponse>(`/overview?unit=jobcenter`);
    assert.deepEqual(await figuresAfterLoad(page, apiFigures(body)), apiFigures(body));
    await page.getByLabel('Enhed').selectOption('');
    await settle(page);
  });

  it('lists parallel contacts, long silence and coverage with captions and row headers', async () => {
    for (const name of ['A. Parallelle kontakter', 'B. Lang tavshed', 'C. Dækning']) {
      assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
    }
    const silent = page.locator('table', { has: page.locator('caption', { hasText: 'Tavse virksomheder' }) });
    assert.ok((await silent.locator('tbody tr').count()) > 0);
    assert.ok((await page.locator('table caption', { hasText: 'Tabel: Dækning fordelt på branche' }).count()) === 1);
    assert.ok((await page.locator('figure', { hasText: 'Diagram: Dækning fordelt på postnummer' }).count()) === 1);
  });

  it('sorts the long-silence table by size in the browser', async () => {
    const silent = page.locator('table', { has: page.locator('caption', { hasText: 'Tavse virksomheder' }) });
    const size = silent.getByRole('columnheader', { name: /Størrelse/ });
    await size.getByRole('button').click();
    assert.equal(await size.getAttribute('aria-sort'), 'descending');
    await size.getByRole('button').click();
    assert.equal(await size.getAttribute('aria-sort'), 'ascending');
    const bands = await silent.locator('tbody tr td:nth-of-type(1)').allTextContents();
    const rank = (b: string) => (b === '–' ? -1 : Number(b.replace(/[+–].*$/, '')));
    const ranks = bands.map(rank);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'ascending by employee band');
  });

  it('downloads the overview as CSV with the bearer token', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^oversigt.*\.csv$/);
  });

  it('has no serious accessibility problems, light and dark', async () => {
    await screenshot(page, 'overview-light');
    await screenshot(page, 'overview-light-full', { fullPage: true });
    await assertAccessible(page, 'overview (light)');
    await page.goto(page.url().replace('index.html#', 'index.html?theme=dark#'));
    await settle(page);
    await screenshot(page, 'overview-dark');
    await page.getByRole('heading', { name: 'C. Dækning' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-dark-coverage');
    await assertAccessible(page, 'overview (dark)');
  });

  it('opens a company from the overview', async () => {
    const link = page.locator('table', { has: page.locator('caption', { hasText: 'Tavse virksomheder' }) }).locator('tbody a').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await settle(page);
    assert.equal(await page.locator('main h1').textContent(), name);
    await goTo(page, '#/oversigt');
  });
});
