import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeResponse, QualityResponse } from '../../bot/contract/api.js';
import { addDays } from '../../bot/domain/danishTime.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, staffOf, type Target } from './support/target.js';

const table = (page: Page, caption: string | RegExp) => page.locator('table', { has: page.locator('caption', { hasText: caption }) });
const decimal = (n: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

describe('tab in Chromium: quality (coordinator)', function () {
  const suite = useBrowser();
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: QualityResponse;

  before(async () => {
    ({ target, browser } = suite);
    ({ context, page } = await newPage(browser));
    api = (await (await apiAs(target, coordinatorOf(target))).get<QualityResponse>('/quality')).body;
    await openAs(page, target, coordinatorOf(target), { hash: '#/kvalitet' });
  });

  after(async () => {
    await context?.close();
  });

  it('opens from the menu with the last twelve months and the figures the API computes', async () => {
    assert.equal(await page.locator('main h1').textContent(), 'Kvalitet');
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Kvalitet', exact: true }).getAttribute('aria-current'), 'page');
    assert.equal(await page.getByLabel('Fra', { exact: true }).inputValue(), api.period.from);
    assert.equal(await page.getByLabel('Til', { exact: true }).inputValue(), api.period.to);
    const average = await page.locator('[data-figure="average"] dd[data-value]').getAttribute('data-value');
    assert.equal(Number(average), api.quality.overall.all.average);
    assert.equal(await page.locator('[data-figure="average"] dd[data-value]').textContent(), decimal(api.quality.overall.all.average ?? NaN));
    assert.equal(await page.locator('[data-figure="recommend"]').count(), api.quality.recommend ? 1 : 0, 'NPS only when answered');
  });

  it('charts satisfaction per month with the same figures in a table, marking months with few answers', async () => {
    const months = table(page, 'Tabel: Tilfredshed over tid').locator('tbody tr');
    assert.equal(await months.count(), 12);
    assert.equal(await page.locator('figure', { hasText: 'Diagram: Tilfredshed over tid' }).locator('li').count(), 12);
    for (const m of api.quality.months) {
      const row = table(page, 'Tabel: Tilfredshed over tid').locator(`tr[data-month="${m.month}"] td`).first();
      const text = (await row.textContent()) ?? '';
      if (m.all.average === null) assert.equal(text, 'ingen svar');
      else assert.ok(text.startsWith(`${decimal(m.all.average)} af 5`), `${m.month}: ${text}`);
      assert.equal(text.includes('få svar'), m.all.fewAnswers, `${m.month}: ${text}`);
    }
  });

  it('breaks the figures down by unit and by purpose, falling rows said in words', async () => {
    const units = table(page, 'Fordelt på enhed').locator('tbody tr');
    assert.equal(await units.count(), api.quality.byUnit.length);
    assert.ok((await table(page, 'Fordelt på formål').locator('tbody tr').count()) > 0);
    const falling = api.quality.byUnit.filter((r) => r.falling).length + api.quality.byPurpose.filter((r) => r.falling).length;
    assert.equal(await page.locator('tbody td', { hasText: /– faldende$/ }).count(), falling);
  });

  it('lists the companies whose feedback fell, linking to the company and to a proposal with the evidence filled in', async () => {
    const rows = table(page, 'Virksomheder med faldende tilfredshed').locator('tbody tr');
    assert.equal(await rows.count(), api.quality.falling.length);
    if (api.quality.falling.length === 0) return;
    const first = api.quality.falling[0];
    const name = first.companyName ?? `CVR ${first.cvr}`;
    assert.equal(await rows.first().locator('th a').getAttribute('href'), `#/virksomhed/${first.cvr}`);
    assert.ok(((await rows.first().locator('td').first().textContent()) ?? '').startsWith(`${decimal(first.before)} → ${decimal(first.now)}`));
    await rows.first().getByRole('link', { name: `Opret forslag om ${name}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Forslag til justeringer' }).waitFor();
    await settle(page);
    assert.equal(await page.getByLabel('Titel').inputValue(), `Faldende tilfredshed hos ${name}`);
    assert.equal(await page.getByLabel('Bygger på').inputValue(), 'feedbackTrend');
    assert.equal(await page.getByLabel('Henvisning').inputValue(), first.cvr);
    assert.match(await page.getByLabel('Hvad viste tallene?').inputValue(), new RegExp(`vurdering faldet fra ${decimal(first.before)} til ${decimal(first.now)}`));
    await screenshot(page, 'proposal-from-quality');
    await goTo(page, '#/kvalitet');
  });

  it('shows the companies\' latest comments, newest first', async () => {
    const items = page.getByRole('region', { name: 'Seneste kommentarer' }).locator('li');
    assert.equal(await items.count(), api.quality.comments.length);
    if (api.quality.comments.length > 0) assert.equal(await items.first().locator('blockquote').textContent(), api.quality.comments[0].comment);
    else assert.ok(await page.getByText('Ingen kommentarer fra virksomhederne i perioden.').isVisible());
  });

  it('filters by unit', async () => {
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/tab/quality?') && r.url().includes('unit=jobcenter')),
      page.getByLabel('Enhed', { exact: true }).selectOption('jobcenter'),
    ]);
    await settle(page);
    await page.waitForFunction(`document.querySelectorAll('table').length > 0`);
    assert.deepEqual(await table(page, 'Fordelt på enhed').locator('tbody th').allTextContents(), ['Jobcentret']);
    await page.getByLabel('Enhed', { exact: true }).selectOption('');
    await settle(page);
  });

  it('has no serious accessibility problems', async () => {
    await screenshot(page, 'quality-light');
    await screenshot(page, 'quality-light-full', { fullPage: true });
    await assertAccessible(page, 'quality (light)');
  });

  it('says so in plain Danish when the period has no answers', async () => {
    const from = addDays(api.period.to, -3 * 365);
    await page.getByLabel('Fra', { exact: true }).fill(from);
    await page.getByLabel('Til', { exact: true }).fill(addDays(from, 20));
    await page.getByText('Ingen vurderinger eller svar fra virksomhederne i perioden.').waitFor();
    assert.ok(await page.getByText('Ingen virksomheder med faldende tilfredshed i perioden.').isVisible());
    assert.ok(await page.getByText('Ingen kommentarer fra virksomhederne i perioden.').isVisible());
    assert.equal(await page.locator('[data-figure]').count(), 0);
    await screenshot(page, 'quality-empty');
  });
});

describe('tab in Chromium: quality (staff)', function () {
  const suite = useBrowser();
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    ({ context, page } = await newPage(suite.browser));
    await openAs(page, suite.target, staffOf(suite.target), { hash: '#/kvalitet' });
  });

  after(async () => {
    await context?.close();
  });

  it('shows the own unit\'s figures with the unit fixed and no proposal actions', async () => {
    const { body: me } = await (await apiAs(suite.target, staffOf(suite.target))).get<MeResponse>('/me');
    const unitName = me.units.find((u) => u.id === me.unit)?.shortName ?? '';
    assert.ok(await page.getByText(`Tallene gælder din enhed: ${unitName}.`).isVisible());
    assert.deepEqual(await table(page, 'Fordelt på enhed').locator('tbody th').allTextContents(), [unitName]);
    assert.equal(await page.getByRole('link', { name: /^Opret forslag/ }).count(), 0);
    await screenshot(page, 'quality-staff');
    await assertAccessible(page, 'quality (staff)');
  });
});
