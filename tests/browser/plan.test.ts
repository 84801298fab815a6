import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeResponse, OptOut, OverviewResponse, PlanListResponse, SavedPlan } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, type Api, type Target } from './support/target.js';

const rows = (page: Page) => page.locator('table', { has: page.locator('caption', { hasText: 'Forslag til kontakter' }) }).locator('tbody tr');

async function draftCvrs(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-cvr') ?? ''));
}

describe('tab in Chromium: plan (coordinator)', function () {
  const suite = useBrowser();
  const note = `Browsertest ${new Date().toISOString()}`;
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: Api;
  let removedCvr = '';
  let reassigned = { cvr: '', unit: '', from: '' };
  let addedCvr = '';

  before(async () => {
    ({ target, browser } = suite);
    api = await apiAs(target, coordinatorOf(target));
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target), { hash: '#/plan' });
  });

  after(async () => {
    await context?.close();
  });

  it('makes a suggestion', async () => {
    await page.getByLabel('Antal forslag').fill('12');
    await page.getByRole('button', { name: 'Lav forslag' }).click();
    await page.getByText(/Forslag med \d+ virksomheder lavet/).waitFor();
    const count = await rows(page).count();
    assert.ok(count > 2 && count <= 12, `${count} items`);
    assert.ok(await page.getByText(/reklamebeskyttet|aldrig kontaktet|tavs i|underrepræsenteret|passer til/).first().isVisible());
  });

  it('removes an item', async () => {
    const before = await draftCvrs(page);
    removedCvr = before[0];
    const name = await rows(page).first().locator('th a').textContent();
    await page.getByRole('button', { name: `Fjern ${name} fra planen` }).click();
    await page.getByText(`${name} er fjernet fra planen.`).waitFor();
    assert.deepEqual(await draftCvrs(page), before.slice(1));
  });

  it('reassigns an item to another unit it may go to (units that declined it are disabled)', async () => {
    const row = rows(page).first();
    const select = row.getByRole('combobox');
    const current = await select.inputValue();
    const options = await select.locator('option:not([disabled])').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    const blocked = await rows(page).locator('option[disabled]').allTextContents();
    assert.ok(blocked.every((text) => text.endsWith('(frabedt)')), 'a disabled unit says why');
    const other = options.find((u) => u !== current);
    assert.ok(other, 'another unit to move to');
    reassigned = { cvr: (await row.getAttribute('data-cvr')) ?? '', unit: other, from: current };
    await select.selectOption(other);
    await row.getByText('Flyttet', { exact: true }).waitFor();
    // A fresh reason, not the old unit's "suits …".
    const { body: me } = await api.get<MeResponse>('/me');
    const name = (id: string) => me.units.find((u) => u.id === id)?.shortName ?? id;
    await row.getByText(new RegExp(`flyttet fra ${name(current)} af erhvervskoordinatoren`)).waitFor();
    assert.doesNotMatch((await row.textContent()) ?? '', new RegExp(`passer til ${name(current)}`));
    assert.equal(await select.inputValue(), other);
    assert.ok(await row.getByText('Ikke valgt').isVisible());
  });

  it('adds a company found by search', async () => {
    const { body } = await api.get<OverviewResponse>('/overview');
    const inPlan = new Set(await draftCvrs(page));
    const pick = body.overview.silent.find((s) => !s.optedOut && !inPlan.has(s.cvr) && s.cvr !== removedCvr);
    assert.ok(pick, 'a silent company outside the plan');
    addedCvr = pick.cvr;
    await page.getByLabel(/Søg virksomhed/).fill(pick.name);
    await page.getByRole('button', { name: `Vælg ${pick.name}` }).click();
    await page.getByRole('button', { name: 'Tilføj til planen' }).click();
    await page.getByText(`${pick.name} er tilføjet planen.`).waitFor();
    const added = rows(page).last();
    assert.equal(await added.getAttribute('data-cvr'), pick.cvr);
    assert.ok(await added.getByText('Tilføjet manuelt', { exact: true }).isVisible());
  });

  it('has no serious accessibility problems with a draft open', async () => {
    await screenshot(page, 'plan-draft');
    await screenshot(page, 'plan-draft-full', { fullPage: true });
    await assertAccessible(page, 'plan with draft');
  });

  it('saves the plan and shows it in the saved plans', async () => {
    const expected = await draftCvrs(page);
    await page.getByLabel('Note til planen').fill(note);
    await page.getByRole('button', { name: 'Gem plan' }).click();
    await page.getByText(`Planen er gemt med ${expected.length} virksomheder.`).waitFor();
    const savedRow = page.locator('tr', { hasText: note });
    await savedRow.waitFor();
    assert.equal((await savedRow.locator('td').nth(3).textContent())?.trim(), String(expected.length));

    const { body } = await api.get<PlanListResponse>('/plans');
    const listed = body.plans.find((p) => p.note === note);
    assert.ok(listed, 'the API lists the saved plan');
    const { body: plan } = await api.get<SavedPlan>(`/plans/${listed.id}`);
    assert.deepEqual(plan.items.map((i) => i.cvr), expected);
    assert.ok(!plan.items.some((i) => i.cvr === removedCvr));
    assert.equal(plan.items.find((i) => i.cvr === reassigned.cvr)?.unit, reassigned.unit);
    assert.deepEqual(plan.items.find((i) => i.cvr === reassigned.cvr)?.reasons.filter((r) => r.code === 'reassignedByCoordinator' || r.code === 'unitFit'),
      [{ code: 'reassignedByCoordinator', from: reassigned.from }], 'saved with the fresh reason');
    assert.ok(plan.items.find((i) => i.cvr === addedCvr)?.flags.includes('manual'));
  });

  it('opens and exports a saved plan', async () => {
    const savedRow = page.locator('tr', { hasText: note });
    await savedRow.getByRole('button', { name: /^Vis plan gemt/ }).click();
    await page.locator('caption', { hasText: /^Plan gemt / }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), savedRow.getByRole('button', { name: /^Eksportér Excel/ }).click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    await screenshot(page, 'plan-saved', { fullPage: true });
  });

  it('shows the server\'s Danish refusal when a company declined contact since the suggestion', async () => {
    const cvr = (await draftCvrs(page))[0];
    const { status, body: optOut } = await api.post<OptOut>('/optouts', { cvr, scope: { kind: 'all' }, reason: 'Browsertest: frabedt under planlægning', source: 'telefon' });
    assert.equal(status, 200);
    try {
      await page.getByRole('button', { name: 'Gem plan' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'kan ikke stå i planen' });
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /frabedt sig kontakt/);
    } finally {
      await api.post(`/optouts/${cvr}/${encodeURIComponent(optOut.id)}/revoke`, { reason: 'Browsertest rydder op' });
    }
    await settle(page);
  });

  it('opens a saved plan in the editor as a new version, by keyboard', async () => {
    const first = page.locator('tr[data-version="1"]', { hasText: note });
    const edit = first.getByRole('button', { name: /^Redigér som ny version: plan gemt .* · version 1$/ });
    await edit.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /^Ny version af plan gemt .* · version 1$/ });
    await heading.waitFor();
    await page.waitForFunction('document.activeElement && document.activeElement.tagName === "H2" && document.activeElement.textContent.startsWith("Ny version af")');
    assert.ok(await page.getByRole('button', { name: 'Gem som version 2' }).isVisible());
    assert.equal(await page.getByLabel('Note til planen').inputValue(), note, 'the note comes along');
  });

  it('has no serious accessibility problems in the version editor', async () => {
    await screenshot(page, 'plan-version-editor', { fullPage: true });
    await assertAccessible(page, 'plan version editor');
  });

  it('removes and reassigns rows of the saved plan and saves version 2, the first version kept', async () => {
    const editRows = page.locator('table', { has: page.locator('caption', { hasText: 'Ny version af planen' }) }).locator('tbody tr');
    const before = await editRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-cvr') ?? ''));
    const gone = editRows.first();
    const goneName = await gone.locator('th a').textContent();
    await page.getByRole('button', { name: `Fjern ${goneName} fra planen` }).click();
    const moved = editRows.filter({ hasNot: page.getByText('Flyttet', { exact: true }) }).first();
    const movedCvr = (await moved.getAttribute('data-cvr')) ?? '';
    const select = moved.getByRole('combobox');
    const from = await select.inputValue();
    const to = (await select.locator('option:not([disabled])').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))).find((u) => u !== from)!;
    await select.selectOption(to);
    const { body: me } = await api.get<MeResponse>('/me');
    const moveRow = editRows.and(page.locator(`[data-cvr="${movedCvr}"]`));
    await moveRow.getByText(new RegExp(`flyttet fra ${me.units.find((u) => u.id === from)?.shortName} af erhvervskoordinatoren`)).waitFor();

    await page.getByRole('button', { name: 'Gem som version 2' }).click();
    await page.getByText(`Version 2 af planen er gemt med ${before.length - 1} virksomheder.`).waitFor();
    const versions = page.locator('tr[data-plan]', { hasText: note });
    await versions.nth(1).waitFor();
    assert.deepEqual(await versions.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-version'))), ['2', '1'], 'version 2 listed above version 1');
    assert.equal((await versions.first().locator('td').first().textContent())?.trim(), '2');
    assert.equal(await versions.nth(1).getByRole('button', { name: /^Redigér som ny version/ }).count(), 0, 'only the newest version is edited');

    const { body } = await api.get<PlanListResponse>('/plans');
    const [v2, v1] = body.plans.filter((p) => p.note === note);
    assert.deepEqual([v2.version, v1.version, v2.planId], [2, 1, v1.id]);
    const { body: old } = await api.get<SavedPlan>(`/plans/${v1.id}`);
    assert.deepEqual(old.items.map((i) => i.cvr), before, 'version 1 unchanged');
    const { body: next } = await api.get<SavedPlan>(`/plans/${v2.id}`);
    assert.deepEqual(next.items.map((i) => i.cvr), before.slice(1));
    assert.deepEqual(next.items.find((i) => i.cvr === movedCvr)?.reasons.filter((r) => r.code === 'reassignedByCoordinator'), [{ code: 'reassignedByCoordinator', from }]);
  });

  it('refuses, in Danish and naming who, to save over a version someone saved meanwhile', async () => {
    const { body } = await api.get<PlanListResponse>('/plans');
    const v2 = body.plans.find((p) => p.note === note && p.version === 2)!;
    const { body: current } = await api.get<SavedPlan>(`/plans/${v2.id}`);
    // The editor still holds version 2 as its base; a colleague's version 3 lands first.
    const v3 = await api.post<SavedPlan>('/plans', { items: current.items.slice(1), note, basedOn: v2.id });
    assert.equal(v3.status, 200);
    await page.getByRole('button', { name: 'Gem som version 3' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'har gemt en nyere version af planen (version 3)' });
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', new RegExp(`${v3.body.savedBy} har gemt`));
  });
});
