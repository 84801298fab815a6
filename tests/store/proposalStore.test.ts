import assert from 'node:assert/strict';
import { changeStatus, newProposal, type Proposal } from '../../bot/domain/proposals.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { ProposalConflictError } from '../../bot/store/proposalStore.js';
import { freshStores, recordRequests, startTestAzurite } from '../support/storage.js';

const METTE = { id: 'u-mette', name: 'Mette Kjærgaard' };
const OLE = { id: 'u-ole', name: 'Ole Brandt' };

function proposal(id: string, createdAt: string): Proposal {
  return newProposal({
    title: 'Én indgang til Grenaa Maskinstation', text: 'Jobcentret og Ungeindsatsen aftaler, hvem der ringer.',
    evidence: { kind: 'parallelHotspot', reference: '13748136', summary: 'Tre enheder på 12 dage i november.' },
  }, id, new Date(createdAt), METTE);
}

function moved(p: Proposal, to: string, by = OLE, note: string | null = null): Proposal {
  const r = changeStatus(p, to, note, new Date('2026-12-01T10:00:00Z'), by);
  assert.ok(r.ok);
  return r.value;
}

describe('Proposals log on Azurite', function () {
  let azurite: RunningAzurite;
  let stores: Stores;

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite); });

  it('stores a proposal with its evidence and history, and lists the log with one partition query', async () => {
    const a = proposal('a1', '2026-11-30T09:00:00Z');
    const b = { ...proposal('b2', '2026-12-01T09:00:00Z'), evidence: { kind: 'other' as const, reference: null, summary: null } };
    await stores.proposals.create(a);
    await stores.proposals.create(b);
    assert.deepEqual((await stores.proposals.get('a1'))?.proposal, a);
    const seen = recordRequests(stores.tables.Proposals);
    const listed = await stores.proposals.list();
    assert.equal(seen.length, 1);
    assert.equal(seen[0].filter, "PartitionKey eq 'proposals'");
    assert.deepEqual(listed.map((s) => s.proposal), [a, b]);
    assert.ok(listed.every((s) => s.etag !== ''));
    assert.equal(await stores.proposals.get('nope'), null);
  });

  it('changes the status only against the ETag it was read with: the second of two coordinators gets a conflict', async () => {
    const created = await stores.proposals.create(proposal('c3', '2026-11-30T09:00:00Z'));
    const [mette, ole] = [await stores.proposals.get('c3'), await stores.proposals.get('c3')];
    assert.ok(mette && ole);
    assert.equal(mette.etag, created.etag);

    const first = await stores.proposals.replace(moved(mette.proposal, 'besluttet', METTE), mette.etag);
    assert.notEqual(first.etag, mette.etag);
    await assert.rejects(stores.proposals.replace(moved(ole.proposal, 'afvist', OLE, 'Ikke nødvendigt'), ole.etag), (e: unknown) => {
      assert.ok(e instanceof ProposalConflictError);
      assert.equal(e.current?.proposal.status, 'besluttet');
      assert.equal(e.current?.etag, first.etag);
      return true;
    });
    const stored = await stores.proposals.get('c3');
    assert.equal(stored?.proposal.status, 'besluttet', 'the first change stands');
    assert.deepEqual(stored?.proposal.history.map((h) => [h.to, h.by.name]), [['ny', 'Mette Kjærgaard'], ['besluttet', 'Mette Kjærgaard']]);

    // With the fresh ETag the change goes through.
    const retried = await stores.proposals.replace(moved(stored.proposal, 'gennemfoert'), stored.etag);
    assert.equal(retried.proposal.status, 'gennemfoert');
  });
});
