import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ChannelsResponse, GeneratePlanResponse, SavedPlan } from '../../bot/contract/api.js';
import { assertAccessible } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowser } from './support/suite.js';
import { goTo, openAs } from './support/tab.js';
import { apiAs, coordinatorOf, type Api, type Target } from './support/target.js';
import type { TestApp } from '../support/testApp.js';

const COORDINATOR = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };

/** Teams tells the bot it was added to a team's channels with an installationUpdate; here two of them. */
async function installInTwoChannels(app: TestApp): Promise<void> {
  for (const channel of [{ id: '19:generelt@thread.tacv2', name: 'Generelt' }, { id: '19:koordinering@thread.tacv2', name: 'Koordinering' }]) {
    const status = await app.client.activity({ type: 'installationUpdate', action: 'add' }, { conversationType: 'channel', conversationId: channel.id, channel, from: COORDINATOR });
    if (status >= 300) throw new Error(`installationUpdate in ${channel.name}: ${status}`);
  }
}

describe('tab in Chromium: settings – the channel for the weekly overview and shared plans', function () {
  const suite = useBrowser({ prepare: installInTwoChannels });
  let target: Target;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: Api;
  let channels: ChannelsResponse;

  before(async () => {
    ({ target, browser } = suite);
    api = await apiAs(target, coordinatorOf(target));
    channels = (await api.get<ChannelsResponse>('/channels')).body;
    ({ context, page } = await newPage(browser));
    await openAs(page, target, coordinatorOf(target));
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
  });

  after(async () => {
    await context?.close();
  });

  /** What the bot posted to a conversation, as JSON text; nothing when the target is a server started elsewhere. */
  const postedTo = (conversationId: string): string[] =>
    (target.app?.capture.for(conversationId) ?? []).map((r) => JSON.stringify(r.activity));

  it('shows the service status in Danish, accessibly', async () => {
    const status = page.getByRole('heading', { name: 'Driftsstatus' });
    await status.waitFor();
    await page.getByText(/^(Alt er i orden\.|Noget kræver opmærksomhed)/).waitFor();
    await page.getByText(/^Lageret svarer \(\d+ ms\)\.$/).waitFor();
    await page.getByText(/^Kontakterne er opdateret /).waitFor();
    await page.getByRole('button', { name: 'Tjek igen' }).click();
    await assertAccessible(page, 'settings-readiness');
  });

  it('shows the server\'s refusal when no channel is chosen yet', async function () {
    if (channels.target) this.skip();
    await page.getByText('Der er ikke valgt nogen kanal endnu.').waitFor();
    await page.getByRole('button', { name: 'Send ugens overblik nu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Vælg først en kanal' }).waitFor();
  });

  it('chooses a channel and posts this week\'s overview there', async function () {
    if (channels.channels.length === 0) {
      await page.getByText(/ikke installeret i nogen kanal/).waitFor();
      this.skip();
    }
    const pick = channels.channels[channels.channels.length - 1];
    await page.getByLabel('Kanal til ugens overblik og delte planer').selectOption(pick.conversationId);
    await page.getByRole('button', { name: 'Gem kanal' }).click();
    await page.getByText(`Ugens overblik og delte planer sendes nu til ${pick.label}.`).waitFor();
    await page.getByText(new RegExp(`^Valgt nu: ${pick.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).waitFor();
    await page.getByRole('button', { name: 'Send ugens overblik nu' }).click();
    await page.getByText(/Ugens overblik er sendt \(uge \d+, \d{4}\)\./).waitFor();
    // The service status reports the weekly job, which a post by hand does not show to be running, and says so.
    await page.getByText(/^(Seneste automatiske ugeoverblik: uge \d+, \d{4}, sendt |Der er ikke sendt noget automatisk ugeoverblik endnu\.)/).waitFor();
    assert.ok(postedTo(pick.conversationId).some((c) => /Ugens overblik/.test(c)), 'the overview card reached the chosen channel');
    await screenshot(page, 'settings');
    await assertAccessible(page, 'settings');
  });

  it('shares a saved plan in the channel', async function () {
    if (channels.channels.length === 0) this.skip();
    const { body: suggestion } = await api.post<GeneratePlanResponse>('/plans/generate', { size: 5 });
    const note = `Browsertest deling ${Date.now()}`;
    const { status } = await api.post<SavedPlan>('/plans', { items: suggestion.items, note });
    assert.equal(status, 200);
    await goTo(page, '#/plan');
    const row = page.locator('tr', { hasText: note });
    await row.getByRole('button', { name: /^Del i kanal: plan gemt / }).click();
    await row.getByText('Planen er delt i kanalen.').waitFor();
    const chosen = (await api.get<ChannelsResponse>('/channels')).body.target;
    assert.ok(chosen && postedTo(chosen.conversationId).some((c) => c.includes('Plan for virksomhedskontakt')), 'the plan card reached the channel');
  });
});
