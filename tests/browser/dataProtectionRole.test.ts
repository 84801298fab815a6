import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalUser } from '../../bot/contract/api.js';
import { testCompany, validCvr } from '../support/companies.js';
import { assertAccessible } from './support/axe.js';
import { newPage } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs } from './support/tab.js';
import { apiAs, coordinatorOf, type Target } from './support/target.js';

const COMPANY = testCompany({ cvr: validCvr(961), name: 'Glesborg Smedie ApS' });
const ERASED = testCompany({ cvr: validCvr(962), name: 'Bønnerup Fiskehandel' });

/** The local identity holding the DataProtection app role (not the coordinator): Pia Mølgaard in local mode. */
function dataProtectionOf(target: Target): LocalUser {
  const u = target.users.find((x) => x.dataProtection && !x.coordinator);
  if (!u) throw new Error('no local user holds the DataProtection role without being coordinator');
  return u;
}

/** Plain staff: neither coordinator nor DataProtection. */
function plainStaffOf(target: Target): LocalUser {
  const u = target.users.find((x) => !x.dataProtection && !x.coordinator);
  if (!u) throw new Error('no plain staff member among the local users');
  return u;
}

describe('tab in Chromium against the real server: the DataProtection role (not coordinator) on the data-protection page', function () {
  this.timeout(180_000);
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const suite = useBrowser({
    ownServer: {
      seed: async (s) => {
        await s.companies.upsertMany([COMPANY, ERASED]);
      },
    },
  });

  before(async () => {
    ({ target, browser } = suite);
    // The coordinator opens a company page (an access-log row) and erases another company (an audit row).
    const coordinator = await apiAs(target, coordinatorOf(target));
    assert.equal((await coordinator.get(`/companies/${COMPANY.cvr}`)).status, 200);
    assert.equal((await coordinator.post('/erasure', { kind: 'company', cvr: ERASED.cvr, confirm: true })).status, 200);
    ({ context, page } = await newPage(browser));
    await openAs(page, target, dataProtectionOf(target));
  });
  after(async () => {
    await context?.close();
  });

  it("shows the DataProtection user the page in the menu, and on the settings page only their own notices, not the coordinator's channel", async () => {
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Databeskyttelse', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    await page.getByRole('switch', { name: /Giv mig besked i aktivitetsfeedet/ }).waitFor();
    assert.equal(await page.getByLabel('Kanal til ugens overblik og delte planer').count(), 0);
  });

  it('lets the DataProtection user query the access log, and read the periods, runs and erasure audit trail, with no controls to change them', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Databeskyttelse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Databeskyttelse' }).waitFor();
    await page.getByText('Du har rollen Databeskyttelse').waitFor();
    const form = page.getByRole('form', { name: 'Adgangslog' });
    await form.getByLabel('CVR-nummer').fill(COMPANY.cvr);
    await form.getByRole('button', { name: 'Søg' }).click();
    const table = page.getByRole('table', { name: 'Adgangslog' });
    await table.getByRole('cell', { name: 'Virksomhedssiden' }).waitFor();
    await table
      .getByRole('cell', { name: coordinatorOf(target).name })
      .first()
      .waitFor();

    const retention = page.getByRole('region', { name: 'Opbevaringsperioder' });
    await retention.getByText(/^Adgangsloggen: 186 dage$/).waitFor();
    await retention.getByText('Rutinen har ikke kørt endnu.').waitFor();
    const audit = page.getByRole('region', { name: 'Revisionsspor for sletninger' });
    await audit.getByText(new RegExp(`Virksomhed ${ERASED.cvr} · Af ${coordinatorOf(target).name}`)).waitFor();

    for (const name of ['Gem perioder', 'Vis hvad der slettes', 'Slet nu']) {
      assert.equal(await page.getByRole('button', { name }).count(), 0, `no "${name}" for the DataProtection role`);
    }
    assert.equal(await page.getByRole('region', { name: 'Sletning på anmodning' }).count(), 0);
    assert.equal(await page.getByRole('spinbutton').count(), 0, 'the periods are not editable');
    await assertAccessible(page, 'data protection page, DataProtection role');
  });

  it('does not offer the company data export to the DataProtection user', async () => {
    await goTo(page, `#/virksomhed/${COMPANY.cvr}`);
    await page.getByRole('heading', { level: 1, name: COMPANY.name }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Dataudtræk (indsigt)' }).count(), 0);
  });

  it('has the server read the log, periods and audit trail to the DataProtection role, and refuse it erasure, retention changes and exports', async () => {
    const dpo = await apiAs(target, dataProtectionOf(target));
    assert.equal((await dpo.get(`/access-log?cvr=${COMPANY.cvr}`)).status, 200);
    assert.equal((await dpo.get('/retention')).status, 200);
    assert.equal((await dpo.get('/erasure/audit')).status, 200);
    assert.equal((await dpo.post('/erasure/preview', { kind: 'company', cvr: COMPANY.cvr })).status, 403);
    assert.equal((await dpo.post('/erasure', { kind: 'company', cvr: COMPANY.cvr, confirm: true })).status, 403);
    assert.equal((await dpo.post('/retention/dry-run', { periods: {} })).status, 403);
    assert.equal((await dpo.put('/retention', { periods: {} })).status, 403);
    assert.equal((await dpo.get(`/companies/${COMPANY.cvr}/data-export`)).status, 403);
    assert.equal((await dpo.get('/channels')).status, 403, "the coordinator's settings stay closed");
  });

  it('keeps plain staff out: no menu entry, a plain refusal on the page, 403 on every data-protection route', async () => {
    const staffUser = plainStaffOf(target);
    const { context: staffContext, page: staffPage } = await newPage(browser);
    try {
      await openAs(staffPage, target, staffUser);
      assert.equal(await staffPage.getByRole('navigation').getByRole('link', { name: 'Databeskyttelse' }).count(), 0);
      await goTo(staffPage, '#/databeskyttelse');
      await staffPage.getByText('Siden er for erhvervskoordinatoren og rollen Databeskyttelse.').waitFor();
      assert.equal(await staffPage.getByRole('table', { name: 'Adgangslog' }).count(), 0);
      await assertAccessible(staffPage, 'data protection page, staff');
    } finally {
      await staffContext.close();
    }
    const staff = await apiAs(target, staffUser);
    for (const p of ['/access-log', '/retention', '/erasure/audit']) assert.equal((await staff.get(p)).status, 403, p);
  });
});
