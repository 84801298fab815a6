import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/testApp.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { openAs, settle } from './support/tab.js';
import { openInFakeTeams, tabFrame } from './support/teamsHost.js';
import { coordinatorOf, localToken, staffOf, type Target } from './support/target.js';
import { testCompany, validCvr } from '../support/companies.js';

const COMPANY = testCompany({ cvr: validCvr(961), name: 'Glesborg Tømrerforretning ApS' });

describe('tab in Chromium against the real server: the activity-feed switch on the settings page', function () {
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
      },
    },
  });

  before(async () => {
    ({ target, browser } = suite);
    t = target.app as TestApp;
    ({ context, page } = await newPage(browser));
  });
  after(async () => {
    await context?.close();
  });

  const notify = () => page.getByRole('switch', { name: 'Giv mig besked i aktivitetsfeedet' });
  const unitItems = () => page.getByRole('switch', { name: 'Også når min enhed får en kontakt i planen uden navn' });

  it('lets a staff member turn notices off; the choice is stored, survives a reload and the page passes axe', async () => {
    const staff = staffOf(target);
    await openAs(page, target, staff);
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await settle(page);
    await page.getByRole('heading', { level: 2, name: 'Aktivitetsfeed i Teams' }).waitFor();
    await page.getByText('Serveren sender ikke beskeder til aktivitetsfeedet endnu').waitFor();
    assert.equal(await notify().isChecked(), true, "on by default: an assignment is the person's own work");
    assert.equal(await unitItems().isChecked(), false, "the unit's items are off by default");
    await assertAccessible(page, 'settings page with the activity-feed switch (staff)');
    await page.getByRole('heading', { level: 2, name: 'Aktivitetsfeed i Teams' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'activity-feed-settings'); // docs/images/activity-feed-settings.png is a copy

    await notify().click();
    await page.getByRole('status').filter({ hasText: 'Gemt: du får ingen beskeder i aktivitetsfeedet.' }).waitFor();
    assert.equal(await unitItems().isDisabled(), true, 'unit items need notices on');
    assert.deepEqual((await t.stores.activityFeed.get(staff.userId))?.choice, { notify: false, unitItems: false });

    await page.reload();
    await settle(page);
    await page.getByRole('heading', { level: 2, name: 'Aktivitetsfeed i Teams' }).waitFor();
    assert.equal(await notify().isChecked(), false);
    await assertAccessible(page, 'settings page after turning notices off');
  });

  it('shows the coordinator the same switch under the channel settings, and stores unit items for them', async () => {
    const coordinator = coordinatorOf(target);
    const own = await newPage(browser);
    try {
      await openAs(own.page, target, coordinator);
      await own.page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
      await settle(own.page);
      await own.page.getByRole('heading', { level: 2, name: 'Kanal' }).waitFor();
      const unit = own.page.getByRole('switch', { name: 'Også når min enhed får en kontakt i planen uden navn' });
      await unit.click();
      await own.page.getByRole('status').filter({ hasText: 'Gemt: du får besked i aktivitetsfeedet.' }).waitFor();
      assert.deepEqual((await t.stores.activityFeed.get(coordinator.userId))?.choice, { notify: true, unitItems: true });
      assert.equal(await unit.isChecked(), true);
      await assertAccessible(own.page, 'settings page with the activity-feed switch (coordinator)');
    } finally {
      await own.context.close();
    }
  });

  it("opens the company a notice names when Teams opens the tab from the notice's deep link", async () => {
    const own = await newPage(browser);
    try {
      const token = await localToken(target, staffOf(target));
      await openInFakeTeams(own.page, target.baseUrl, '#/oversigt', {
        locale: 'da-dk',
        theme: 'default',
        frameContext: 'content',
        token,
        subEntityId: `virksomhed/${COMPANY.cvr}`,
      });
      const tab = tabFrame(own.page);
      await tab.getByRole('heading', { level: 1, name: COMPANY.name }).waitFor();
    } finally {
      await own.context.close();
    }
  });
});
