import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { testCompany, validCvr } from '../support/companies.js';
import type { TestApp } from '../support/testApp.js';
import { assertAccessible } from './support/axe.js';
import { newPage } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs } from './support/tab.js';
import { coordinatorOf, staffOf, type Target } from './support/target.js';

const COMPANY = testCompany({ cvr: validCvr(951), name: 'Auning Savværk ApS' });
const OPT_OUT: OptOut = {
  id: newEventId(Date.now() - 86_400_000), cvr: COMPANY.cvr, pNumber: null, scope: { kind: 'all' }, reason: 'Ønsker ro', source: 'telefon',
  date: '2026-10-01', registeredAt: new Date().toISOString(), registeredBy: 'Mette Kjærgaard', revokedAt: null, revokedBy: null, revokeReason: null,
};

describe('tab in Chromium against the real server: data protection (access log, retention, erasure, export)', function () {
  this.timeout(180_000);
  let t: TestApp;
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const suite = useBrowser({
    ownServer: {
      seed: async (s) => {
        await s.companies.upsertMany([COMPANY]);
        await s.history.insertOptOut(OPT_OUT);
        await s.optOutRegister.upsert(OPT_OUT);
      },
    },
  });

  before(async () => {
    ({ target, browser } = suite);
    t = target.app as TestApp;
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target));
  });
  after(async () => {
    await context?.close();
  });

  it('offers the data export on the company page, and the export is in the access log', async () => {
    await goTo(page, `#/virksomhed/${COMPANY.cvr}`);
    await page.getByRole('heading', { level: 2, name: 'Dataudtræk (indsigt)' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent JSON' }).click();
    assert.match((await download).suggestedFilename(), new RegExp(`^data-${COMPANY.cvr}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    await assertAccessible(page, 'company page with data export');
  });

  it('shows who looked at the company, filtered by CVR, and passes axe', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Databeskyttelse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Databeskyttelse' }).waitFor();
    const form = page.getByRole('form', { name: 'Adgangslog' });
    await form.getByLabel('CVR-nummer').fill(COMPANY.cvr);
    await form.getByRole('button', { name: 'Søg' }).click();
    const table = page.getByRole('table', { name: 'Adgangslog' });
    await table.getByRole('cell', { name: 'Dataudtræk' }).waitFor();
    await table.getByRole('cell', { name: 'Virksomhedssiden' }).first().waitFor();
    await assertAccessible(page, 'data protection page');
  });

  it('shows what a shorter retention period would delete before saving, and refuses a too short access log', async () => {
    await page.getByLabel(/^Adgangsloggen \(dage\)/).fill('30');
    await page.getByRole('button', { name: 'Gem perioder' }).click();
    await page.getByRole('alert').filter({ hasText: 'Perioderne er ikke gemt' }).waitFor();
    await page.getByLabel(/^Adgangsloggen \(dage\)/).fill('200');
    await page.getByRole('button', { name: 'Vis hvad der slettes' }).first().click();
    await page.getByText('Med disse perioder slettes i dag').waitFor();
    await page.getByRole('button', { name: 'Gem perioder' }).click();
    await page.getByText('Perioderne er gemt.').waitFor();
    const notice = await (await fetch(`${t.baseUrl}/privatliv`)).text();
    assert.match(notice, /Adgangsloggen \(hvem har set hvad\)<\/td><td>200 dage/);
  });

  it('erases a company after a preview and lists the erasure in the audit trail; its opt-out stays', async () => {
    await page.getByLabel('En virksomhed').check();
    const section = page.getByRole('region', { name: 'Sletning på anmodning' });
    await section.getByLabel('CVR-nummer').fill(COMPANY.cvr);
    await section.getByRole('button', { name: 'Vis hvad der slettes' }).click();
    await section.getByText(/rækker slettes eller renses/).waitFor();
    await section.getByRole('button', { name: 'Slet nu' }).click();
    await section.getByText(/^Slettet: \d+ rækker/).waitFor();
    await section.getByText(new RegExp(`Virksomhed ${COMPANY.cvr} · Af Mette Kjærgaard`)).waitFor();
    await assertAccessible(page, 'data protection page after erasure');
    const optOuts = await t.stores.optOutRegister.listAll();
    assert.deepEqual(optOuts.map((o) => [o.cvr, o.reason]), [[COMPANY.cvr, '']]);
  });

  it('does not show the page to staff (the API refuses them: tests/dataProtection)', async () => {
    const { context: staffContext, page: staffPage } = await newPage(browser);
    try {
      await openAs(staffPage, target, staffOf(target));
      await staffPage.getByRole('navigation').waitFor();
      assert.equal(await staffPage.getByRole('navigation').getByRole('link', { name: 'Databeskyttelse' }).count(), 0);
    } finally {
      await staffContext.close();
    }
  });
});
