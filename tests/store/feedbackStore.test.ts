import assert from 'node:assert/strict';
import { newEventId } from '../../bot/domain/contactId.js';
import { pendingReview, type FeedbackLink, type FeedbackResponse } from '../../bot/domain/feedback.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { FeedbackStore } from '../../bot/store/feedbackStore.js';
import type { Stores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { freshStores, startTestAzurite } from '../support/storage.js';

const AT = Date.parse('2026-11-30T10:00:00Z');

function link(cvr: string, over: Partial<FeedbackLink> = {}): FeedbackLink {
  return {
    id: newEventId(AT), cvr, createdAt: '2026-11-30T10:00:00.000Z', createdBy: 'Mette Kjærgaard', createdById: 'u1',
    expiresAt: '2026-12-30T10:00:00.000Z', contactId: null, unit: null, purpose: null, contactName: 'Anne Holm', status: 'open', answeredAt: null, ...over,
  };
}

function answerTo(l: FeedbackLink, over: Partial<FeedbackResponse> = {}): FeedbackResponse {
  const wish = over.wish ?? 'same';
  return {
    id: newEventId(AT + 1000), cvr: l.cvr, linkId: l.id, receivedAt: '2026-11-30T10:00:01.000Z', date: '2026-11-30', unit: null, purpose: null,
    rating: 4, recommend: 8, comment: 'Fint', wish, review: pendingReview(wish), ...over,
  };
}

describe('Feedback links and answers on Azurite', function () {
  this.timeout(30_000);
  let azurite: RunningAzurite;
  let stores: Stores;
  const cvr = validCvr(41);

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite?.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite); });

  it('makes one signing key on first use, the same for instances that start together, and no other', async () => {
    // Two instances with their own clients and their own random secrets race for the first key.
    const other = new FeedbackStore(stores.tables.FeedbackLinks, stores.tables.Feedback, () => Buffer.alloc(32, 7));
    const mine = new FeedbackStore(stores.tables.FeedbackLinks, stores.tables.Feedback, () => Buffer.alloc(32, 9));
    const [a, b] = await Promise.all([mine.keyRing(), other.keyRing()]);
    assert.equal(a.active.kid, 'k1');
    assert.deepEqual(a.active.secret, b.active.secret, 'both sign with the key that landed');
    assert.deepEqual(b.find('k1'), a.active.secret);
    assert.equal(b.find('k2'), null);
    const rows = [];
    for await (const e of stores.tables.FeedbackLinks.listEntities({ queryOptions: { filter: "PartitionKey eq 'keys'" } })) rows.push(e);
    assert.equal(rows.length, 1);
    const later = new FeedbackStore(stores.tables.FeedbackLinks, stores.tables.Feedback);
    assert.deepEqual((await later.keyRing()).active.secret, a.active.secret, 'a later start reads it');
    assert.equal((await later.keyRing()).active.secret.length, 32);
  });

  it('stores a link once by its id', async () => {
    const l = link(cvr);
    assert.equal(await stores.feedback.createLink(l), true);
    assert.equal(await stores.feedback.createLink({ ...l, contactName: 'Someone else' }), false);
    assert.equal((await stores.feedback.getLink(cvr, l.id))?.value.contactName, 'Anne Holm');
  });

  it('takes one answer per link, also when two arrive together', async () => {
    const l = link(cvr);
    await stores.feedback.createLink(l);
    const read = (await stores.feedback.getLink(cvr, l.id))!;
    const outcomes = await Promise.all([
      stores.feedback.answer(read, answerTo(l, { comment: 'Første' })),
      stores.feedback.answer(read, answerTo(l, { comment: 'Anden', id: newEventId(AT + 2000) })),
    ]);
    assert.deepEqual([...outcomes].sort(), ['stored', 'used']);
    const { links, responses } = await stores.feedback.forCompany(cvr);
    assert.equal(responses.length, 1);
    assert.equal(links[0].status, 'answered');
    assert.equal(links[0].answeredAt, '2026-11-30T10:00:01.000Z');
    const again = await stores.feedback.answer((await stores.feedback.getLink(cvr, l.id))!, answerTo(l, { id: newEventId(AT + 3000) }));
    assert.equal(again, 'used', 'a fresh read of an answered link does not help: the answer row exists');
    assert.equal((await stores.feedback.forCompany(cvr)).responses.length, 1);
  });

  it('lists pending wishes across companies from the copy, and guards a review by its ETag', async () => {
    const [l1, l2, l3] = [link(cvr), link(validCvr(42)), link(validCvr(43))];
    for (const l of [l1, l2, l3]) await stores.feedback.createLink(l);
    await stores.feedback.answer((await stores.feedback.getLink(l1.cvr, l1.id))!, answerTo(l1, { wish: 'none' }));
    await stores.feedback.answer((await stores.feedback.getLink(l2.cvr, l2.id))!, answerTo(l2, { wish: 'fewer' }));
    await stores.feedback.answer((await stores.feedback.getLink(l3.cvr, l3.id))!, answerTo(l3, { wish: 'same' }));
    assert.deepEqual((await stores.feedback.pending()).map((r) => r.cvr).sort(), [l1.cvr, l2.cvr].sort());

    const read = (await stores.feedback.getResponse(l1.cvr, l1.id))!;
    const decided = { state: 'dismissed' as const, decidedAt: '2026-12-01T09:00:00.000Z', decidedBy: 'Mette Kjærgaard', reason: 'Talt med dem', optOutId: null };
    assert.equal(await stores.feedback.updateReview(read, decided), true);
    assert.equal(await stores.feedback.updateReview(read, { ...decided, state: 'confirmed' }), false, 'a second decision on the same read loses');
    assert.deepEqual((await stores.feedback.getResponse(l1.cvr, l1.id))?.value.review, decided);
    assert.deepEqual((await stores.feedback.pending()).map((r) => r.cvr), [l2.cvr]);
  });
});
