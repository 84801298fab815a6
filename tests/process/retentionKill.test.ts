import assert from 'node:assert/strict';
import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { ContactReadModel } from '../../bot/services/contactReadModel.js';
import { RetentionService } from '../../bot/services/retentionService.js';
import type { Stores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { cleanEnv, spawnNode, waitFor } from '../support/processes.js';
import { freshStores, startTestAzurite, tablePrefixOf } from '../support/storage.js';

const DAY = 86_400_000;
const EXPIRED = 6000;
const KEPT = 300;

function contact(i: number, daysAgo: number): Contact {
  const at = Date.now() - daysAgo * DAY;
  return {
    id: newEventId(at), cvr: validCvr(2000 + (i % 200)), unit: 'jobcenter', staffName: 'Pia Mølgaard', staffId: null,
    // A contact's date is its Copenhagen day, as logged: the UTC date is a day behind from midnight to 1 (2 in summer).
    date: copenhagenDay(new Date(at)), channel: 'telefon', purpose: 'rekruttering', outcome: null, followUpDate: null,
    note: `note ${i}`, rating: null, createdAt: new Date(at).toISOString(), createdBy: 'Pia Mølgaard',
  };
}

async function countContacts(stores: Stores): Promise<{ history: number; journal: number }> {
  let history = 0;
  let journal = 0;
  for await (const e of stores.tables.CompanyHistory.listEntities()) if (e.rowKey?.startsWith('c_')) history++;
  for await (const page of stores.tables.ContactJournal.listEntities().byPage()) journal += page.length;
  return { history, journal };
}

describe('The retention job survives kill -9 mid-run', function () {
  this.timeout(300_000);
  let azurite: RunningAzurite;

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite?.stop(); });

  it('is continued by another instance once the run is stale, deletes everything past its period exactly once, and a rerun is a no-op', async () => {
    const stores = await freshStores(azurite);
    const contacts = [
      ...Array.from({ length: EXPIRED }, (_, i) => contact(i, 5 * 365 + 2 + (i % 300))),
      ...Array.from({ length: KEPT }, (_, i) => contact(EXPIRED + i, 5 * 365 - 1)),
    ];
    await stores.history.upsertContacts(contacts);
    await stores.journal.upsertMany(contacts);
    const day = copenhagenDay(new Date());

    const worker = spawnNode('tests/process/retentionWorker.js', [], cleanEnv({ STORAGE: azurite.connectionString, PREFIX: tablePrefixOf(stores) }));
    // Killed in the middle of a page of contacts, after an earlier page was counted and after some of this page's
    // rows were deleted: the worker is stopped (SIGSTOP) when the checkpoint shows a page begun, its requests already
    // sent are let land, and if the page is still open and has lost rows it is killed (kill -9), else let go on.
    const atKill = await waitFor(async () => {
      const run = await stores.retention.run(day);
      if (!run?.pending || run.pending.countKey !== 'contacts' || (run.counts.contacts ?? 0) === 0) return undefined;
      worker.child.kill('SIGSTOP');
      await new Promise((r) => setTimeout(r, 500));
      const still = await stores.retention.run(day);
      const gone = EXPIRED + KEPT - (await countContacts(stores)).history;
      if (still?.pending && gone > (still.counts.contacts ?? 0)) return { run: still, gone };
      worker.child.kill('SIGCONT');
      return undefined;
    }, 120_000, 'a page of contacts begun, after a counted one, with rows deleted but not yet counted');
    worker.child.kill('SIGKILL');
    await worker.exited;
    assert.equal(atKill.run.state, 'running');
    assert.ok(!atKill.run.done.includes('contacts'), 'killed before the contacts were done');
    const mid = await countContacts(stores);
    assert.ok(mid.history > KEPT, `some expired contacts were left at the kill (${mid.history})`);
    assert.equal(EXPIRED + KEPT - mid.history, atKill.gone);

    const now = () => new Date();
    const other = new RetentionService({ stores, readModel: new ContactReadModel(stores.journal, now), now, instanceId: 'survivor', staleMs: 0 });
    const outcome = await other.runToday();
    assert.equal(outcome.kind, 'done');
    assert.deepEqual(await countContacts(stores), { history: KEPT, journal: KEPT });
    const audit = await stores.privacyAudit.list('retention');
    assert.equal(audit.length, 1);
    // Exact: the rows the killed run deleted in its unfinished page are counted by the run that continued it.
    assert.equal(audit[0].counts.contacts, EXPIRED, JSON.stringify(audit[0].counts));
    assert.deepEqual(Object.entries(audit[0].counts).filter(([, n]) => n > 0).sort(), [['contacts', EXPIRED], ['contacts.journal', EXPIRED]]);
    assert.equal((await other.runToday()).kind, 'alreadyDone');
    // Idempotent even when forced to run again: nothing more to delete.
    const again = new RetentionService({ stores, readModel: new ContactReadModel(stores.journal, now), now: () => new Date(Date.now() + DAY), instanceId: 'next-day' });
    const next = await again.runToday();
    assert.equal(next.kind, 'done');
    assert.equal(next.kind === 'done' ? next.counts.contacts ?? 0 : -1, 0);
    assert.deepEqual(await countContacts(stores), { history: KEPT, journal: KEPT });
  });
});
