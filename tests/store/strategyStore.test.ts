import assert from 'node:assert/strict';
import { describeChanges, initialStrategy, type ContactOwner, type ContactStrategy } from '../../bot/domain/strategy/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { StrategyVersionTaken } from '../../bot/store/strategyStore.js';
import { validCvr } from '../support/companies.js';
import { freshStores, startTestAzurite } from '../support/storage.js';

const saved = (s: ContactStrategy, version: number, savedBy: string): ContactStrategy & { savedAt: string; savedBy: string } =>
  ({ ...s, version, savedAt: `2026-11-${String(version).padStart(2, '0')}T10:00:00.000Z`, savedBy });

describe('StrategyStore on Azurite', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let stores: Stores;
  before(async () => {
    azurite = await startTestAzurite();
    stores = await freshStores(azurite);
  });
  after(async () => azurite?.stop());

  it('keeps every version, reads the newest as one row, and lets only one save take a version', async () => {
    assert.equal(await stores.strategy.latest(), null);
    const v0 = initialStrategy(30);
    const v1 = saved({ ...v0, silenceMonths: 9, note: 'Kortere stilhed' }, 1, 'Mette Kjærgaard');
    await stores.strategy.insert(v1, describeChanges(v0, v1));
    const v2 = saved({ ...v1, windows: { overallDays: 21, pairs: [] }, note: null }, 2, 'Mette Kjærgaard');
    await stores.strategy.insert(v2, describeChanges(v1, v2));
    // A second coordinator who also started from version 1 loses the race for version 2.
    await assert.rejects(stores.strategy.insert(saved({ ...v1, silenceMonths: 24 }, 2, 'Anden'), []), StrategyVersionTaken);
    assert.deepEqual(await stores.strategy.latest(), v2);
    assert.deepEqual(await stores.strategy.version(1), v1);
    assert.equal(await stores.strategy.version(7), null);
    const history = await stores.strategy.history();
    assert.deepEqual(history.map((h) => [h.version, h.savedBy, h.note, h.changes, h.moreChanges]), [
      [2, 'Mette Kjærgaard', null, [{ kind: 'overallWindow', from: 30, to: 21 }], 0],
      [1, 'Mette Kjærgaard', 'Kortere stilhed', [{ kind: 'silenceMonths', from: 12, to: 9 }], 0],
    ]);
  });

  it('stores a strategy with a thousand owners, listing the first changes and counting the rest', async () => {
    const own = await freshStores(azurite);
    const v0 = initialStrategy(30);
    const owners: ContactOwner[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `o${i}`, target: { kind: 'company', cvr: validCvr(i) }, unit: 'erhverv', person: `Medarbejder nummer ${i} i Erhverv`,
      note: 'Aftal altid kontakt med den kontaktansvarlige først; virksomheden har bedt om én indgang til kommunen. '.repeat(3),
    }));
    const v1 = saved({ ...v0, owners }, 1, 'Mette Kjærgaard');
    await own.strategy.insert(v1, describeChanges(v0, v1));
    assert.deepEqual((await own.strategy.latest())?.owners, owners);
    const [h] = await own.strategy.history();
    assert.ok(h.changes.length > 0 && h.changes.length < 1000);
    assert.equal(h.changes.length + h.moreChanges, 1000);
  });
});
