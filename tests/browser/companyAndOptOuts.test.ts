import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CompanyResponse, OptOutListResponse, OverviewResponse } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, type Api, type Target } from './support/target.js';

describe('tab in Chromium: company page and opt-out register (coordinator)', function () {
  const suite = useBrowser();
  const reason = `Browsertest ${Date.now()}: ønsker kun kontakt via Erhverv`;
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: Api;
  let company = { cvr: '', name: '' };

  before(async () => {
    ({ target, browser } = suite);
    api = await apiAs(target, coordinatorOf(target));
    const { body } = await api.get<OverviewResponse>('/overview');
    // A contacted company without opt-outs, so the page has a timeline and the register test starts clean.
    const { body: list } = await api.get<OptOutListResponse>('/optouts?status=all');
    const declined = new Set(list.optOuts.map((o) => o.cvr));
    const pick = body.overview.parallel.find((p) => p.name && p.counted && !declined.has(p.cvr));
    assert.ok(pick?.name, 'a company with contacts');
    company = { cvr: pick.cvr, name: pick.name };
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target), { hash: '#/virksomhed' });
  });

  after(async () => {
    await context?.close();
  });

  it('finds a company by name and opens its page', async () => {
    await page.getByLabel(/Søg virksomhed/).fill(company.name);
    await page.getByRole('status').filter({ hasText: /fundet/ }).waitFor();
    await page.getByRole('link', { name: company.name, exact: true }).click();
    await settle(page);
    assert.equal(await page.locator('main h1').textContent(), company.name);
  });

  it('shows facts, owner, opt-out state, the contact timeline newest first and ratings', async () => {
    const { body } = await api.get<CompanyResponse>(`/companies/${company.cvr}`);
    for (const name of ['Stamdata', 'Frabedt kontakt', 'Kontakter, nyeste først', 'Virksomhedens vurderinger']) {
      assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
    }
    assert.ok(await page.getByText('Ingen kontaktansvarlig').isVisible());
    assert.ok(await page.getByText('Virksomheden har ikke frabedt sig kontakt.').isVisible());
    const items = page.locator('main ol > li');
    assert.equal(await items.count(), Math.min(20, body.contacts.length));
    const first = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${body.contacts[0].date}T00:00:00Z`));
    assert.ok(((await items.first().textContent()) ?? '').startsWith(first), 'newest contact first');
    await screenshot(page, 'company');
    await assertAccessible(page, 'company page');
  });

  it('refuses an incomplete opt-out with Danish messages', async () => {
    await goTo(page, '#/frabedt');
    await page.getByRole('button', { name: 'Registrér', exact: true }).click();
    await page.getByText('Vælg en virksomhed.').waitFor();
    await page.getByText('Skriv en begrundelse.').waitFor();
    await assertAccessible(page, 'opt-out form with errors');
  });

  it('registers an opt-out for chosen units and lists it', async () => {
    await page.getByRole('searchbox', { name: /^Virksomhed/ }).fill(company.name);
    await page.getByRole('button', { name: `Vælg ${company.name}` }).click();
    await page.getByRole('radio', { name: 'Udvalgte enheder' }).check();
    await page.getByRole('checkbox', { name: 'Jobcentret' }).check();
    await page.getByRole('textbox', { name: /^Begrundelse/ }).fill(reason);
    await page.getByRole('button', { name: 'Registrér', exact: true }).click();
    await page.getByText(`Frabedt kontakt for ${company.name} er registreret.`).waitFor();
    const row = page.locator('tr', { hasText: reason });
    await row.waitFor();
    assert.ok(await row.getByText('Jobcentret').isVisible());
    await screenshot(page, 'optouts-registered');
  });

  it('revokes it with a reason, and not without one', async () => {
    await page.getByRole('button', { name: `Tilbagekald for ${company.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
    await dialog.getByText('Skriv en begrundelse.').waitFor();
    await screenshot(page, 'optouts-revoke-dialog');
    await dialog.getByLabel(/Begrundelse for tilbagekaldelse/).fill('Browsertest: virksomheden vil gerne kontaktes igen');
    await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
    await page.getByText(`Frabedt kontakt for ${company.name} er tilbagekaldt.`).waitFor();
    await settle(page);
    assert.equal(await page.locator('tr', { hasText: reason }).count(), 0, 'gone from the active list');
    await page.getByLabel('Status').selectOption('revoked');
    await page.locator('tr', { hasText: reason }).waitFor();
    const { body } = await api.get<OptOutListResponse>(`/optouts?status=revoked&q=${company.cvr}`);
    assert.ok(body.optOuts.some((o) => o.reason === reason && o.revokeReason?.startsWith('Browsertest')));
    await assertAccessible(page, 'opt-out register');
  });

  it('has an accessible revoke dialog', async () => {
    await page.getByLabel('Status').selectOption('active');
    await page.getByRole('button', { name: /^Tilbagekald for / }).first().click();
    await page.getByRole('dialog').waitFor();
    await assertAccessible(page, 'revoke dialog');
  });
});
