import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  CompanyResponse, OverviewResponse, SaveStrategyRequest, StrategyHistoryResponse, StrategyResponse,
} from '../../bot/contract/api.js';
import { sectionOfCode } from '../../bot/domain/industries.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, staffOf, type Api, type Target } from './support/target.js';

const main = (page: Page) => page.locator('main');
const historyItem = (page: Page, version: number) => page.locator(`li[data-version="${version}"]`);
/** A company owner's card in the editor: a group named by the company. */
const ownerCard = (page: Page, name: string) => page.getByRole('group', { name: `${name} (Virksomhed)`, exact: true });

/** A draft of the strategy in force, changed by `change`: what another coordinator would PUT from Node. */
function draftFrom(current: StrategyResponse, change: (d: SaveStrategyRequest['strategy']) => void): SaveStrategyRequest {
  const s = structuredClone(current.strategy);
  const draft: SaveStrategyRequest['strategy'] = {
    units: s.units, purposes: s.purposes, windows: s.windows, silenceMonths: s.silenceMonths, owners: s.owners, note: null,
  };
  change(draft);
  return { basedOnVersion: s.version, strategy: draft };
}

describe('tab in Chromium: contact strategy', function () {
  // Its own server: it edits the strategy from the version the demo seeds, which the accessibility suite changes.
  const suite = useBrowser({ ownServer: true });
  const person = 'Pia Mølgaard';
  const ownerNote = 'Har fast kontakt med ledelsen';
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: Api;
  let start: StrategyResponse;
  /** The company the coordinator makes the jobcentre the owner of, and one whose industry gets an owner. */
  let owned = { cvr: '', name: '' };
  let inIndustry = { cvr: '', name: '', section: '' };
  let newDays = 21;

  before(async () => {
    ({ target, browser } = suite);
    api = await apiAs(target, coordinatorOf(target));
    start = (await api.get<StrategyResponse>('/strategy')).body;
    newDays = start.strategy.windows.overallDays === 21 ? 22 : 21;
    const { body } = await api.get<OverviewResponse>('/overview');
    const taken = new Set(start.strategy.owners.map((o) => (o.target.kind === 'company' ? o.target.cvr : '')));
    const pick = body.overview.silent.find((s) => s.name && !taken.has(s.cvr));
    assert.ok(pick?.name, 'a company without an owner');
    owned = { cvr: pick.cvr, name: pick.name };
    // Another company with a known industry, for an owner set on its industry rather than on itself.
    for (const s of body.overview.silent.filter((x) => x.cvr !== owned.cvr && !taken.has(x.cvr)).slice(0, 40)) {
      const { body: c } = await api.get<CompanyResponse>(`/companies/${s.cvr}`);
      const section = c.company.industryCode ? sectionOfCode(c.company.industryCode)?.code : undefined;
      const sectionTaken = start.strategy.owners.some((o) => o.target.kind === 'industry' && o.target.section === section);
      if (section && !sectionTaken && c.owner === null) {
        inIndustry = { cvr: c.company.cvr, name: c.company.name, section };
        break;
      }
    }
    assert.ok(inIndustry.cvr, 'a company with an industry code and no owner');
    ({ context, page } = await newPage(browser));
    // A missing element fails with the locator's own message, well before mocha's 30 s.
    page.setDefaultTimeout(10_000);
    await openAs(page, target, coordinatorOf(target));
    await page.getByRole('navigation').getByRole('link', { name: 'Kontaktstrategi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontaktstrategi' }).waitFor();
    await settle(page);
  });

  after(async () => {
    await context?.close();
  });

  it('shows the strategy in force to the coordinator, as a form', async () => {
    const s = start.strategy;
    const line = (await page.locator('[data-version-line]').textContent()) ?? '';
    if (s.version === 0) assert.match(line, /^Standardstrategien/);
    else assert.match(line, new RegExp(`^Version ${s.version}, gemt `));
    assert.equal(await page.getByLabel('Vindue for alle enheder (dage)').inputValue(), String(s.windows.overallDays));
    assert.equal(await page.getByLabel('Grænse for lang tavshed (måneder)').inputValue(), String(s.silenceMonths));
    for (const u of s.units) {
      const group = page.getByRole('group', { name: u.name, exact: true });
      assert.equal(await group.getByRole('textbox', { name: 'Navn', exact: true }).inputValue(), u.name);
      assert.equal(await group.getByRole('textbox', { name: 'Kort navn', exact: true }).inputValue(), u.shortName);
      const checked = await group.getByRole('checkbox', { checked: true }).count();
      assert.equal(checked, u.purposes.length, `${u.name}: its purposes are ticked`);
    }
    assert.ok(await page.getByRole('button', { name: 'Gem strategien' }).isVisible());
    assert.equal(await page.locator('[data-pending]').count(), 0, 'nothing unsaved yet');
    await screenshot(page, 'strategy-coordinator');
    await assertAccessible(page, 'strategy page (coordinator)');
  });

  it('edits the window, adds a pair window and a company owner, and saves: the PUT body says so', async () => {
    await page.getByLabel('Vindue for alle enheder (dage)').fill(String(newDays));

    const addPair = page.getByRole('group', { name: 'Eget vindue for et par af enheder' });
    await addPair.getByLabel('Enhed', { exact: true }).selectOption({ label: 'Jobcentret' });
    await addPair.getByLabel('Og enhed').selectOption({ label: 'Ungeindsatsen' });
    await addPair.getByLabel('Dage').fill('45');
    await addPair.getByRole('button', { name: 'Tilføj par' }).click();
    await page.getByText('Eget vindue for Jobcentret og Ungeindsatsen er tilføjet. Husk at gemme.').waitFor();
    assert.equal(await page.getByLabel('Dage for Jobcentret og Ungeindsatsen').inputValue(), '45');

    const addOwner = page.getByRole('region', { name: 'Tilføj kontaktansvarlig' });
    assert.ok(await addOwner.getByRole('radio', { name: 'Virksomhed' }).isChecked(), 'a company by default');
    await addOwner.getByRole('searchbox', { name: /^Virksomhed/ }).fill(owned.name);
    await addOwner.getByRole('button', { name: `Vælg ${owned.name}` }).first().click();
    // Focus moves to the choice, not to the page's body with the button that is gone.
    await page.waitForFunction('document.activeElement?.hasAttribute("data-chosen-company")');
    await addOwner.getByLabel('Ansvarlig enhed').selectOption({ label: 'Jobcentret' });
    await addOwner.getByLabel('Person (valgfri)').fill(person);
    await addOwner.getByLabel('Note (valgfri)').fill(ownerNote);
    await addOwner.getByRole('button', { name: 'Tilføj kontaktansvarlig' }).click();
    await page.getByText(`Kontaktansvarlig for ${owned.name} er tilføjet. Husk at gemme.`).waitFor();
    assert.equal(await ownerCard(page, owned.name).getByRole('textbox', { name: 'Person', exact: true }).inputValue(), person);
    assert.equal(await ownerCard(page, owned.name).getByRole('combobox', { name: 'Ansvarlig enhed' }).inputValue(), 'jobcenter');

    // Not saved yet, and the page says what would change.
    await page.getByText('Du har ændringer, der ikke er gemt.').first().waitFor();
    const pending = page.locator('[data-pending]');
    for (const text of [
      `Vinduet for alle enheder: ${start.strategy.windows.overallDays} → ${newDays} dage`,
      'Eget vindue for Jobcentret og Ungeindsatsen: 45 dage',
      `Ny ejer: ${owned.name} → Jobcentret (${person})`,
    ]) assert.ok(await pending.getByText(text, { exact: true }).isVisible(), text);
    await screenshot(page, 'strategy-unsaved', { fullPage: true });

    await page.getByLabel('Hvorfor ændres strategien?').fill('Jobcentret og Ungeindsatsen deler mange arbejdsgivere');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/tab/strategy')),
      page.getByRole('button', { name: 'Gem strategien' }).click(),
    ]);
    const sent = request.postDataJSON() as SaveStrategyRequest;
    assert.equal(sent.basedOnVersion, start.strategy.version);
    assert.equal(sent.strategy.windows.overallDays, newDays);
    assert.deepEqual(sent.strategy.windows.pairs.filter((p) => p.units.includes('jobcenter') && p.units.includes('unge')),
      [{ units: ['jobcenter', 'unge'], days: 45 }]);
    const owner = sent.strategy.owners.find((o) => o.target.kind === 'company' && o.target.cvr === owned.cvr);
    assert.ok(owner, 'the new owner is sent');
    assert.equal(owner.unit, 'jobcenter');
    assert.equal(owner.person, person);
    assert.equal(owner.note, ownerNote);
    assert.match(owner.id, /^[A-Za-z0-9-]{1,40}$/);
    assert.equal(sent.strategy.note, 'Jobcentret og Ungeindsatsen deler mange arbejdsgivere');
    assert.deepEqual(sent.strategy.units.map((u) => u.id), start.strategy.units.map((u) => u.id), 'every unit is sent, none removed');
    assert.deepEqual(sent.strategy.purposes, start.strategy.purposes);
    assert.equal(sent.strategy.silenceMonths, start.strategy.silenceMonths);

    const version = start.strategy.version + 1;
    await page.getByText(`Strategien er gemt som version ${version}.`).waitFor();
    await page.locator(`[data-version-line="${version}"]`).getByText(/^Version \d+, gemt .+ af Mette Kjærgaard\.$/).waitFor();
    assert.equal(await page.locator('[data-pending]').count(), 0, 'nothing unsaved after the save');
    assert.equal(await page.getByText('Du har ændringer, der ikke er gemt.').count(), 0);
    const { body } = await api.get<StrategyResponse>('/strategy');
    assert.equal(body.strategy.version, version);
    assert.equal(body.strategy.windows.overallDays, newDays);
  });

  it('shows the server\'s field errors by the fields and in a summary that takes focus', async () => {
    const youth = page.getByRole('group', { name: 'Ungeindsatsen', exact: true });
    await youth.getByRole('textbox', { name: 'Navn', exact: true }).fill('');
    await page.getByLabel('Grænse for lang tavshed (måneder)').fill('0');
    await ownerCard(page, owned.name).getByRole('textbox', { name: 'Note', exact: true }).fill('Ring til 010190-1234');
    await page.getByRole('button', { name: 'Gem strategien' }).click();

    const summary = page.locator('[data-outcome="invalid"]');
    await summary.getByText('Strategien er ikke gemt: 3 felter skal rettes').waitFor();
    assert.equal(await page.evaluate('document.activeElement?.getAttribute("data-outcome")'), 'invalid', 'focus on the summary');
    // Each message beside its field, which is marked invalid.
    const name = youth.getByRole('textbox', { name: 'Navn', exact: true });
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.ok(await youth.getByText('Skal udfyldes.').isVisible());
    const silence = page.getByLabel('Grænse for lang tavshed (måneder)');
    assert.equal(await silence.getAttribute('aria-invalid'), 'true');
    assert.ok(await page.getByRole('region', { name: 'Lang tavshed' }).getByText('Grænsen for stilhed skal være et helt tal fra 1 til 60.').isVisible());
    assert.ok(await ownerCard(page, owned.name).getByText(/ligner et CPR-nummer/).isVisible());
    await screenshot(page, 'strategy-errors');
    await assertAccessible(page, 'strategy page with errors');

    // The summary's links lead to the fields.
    await summary.getByRole('button', { name: /^Grænse for lang tavshed \(måneder\): / }).click();
    assert.equal(await page.evaluate('document.activeElement?.id'), 'strategy-silenceMonths');

    // Put right; the next save goes through.
    await name.fill('Ungeindsatsen');
    await silence.fill('9');
    await ownerCard(page, owned.name).getByRole('textbox', { name: 'Note', exact: true }).fill(ownerNote);
  });

  it('says so when someone else saved meanwhile, lists what was not saved, and fetches the new version', async () => {
    const { body: now } = await api.get<StrategyResponse>('/strategy');
    const other = draftFrom(now, (d) => {
      d.silenceMonths = 6;
      d.owners.push({ id: `browsertest-${Date.now()}`, target: { kind: 'industry', section: inIndustry.section }, unit: 'unge', person: null, note: null });
      d.note = 'Samtidig ændring fra browsertesten';
    });
    const { status } = await api.put<StrategyResponse>('/strategy', other);
    assert.equal(status, 200);

    await page.getByRole('button', { name: 'Gem strategien' }).click();
    const box = page.locator('[data-outcome="conflict"]');
    await box.getByText('En anden har gemt strategien imens').waitFor();
    assert.match((await box.textContent()) ?? '', /Dine ændringer er ikke gemt/);
    assert.ok(await box.getByText(`Grænsen for lang tavshed: ${now.strategy.silenceMonths} → 9 måneder`).isVisible());
    assert.equal(await page.evaluate('document.activeElement?.getAttribute("data-outcome")'), 'conflict', 'focus on the message');
    await screenshot(page, 'strategy-conflict');
    await assertAccessible(page, 'strategy page with a conflict');

    await box.getByRole('button', { name: 'Hent den nyeste version' }).click();
    const version = now.strategy.version + 1;
    const reloaded = page.locator('[data-outcome="reloaded"]');
    await reloaded.getByText(`Version ${version} er hentet.`, { exact: false }).waitFor();
    assert.ok(await reloaded.getByText(`Grænsen for lang tavshed: ${now.strategy.silenceMonths} → 9 måneder`).isVisible(), 'the lost edits stay listed');
    await page.locator(`[data-version-line="${version}"]`).waitFor();
    assert.equal(await page.getByLabel('Grænse for lang tavshed (måneder)').inputValue(), '6');
    assert.equal(await page.locator('[data-pending]').count(), 0, 'the form is the new version');
  });

  it('lists the history newest first in words, and opens an older version read-only', async () => {
    await settle(page);
    const { body } = await api.get<StrategyHistoryResponse>('/strategy/history');
    const [latest, mine] = body.versions;
    assert.ok(latest.version > mine.version);
    const versions = await page.locator('li[data-version]').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-version'))));
    assert.deepEqual(versions, body.versions.slice(0, 10).map((v) => v.version));

    const top = historyItem(page, latest.version);
    assert.match((await top.locator('h3').textContent()) ?? '', /\(gældende\)$/);
    assert.ok(await top.getByText('Begrundelse: Samtidig ændring fra browsertesten').isVisible());
    assert.ok(await top.getByText(/^Grænsen for lang tavshed: \d+ → 6 måneder$/).isVisible());
    assert.ok(await top.getByText(/^Ny ejer: branchen [A-U] .+ → Ungeindsatsen$/).isVisible());

    const mineItem = historyItem(page, mine.version);
    assert.match((await mineItem.locator('h3').textContent()) ?? '', new RegExp(`^Version ${mine.version}, gemt .+ af Mette Kjærgaard$`));
    for (const text of [
      `Vinduet for alle enheder: ${start.strategy.windows.overallDays} → ${newDays} dage`,
      'Eget vindue for Jobcentret og Ungeindsatsen: 45 dage',
      `Ny ejer: ${owned.name} → Jobcentret (${person})`,
    ]) assert.ok(await mineItem.getByText(text, { exact: true }).isVisible(), text);

    await mineItem.getByRole('button', { name: `Vis version ${mine.version}` }).click();
    const shown = page.getByRole('region', { name: `Version ${mine.version} (skrivebeskyttet)` });
    await shown.waitFor();
    await page.waitForFunction('document.activeElement?.tagName === "H3"');
    assert.equal(await shown.getByRole('textbox').count(), 0, 'read-only');
    assert.equal(await shown.getByRole('spinbutton').count(), 0, 'read-only');
    assert.ok(await shown.getByText(`Alle enheder: ${newDays} dage, medmindre et par har sit eget vindue.`).isVisible());
    assert.ok(await shown.locator('tr', { hasText: owned.name }).getByText(person).isVisible());
    assert.equal(await mineItem.getByRole('button', { name: `Skjul version ${mine.version}` }).getAttribute('aria-expanded'), 'true');
    await screenshot(page, 'strategy-history', { fullPage: true });
    await assertAccessible(page, 'strategy history with an older version open');
    // Closed from its end, focus goes back to the button that opened it.
    await shown.getByRole('button', { name: `Skjul version ${mine.version}` }).click();
    await shown.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate('document.activeElement?.textContent'), `Vis version ${mine.version}`);
  });

  it('keeps unsaved edits when the coordinator opens another page of the tab and comes back', async () => {
    const silence = page.getByLabel('Grænse for lang tavshed (måneder)');
    const was = await silence.inputValue();
    await silence.fill('7');
    await goTo(page, '#/plan');
    await goTo(page, '#/strategi');
    await page.locator('[data-outcome="restored"]').getByText(/er sat ind igen/).waitFor();
    assert.equal(await page.getByLabel('Grænse for lang tavshed (måneder)').inputValue(), '7');
    assert.ok(await page.locator('[data-pending]').getByText(`Grænsen for lang tavshed: ${was} → 7 måneder`).isVisible());
    await page.getByLabel('Grænse for lang tavshed (måneder)').fill(was);
    assert.equal(await page.locator('[data-pending]').count(), 0, 'back to the version in force');
  });

  it('shows the owner on the company page: for the company itself, or for its industry', async () => {
    await goTo(page, `#/virksomhed/${owned.cvr}`);
    const facts = page.getByRole('region', { name: 'Stamdata' });
    const owner = facts.locator('dd', { has: page.locator('[data-owner-unit]') });
    assert.equal(await owner.locator('[data-owner-unit]').getAttribute('data-owner-unit'), 'jobcenter');
    assert.ok(await owner.getByText(`Jobcentret, ${person}`).isVisible());
    assert.ok(await owner.getByText('Gælder virksomheden selv').isVisible());
    assert.ok(await owner.getByText(`Note: ${ownerNote}`).isVisible());
    assert.ok(await owner.getByRole('link', { name: 'Se kontaktstrategien' }).isVisible());
    await screenshot(page, 'company-owner');
    await assertAccessible(page, 'company page with an owner');

    await goTo(page, `#/virksomhed/${inIndustry.cvr}`);
    const industryOwner = page.getByRole('region', { name: 'Stamdata' }).locator('[data-owner-unit]');
    assert.equal(await industryOwner.getAttribute('data-owner-unit'), 'unge');
    assert.ok(await industryOwner.getByText('Ungeindsatsen', { exact: true }).isVisible());
    assert.ok(await industryOwner.getByText(new RegExp(`^Gælder branchen ${inIndustry.section} `)).isVisible());
  });

  it('is read-only for staff, who still see the owners and the history', async () => {
    const { context: staffContext, page: staffPage } = await newPage(browser);
    try {
      await openAs(staffPage, target, staffOf(target), { hash: '#/strategi' });
      assert.ok(await staffPage.getByRole('navigation').getByRole('link', { name: 'Kontaktstrategi', exact: true }).isVisible());
      assert.ok(await staffPage.getByText(/^Strategien fastlægges af erhvervskoordinatoren/).isVisible());
      for (const role of ['textbox', 'spinbutton', 'checkbox', 'combobox', 'searchbox'] as const) {
        assert.equal(await main(staffPage).getByRole(role).count(), 0, `no ${role}`);
      }
      assert.equal(await staffPage.getByRole('button', { name: 'Gem strategien' }).count(), 0);
      const owners = staffPage.locator('table', { has: staffPage.locator('caption', { hasText: 'Kontaktansvarlige' }) });
      assert.ok(await owners.locator('tr', { hasText: owned.name }).getByText(person).isVisible());
      assert.ok(await staffPage.getByText('Jobcentret og Ungeindsatsen', { exact: true }).first().isVisible());
      assert.ok((await staffPage.locator('li[data-version]').count()) >= 2);
      await screenshot(staffPage, 'strategy-staff', { fullPage: true });
      await assertAccessible(staffPage, 'strategy page (staff)');
      const { status } = await (await apiAs(target, staffOf(target))).put('/strategy', draftFrom(start, () => undefined));
      assert.equal(status, 403, 'the API refuses staff too');
    } finally {
      await staffContext.close();
    }
  });

  it('adds a unit and a purpose, with ids made from their names, and they cannot be taken out once saved', async () => {
    await goTo(page, '#/strategi');
    const { body: now } = await api.get<StrategyResponse>('/strategy');
    await page.getByRole('button', { name: 'Tilføj formål' }).click();
    const purpose = page.getByRole('group', { name: 'Nyt formål 1', exact: true });
    await page.waitForFunction('document.activeElement?.id === "strategy-purposes-' + now.strategy.purposes.length + '-name"');
    await purpose.getByRole('textbox', { name: 'Dansk navn' }).fill('Kultur og arrangementer');
    await purpose.getByRole('textbox', { name: 'Engelsk navn' }).fill('Culture and events');

    await page.getByRole('button', { name: 'Tilføj enhed' }).click();
    await page.waitForFunction('document.activeElement?.id === "strategy-units-' + now.strategy.units.length + '-name"');
    const unit = page.getByRole('group', { name: 'Ny enhed 1', exact: true });
    await unit.getByRole('textbox', { name: 'Navn', exact: true }).fill('Kultur og Fritid');
    const named = unit;
    await named.getByRole('textbox', { name: 'Kort navn', exact: true }).fill('Kultur');
    await named.getByRole('textbox', { name: 'Engelsk navn', exact: true }).fill('Culture and leisure');
    await named.getByRole('checkbox', { name: 'Kultur og arrangementer' }).check();
    await named.getByRole('checkbox', { name: 'Andet' }).check();
    assert.ok(await named.getByRole('button', { name: 'Fjern den nye enhed Kultur' }).isVisible(), 'a new unit can still be taken out');
    // The new unit can be chosen at once, e.g. as an owner.
    const options = await page.getByRole('region', { name: 'Tilføj kontaktansvarlig' }).getByLabel('Ansvarlig enhed').locator('option').allTextContents();
    assert.ok(options.includes('Kultur'));

    await page.getByLabel('Hvorfor ændres strategien?').fill('Kultur og Fritid kontakter også virksomheder');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/tab/strategy')),
      page.getByRole('button', { name: 'Gem strategien' }).click(),
    ]);
    const sent = request.postDataJSON() as SaveStrategyRequest;
    assert.deepEqual(sent.strategy.purposes.at(-1), { id: 'kultur-og-arrangementer', name: 'Kultur og arrangementer', nameEn: 'Culture and events' });
    assert.deepEqual(sent.strategy.units.at(-1), {
      id: 'kultur-og-fritid', name: 'Kultur og Fritid', shortName: 'Kultur', nameEn: 'Culture and leisure', purposes: ['kultur-og-arrangementer', 'andet'],
    });
    await page.getByText(`Strategien er gemt som version ${now.strategy.version + 1}.`).waitFor();
    const saved = page.getByRole('group', { name: 'Kultur og Fritid', exact: true });
    assert.equal(await saved.getByRole('button', { name: /^Fjern/ }).count(), 0, 'a saved unit cannot be removed');
    const item = historyItem(page, now.strategy.version + 1);
    await item.waitFor();
    assert.ok(await item.getByText('Nyt formål: Kultur og arrangementer', { exact: true }).isVisible());
    assert.ok(await item.getByText('Ny enhed: Kultur', { exact: true }).isVisible());

    // The other pages know the new unit at once, without reloading the tab.
    await goTo(page, '#/oversigt');
    const units = await page.getByLabel('Enhed', { exact: true }).first().locator('option').allTextContents();
    assert.ok(units.includes('Kultur'), `the overview's unit filter offers the new unit: ${units.join(', ')}`);
    const { body: strategy } = await api.get<StrategyResponse>('/strategy');
    const pairs = strategy.strategy.windows.pairs.length;
    assert.ok(pairs > 0, 'an earlier test saved a pair window');
    assert.ok(await page.getByText(/par af enheder (har sit|har deres) eget vindue i kontaktstrategien/).isVisible(), 'the parallel section says pairs have their own window');
  });
});
