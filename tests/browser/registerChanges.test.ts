import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { validCvr } from '../support/companies.js';
import { CvrStandIn, cvrHit, cvrUnitHit } from '../support/cvrStandIn.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { assertAccessible } from './support/axe.js';
import { chromiumMissing, launchChromium, newPage, screenshot } from './support/browser.js';
import { goTo, openAs } from './support/tab.js';
import { coordinatorOf, startTarget, type Target } from './support/target.js';

/** The page against the real server, whose CVR sync reads a stand-in of the service: no mock in between. */
describe('tab in Chromium: Registerændringer', function () {
  this.timeout(90_000);
  let azurite: RunningAzurite;
  let cvr: CvrStandIn;
  let t: TestApp;
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const KRO = { cvr: validCvr(401), name: 'Gjerrild Kro ApS' };
  const BAGER = { cvr: validCvr(402), name: 'Vivild Bageri ApS', postnummer: 8961, by: 'Allingåbro' };
  const NY = { cvr: validCvr(403), name: 'Ørum Æble & Søn ApS', postnummer: 8586, by: 'Ørum Djurs', reklamebeskyttet: true };
  /** Registered in Herning, with a production unit on Grenaa harbour. */
  const ELSEWHERE = { cvr: validCvr(404), name: 'Vestjysk Fiskeeksport A/S', kommune: 657, postnummer: 7400, by: 'Herning' };

  before(async function () {
    const missing = chromiumMissing();
    if (missing) { console.warn(missing); this.skip(); }
    azurite = await startTestAzurite();
    cvr = new CvrStandIn();
    const url = await cvr.start();
    cvr.put(cvrHit(KRO), cvrHit(BAGER), cvrHit(ELSEWHERE));
    cvr.putUnit(cvrUnitHit({ pNumber: '1020304099', cvr: ELSEWHERE.cvr, vejnavn: 'Østre Kaj', postnummer: 8500, by: 'Grenaa' }));
    t = await startTestApp(azurite, {
      config: { cvr: { url, user: cvr.user, password: cvr.password, municipalityCodes: ['707'], deltaMinutes: 60, fullDays: 7 } },
      deps: { cvrTickMs: 0, cvrSource: { pageSize: 50, requestTimeoutMs: 5000, maxAttempts: 2, backoffMs: 10 } },
    });
    assert.equal((await t.app.cvrSync.tick()).kind, 'ran');
    const updated = new Date().toISOString();
    cvr.put(cvrHit({ ...NY, sidstOpdateret: updated }), cvrHit({ ...KRO, status: 'OPHØRT', sidstOpdateret: updated }));
    // Runs a delta now rather than in an hour: the schedule itself is tested in tests/http/cvrSyncBot.test.ts.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    await t.app.stores.cvrSync.save('browser-test', { ...(await t.app.stores.cvrSync.state()), lastFullAt: twoHoursAgo, lastDeltaAt: twoHoursAgo }, new Date(0));
    const delta = await t.app.cvrSync.tick();
    assert.equal(delta.kind === 'ran' && delta.run.changes, 2, JSON.stringify(delta));
    target = await startTarget(t.baseUrl);
    browser = await launchChromium();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await t?.stop();
    await cvr?.stop();
    await azurite?.stop();
  });

  it('lists new and ceased companies with the reklamebeskyttelse flag, filters by kind, and passes axe in Danish and English', async () => {
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target));
    await page.getByRole('navigation').getByRole('link', { name: 'Registerændringer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Registerændringer' }).waitFor();
    await page.getByText('2 ændringer').waitFor();
    const newRow = page.getByRole('row').filter({ hasText: NY.name });
    assert.match(await newRow.innerText(), /Ny virksomhed/);
    assert.match(await newRow.innerText(), /Reklamebeskyttet/);
    assert.match(await page.getByRole('row').filter({ hasText: KRO.name }).innerText(), /Ophørt[\s\S]*NORMAL → OPHØRT/);
    assert.ok(await page.getByText(/Seneste fulde opdatering:/).isVisible());
    await screenshot(page, 'register-changes');
    await assertAccessible(page, 'register changes');

    await page.getByLabel('Slags ændring').selectOption('ceased');
    await page.getByText('1 ændring', { exact: true }).waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: NY.name }).count(), 0);

    await page.goto(`${t.baseUrl}/tab/index.html?lang=en#/registerændringer`);
    await goTo(page, '#/registerændringer');
    await page.getByRole('heading', { level: 1, name: 'Register changes' }).waitFor();
    await page.getByText('2 changes').waitFor();
    await assertAccessible(page, 'register changes (English)');
  });

  it('shows a company registered elsewhere with its production unit in the municipality', async () => {
    await page.goto(`${t.baseUrl}/tab/index.html#/virksomhed/${ELSEWHERE.cvr}`);
    await page.getByRole('heading', { level: 1, name: ELSEWHERE.name }).waitFor();
    const unit = page.locator('dt', { hasText: 'P-enhed i kommunen' }).locator('xpath=following-sibling::dd');
    assert.equal(await unit.innerText(), 'Østre Kaj 4, 8500 Grenaa (P 1020304099)');
    assert.equal(await page.locator('dt', { hasText: /^I Norddjurs Kommune$/ }).locator('xpath=following-sibling::dd').innerText(), 'Nej', 'registered elsewhere');
    await assertAccessible(page, 'company with a production unit here');
  });
});
