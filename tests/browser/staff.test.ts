import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeResponse, OptOutListResponse, OverviewResponse } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, staffOf, type Target } from './support/target.js';

describe('tab in Chromium: staff member (not the coordinator)', function () {
  const suite = useBrowser();
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    ({ target, browser } = suite);
    ({ context, page } = await newPage(browser));
    await openAs(page, target, staffOf(target));
  });

  after(async () => {
    await context?.close();
  });

  it('shows the own unit\'s figures with the unit fixed, not a unit filter', async () => {
    const api = await apiAs(target, staffOf(target));
    const { body: me } = await api.get<MeResponse>('/me');
    const { body } = await api.get<OverviewResponse>('/overview');
    assert.equal(body.unit, me.unit);
    assert.equal(await page.getByLabel('Enhed').count(), 0);
    const unitName = me.units.find((u) => u.id === me.unit)?.shortName ?? '';
    assert.ok(await page.getByText(`Tallene gælder din enhed: ${unitName}.`).isVisible());
    const shown = Number(await page.locator('[data-figure="contacted"] dd[data-value]').getAttribute('data-value'));
    assert.equal(shown, body.overview.headline.contactedInPeriod);
    assert.ok(await page.getByText(/medarbejder, /).isVisible());
    await screenshot(page, 'staff-overview');
    await assertAccessible(page, 'staff overview');
  });

  it('has settings for their own activity-feed notices, but not the coordinator\'s channel', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    await settle(page);
    assert.equal(await page.getByRole('switch', { name: /Giv mig besked i aktivitetsfeedet/ }).count(), 1);
    assert.equal(await page.getByLabel('Kanal til ugens overblik og delte planer').count(), 0, 'no channel choice');
    assert.equal(await page.getByRole('button', { name: 'Send ugens overblik nu' }).count(), 0);
  });

  it('registers an opt-out like in the bot, but cannot revoke', async () => {
    await goTo(page, '#/frabedt');
    assert.ok(await page.getByText(/Kun erhvervskoordinatoren kan tilbagekalde/).isVisible());
    assert.equal(await page.getByRole('heading', { name: 'Registrér frabedt kontakt' }).count(), 1, 'the register form, as for the coordinator');
    const api = await apiAs(target, staffOf(target));
    const { body: overview } = await api.get<OverviewResponse>('/overview');
    const { body: list } = await api.get<OptOutListResponse>('/optouts?status=all');
    const company = overview.overview.parallel.find((p) => p.name && !list.optOuts.some((o) => o.cvr === p.cvr));
    assert.ok(company?.name, 'a company without opt-outs');
    const reason = 'Browsertest: sagde nej tak til medarbejderen';
    await page.getByRole('searchbox', { name: /^Virksomhed/ }).fill(company.name);
    await page.getByRole('button', { name: `Vælg ${company.name}` }).click();
    await page.getByRole('textbox', { name: /^Begrundelse/ }).fill(reason);
    await page.getByRole('button', { name: 'Registrér', exact: true }).click();
    await page.getByText(`Frabedt kontakt for ${company.name} er registreret.`).waitFor();
    await page.locator('tr', { hasText: reason }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Tilbagekald/ }).count(), 0);
    assert.ok((await page.locator('table caption', { hasText: 'Registrerede ønsker' }).count()) === 1);
    await screenshot(page, 'staff-optouts');
    await assertAccessible(page, 'staff opt-outs');
  });

  it('sees the plan read-only: no suggestion, no editing', async () => {
    await goTo(page, '#/plan');
    assert.ok(await page.getByText(/Kontaktplanen laves af erhvervskoordinatoren/).isVisible());
    assert.equal(await page.getByRole('button', { name: 'Lav forslag' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Gem plan' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Fjern/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Del i kanal/ }).count(), 0);
    await screenshot(page, 'staff-plan');
    await assertAccessible(page, 'staff plan');
  });

  it('is refused by the API when it tries a coordinator action anyway', async () => {
    const api = await apiAs(target, staffOf(target));
    const { status } = await api.post('/plans/generate', {});
    assert.equal(status, 403);
  });
});
