import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OverviewResponse, ProposalListResponse, ProposalView } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs, settle } from './support/tab.js';
import { apiAs, coordinatorOf, staffOf, type Api, type Target } from './support/target.js';

const card = (page: Page, title: string) => page.locator('article', { has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

describe('tab in Chromium: proposals log (coordinator)', function () {
  const suite = useBrowser();
  const title = `Én indgang til landbruget ${new Date().toISOString()}`;
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: Api;

  before(async () => {
    ({ target, browser } = suite);
    api = await apiAs(target, coordinatorOf(target));
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target));
  });

  after(async () => {
    await context?.close();
  });

  it('opens the form with a parallel-contact hotspot from the overview filled in', async () => {
    const { body } = await api.get<OverviewResponse>('/overview');
    const hotspot = body.overview.parallel[0];
    assert.ok(hotspot, 'the overview has a parallel case');
    const name = hotspot.name ?? `CVR ${hotspot.cvr}`;
    await page.getByRole('link', { name: `Opret forslag om ${name}` }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Forslag til justeringer' }).waitFor();
    await settle(page);
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Forslag', exact: true }).getAttribute('aria-current'), 'page');
    assert.ok(await page.getByText('Udfyldt ud fra tallene.').isVisible());
    assert.equal(await page.getByLabel('Titel').inputValue(), `Parallelle kontakter hos ${name}`);
    assert.equal(await page.getByLabel('Bygger på').inputValue(), 'parallelHotspot');
    assert.equal(await page.getByLabel('Henvisning').inputValue(), hotspot.cvr);
    assert.match(await page.getByLabel('Hvad viste tallene?').inputValue(), new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: kontaktet af `));
    await screenshot(page, 'proposal-from-overview');
  });

  it('is written by keyboard alone, refusals read out beside the fields', async () => {
    await goTo(page, '#/forslag');
    await page.getByLabel('Titel').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Skriv en titel.').waitFor();
    assert.ok(await page.getByText('Beskriv forslaget.').isVisible());

    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Jobcentret og Ungeindsatsen aftaler, hvem der ringer til landbrugene.');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.tagName'), 'SELECT');
    // From "Andet" up to "Parallelle kontakter": the native select moves with the arrow keys.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    assert.equal(await page.getByLabel('Bygger på').inputValue(), 'parallelHotspot');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12345678');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tre enheder på tolv dage i november.');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Opret forslag');
    await page.keyboard.press('Enter');
    await page.getByText('Angiv virksomhedens CVR-nummer.').waitFor();
    assert.ok(await page.getByRole('alert').filter({ hasText: 'Forslaget er ikke gemt. Ret de markerede felter.' }).isVisible());
    await screenshot(page, 'proposal-form-refused');

    const { body } = await api.get<OverviewResponse>('/overview');
    await page.getByLabel('Henvisning').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(body.overview.parallel[0].cvr);
    await page.keyboard.press('Enter');
    await page.getByText(`Forslaget "${title}" er oprettet.`).waitFor();
    await settle(page);
    assert.equal(await page.getByLabel('Titel').inputValue(), '', 'the form is emptied for the next one');
    const created = card(page, title);
    await created.waitFor();
    assert.ok(await created.getByText('Ny', { exact: true }).isVisible());
    assert.ok(await created.getByText('Tre enheder på tolv dage i november.').isVisible());
  });

  it('changes the status with a note, and keeps the history', async () => {
    const created = card(page, title);
    await created.getByRole('button', { name: `Skift status for "${title}"` }).click();
    await created.getByLabel('Ny status').selectOption('under-behandling');
    await created.getByLabel('Note').fill('Tages op på koordinatormødet');
    await created.getByRole('button', { name: 'Gem status' }).click();
    await page.getByText(`"${title}" har nu status under behandling.`).waitFor();
    await settle(page);
    await card(page, title).getByText('Under behandling', { exact: true }).waitFor();
    await card(page, title).getByRole('button', { name: 'Historik (2)' }).click();
    const history = card(page, title).getByRole('list', { name: `Historik for "${title}"` }).locator('li');
    assert.equal(await history.count(), 2);
    assert.match((await history.nth(1).textContent()) ?? '', /Mette Kjærgaard: Ny → Under behandling – »Tages op på koordinatormødet«/);
    await screenshot(page, 'proposals-history');
    await assertAccessible(page, 'proposals with history open');
  });

  it('says who changed it when another coordinator got there first', async () => {
    const { body } = await api.get<ProposalListResponse>('/proposals');
    const mine = body.proposals.find((p) => p.title === title) as ProposalView;
    await card(page, title).getByRole('button', { name: `Skift status for "${title}"` }).click();
    // Meanwhile, in another tab: decided.
    const other = await api.post<ProposalView>(`/proposals/${mine.id}/status`, { status: 'besluttet', note: null, etag: mine.etag });
    assert.equal(other.status, 200);
    await card(page, title).getByLabel('Ny status').selectOption('afvist');
    await card(page, title).getByLabel('Note').fill('Ikke nødvendigt');
    await card(page, title).getByRole('button', { name: 'Gem status' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'har ændret forslaget i mellemtiden' });
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /status er nu "Besluttet"/);
    await card(page, title).getByText('Besluttet', { exact: true }).waitFor();
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Forslag');
    await screenshot(page, 'proposals-conflict');
  });

  it('filters by status: open by default, the rest on request', async () => {
    const created = card(page, title);
    await created.getByRole('button', { name: `Skift status for "${title}"` }).click();
    await created.getByLabel('Ny status').selectOption('afvist');
    await created.getByRole('button', { name: 'Gem status' }).click();
    await created.getByText('Skriv, hvorfor forslaget afvises.').waitFor();
    await created.getByLabel('Note').fill('Enhederne har allerede en aftale');
    await created.getByRole('button', { name: 'Gem status' }).click();
    await page.getByText(`"${title}" har nu status afvist.`).waitFor();
    await settle(page);
    assert.equal(await card(page, title).count(), 0, 'a rejected proposal leaves the open list');
    await page.getByLabel('Vis forslag', { exact: true }).selectOption('afvist');
    await settle(page);
    await card(page, title).waitFor();
    await page.getByLabel('Vis forslag', { exact: true }).selectOption('all');
    await settle(page);
    assert.equal(await card(page, title).count(), 1);
    await screenshot(page, 'proposals-all', { fullPage: true });
    await assertAccessible(page, 'proposals (all)');
  });
});

describe('tab in Chromium: proposals log (staff)', function () {
  const suite = useBrowser();
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    const api = await apiAs(suite.target, coordinatorOf(suite.target));
    const created = await api.post<ProposalView>('/proposals', {
      title: 'Ring før besøg', text: 'Enhederne ringer, før de besøger en virksomhed.', evidence: { kind: 'other' },
    });
    assert.equal(created.status, 200);
    ({ context, page } = await newPage(suite.browser));
    await openAs(page, suite.target, staffOf(suite.target), { hash: '#/forslag' });
  });

  after(async () => {
    await context?.close();
  });

  it('reads the log but cannot write or change it', async () => {
    assert.ok(await page.getByText('Forslagene skrives af erhvervskoordinatoren. Du kan følge dem her.').isVisible());
    assert.equal(await page.getByRole('heading', { name: 'Nyt forslag' }).count(), 0);
    await card(page, 'Ring før besøg').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Skift status/ }).count(), 0);
    await screenshot(page, 'proposals-staff');
    await assertAccessible(page, 'proposals (staff)');
  });
});
