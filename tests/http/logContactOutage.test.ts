import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startAzurite, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardTexts } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { repoRoot } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const COMPANY = testCompany({ cvr: validCvr(301), name: 'Ørsted Entreprenør ApS' });
const FORM = { date: '2026-11-27', unit: 'unge', channel: 'moede', purpose: 'ungepraktik', outcome: 'Praktikplads aftalt' };
const BURST = 40;

describe('Storage stops in the middle of a burst of submits', function () {
  this.timeout(120_000);
  const location = mkdtempSync(path.join(os.tmpdir(), 'ek-outage-'));
  let port: number;
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    port = await freePort();
    azurite = await startAzurite({ port, location, root: repoRoot });
    t = await startTestApp(azurite, { deps: { writeTimeoutMs: 3000 }, seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined) });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  it('confirms only what storage holds, and a retry of the rest stores each once', async () => {
    const cards = [];
    for (let i = 0; i < BURST; i++) {
      const res = await t.client.execute('logContact.open', { cvr: COMPANY.cvr });
      cards.push((res.body.value as { actions: { verb: string; data: Record<string, string> }[] }).actions.find((a) => a.verb === 'logContact.submit')!.data);
    }
    let answered = 0;
    let stopping: Promise<void> | null = null;
    const results = await Promise.all(cards.map(async (ids, i) => {
      await new Promise((r) => setTimeout(r, i * 15));
      const res = await t.client.execute('logContact.submit', { ...ids, ...FORM, note: `nr. ${i}` });
      if (++answered === 8) stopping = azurite.stop();
      return { ids, text: cardTexts(res.body.value).join('\n') };
    }));
    await stopping;
    const confirmed = results.filter((r) => /Kontakten (er|var allerede) gemt/.test(r.text));
    const notSaved = results.filter((r) => /blev IKKE gemt/.test(r.text));
    assert.equal(confirmed.length + notSaved.length, BURST, 'every submit got one of the two answers');
    assert.ok(confirmed.length >= 8 && notSaved.length > 0, `confirmed ${confirmed.length}, not saved ${notSaved.length}`);
    assert.ok(t.logs.some((l) => /"msg":"contact not saved/i.test(l) && /"level":"error"/.test(l)), 'a contact answered "not saved" is logged for the operator');

    azurite = await startAzurite({ port, location, root: repoRoot });
    const stored = new Set((await t.stores.history.read(COMPANY.cvr)).contacts.map((c) => c.id));
    for (const r of confirmed) assert.ok(stored.has(r.ids.contactId), `confirmed contact ${r.ids.contactId} is in storage`);

    for (const r of notSaved) {
      const res = await t.client.execute('logContact.submit', { ...r.ids, ...FORM, note: 'igen' });
      assert.match(cardTexts(res.body.value).join('\n'), /Kontakten (er|var allerede) gemt/);
    }
    const after = (await t.stores.history.read(COMPANY.cvr)).contacts;
    assert.equal(after.length, BURST, 'each contact stored exactly once');
  });
});
