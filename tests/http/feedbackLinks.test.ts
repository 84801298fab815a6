import assert from 'node:assert/strict';
import type {
  QualityResponse,
  CompanyFeedbackListResponse, ConfirmPendingOptOutResponse, CreatedFeedbackLink, FeedbackLinkListResponse, FeedbackResponse, PendingOptOutListResponse,
} from '../../bot/contract/api.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { RateLimiter } from '../../bot/util/rateLimiter.js';
import { cardOf, cardTexts, containersWithStyle } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const START = Date.parse('2026-11-30T10:00:00Z');
const SMEDIE = testCompany({ cvr: validCvr(601), name: 'Ørum Smedie ApS' });
const KRO = testCompany({ cvr: validCvr(602), name: 'Gjerrild Kro' });
const BAGER = testCompany({ cvr: validCvr(603), name: 'Vivild Bageri' });
const FORM = 'application/x-www-form-urlencoded';

type Api = Awaited<ReturnType<typeof localTabApi>>;

describe('Feedback links: the public page, the tab API and the pending opt-out', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let coordinator: Api;
  let staff: Api;
  // The server's clock; each reading moves a millisecond so ids and audit entries keep their order.
  let clock = START;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      now: () => new Date(clock++),
      seed: (s) => s.companies.upsertMany([SMEDIE, KRO, BAGER]).then(() => undefined),
      // Generous: these tests make many requests from one address; the limit has its own test below.
      deps: { feedbackLimiter: new RateLimiter({ capacity: 10_000, perMinute: 10_000, maxClients: 10, now: Date.now }) },
    });
    coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    staff = await localTabApi(t.baseUrl, 'Lars Bækgaard');
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  /** A fresh link from the coordinator; returns the public page's path on the test server. */
  async function newLink(cvr = SMEDIE.cvr, extra: Record<string, unknown> = {}): Promise<{ path: string; created: CreatedFeedbackLink }> {
    const res = await coordinator.post<CreatedFeedbackLink>('/feedback/links', { cvr, ...extra });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.url.startsWith('https://erhverv.example/feedback/'), res.body.url);
    return { path: new URL(res.body.url).pathname, created: res.body };
  }

  const page = (path: string) => fetch(`${t.baseUrl}${path}`);
  const post = (path: string, body: string | Uint8Array | ReadableStream, type: string | null = FORM) => fetch(`${t.baseUrl}${path}`, {
    method: 'POST', body, headers: type ? { 'Content-Type': type } : {}, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const answers = async (cvr: string) => (await t.stores.feedback.forCompany(cvr)).responses;

  it('shows the form in Danish with a strict security policy, and the link to coordinators only', async () => {
    const { path, created } = await newLink(SMEDIE.cvr, { contactName: 'Anne Holm', days: 14 });
    assert.equal(created.link.state, 'open');
    assert.equal(created.link.expiresAt, new Date(START + 14 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '.000Z'));
    const res = await page(path);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html lang="da">/);
    assert.match(html, /Ørum Smedie ApS/);
    assert.doesNotMatch(html, /Anne Holm/, 'the contact person\'s name stays with staff');
    assert.doesNotMatch(html, /<script|https?:\/\/(?!erhverv)/, 'no script and no external address');
    for (const name of ['rating', 'recommend', 'comment', 'wish']) assert.match(html, new RegExp(`name="${name}"`));
    assert.match(html, /1 – meget utilfreds/);
    assert.match(html, /5 – meget tilfreds/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.match(csp, /form-action 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');

    const links = await coordinator.get<FeedbackLinkListResponse>(`/feedback/links?cvr=${SMEDIE.cvr}`);
    assert.equal(links.body.links.find((l) => l.id === created.link.id)?.contactName, 'Anne Holm');
    assert.equal((await staff.get('/feedback/links?cvr=' + SMEDIE.cvr)).status, 403);
    assert.equal((await staff.post('/feedback/links', { cvr: SMEDIE.cvr })).status, 403);
    const bad = await coordinator.post<{ fields: Record<string, string> }>('/feedback/links', { cvr: SMEDIE.cvr, days: 91 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.fields.days, /1 til 90 dage/);
    assert.equal((await coordinator.post('/feedback/links', { cvr: validCvr(699) })).status, 400, 'a company outside the register');
  });

  it('refuses a tampered link with a Danish page and stores nothing', async () => {
    const { path } = await newLink();
    const token = path.split('/').pop()!;
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    const res = await page(`/feedback/${flipped}`);
    assert.equal(res.status, 404);
    const html = await res.text();
    assert.match(html, /Linket virker ikke/);
    assert.match(html, /kontakt den medarbejder, der sendte jer linket/);
    assert.equal((await post(`/feedback/${flipped}`, 'rating=5')).status, 404);
    assert.equal((await page('/feedback/not-a-token')).status, 404);
    assert.equal((await answers(SMEDIE.cvr)).length, 0);
  });

  it('refuses an expired link, however it is asked', async () => {
    const { path } = await newLink(KRO.cvr, { days: 1 });
    clock += 86_400_000;
    try {
      const res = await page(path);
      assert.equal(res.status, 410);
      assert.match(await res.text(), /Linket er udløbet/);
      assert.equal((await post(path, 'rating=5')).status, 410);
      assert.equal((await answers(KRO.cvr)).length, 0);
      const links = await coordinator.get<FeedbackLinkListResponse>(`/feedback/links?cvr=${KRO.cvr}`);
      assert.equal(links.body.links[0].state, 'expired');
    } finally {
      clock -= 86_400_000;
    }
  });

  it('refuses anything but the form, and stores nothing while refusing', async () => {
    const { path, created } = await newLink(BAGER.cvr);
    const refusals: [string, Promise<Response>, number][] = [
      ['JSON', post(path, JSON.stringify({ rating: '5' }), 'application/json'), 415],
      ['text', post(path, 'rating=5', 'text/plain'), 415],
      ['no content type', post(path, new TextEncoder().encode('rating=5'), null), 415],
      ['multipart', post(path, '--x\r\nContent-Disposition: form-data; name="rating"\r\n\r\n5\r\n--x--', 'multipart/form-data; boundary=x'), 415],
      ['another charset', post(path, 'rating=5', `${FORM}; charset=iso-8859-1`), 415],
      ['unknown field', post(path, 'rating=5&admin=true', FORM), 400],
      ['a field twice', post(path, 'rating=5&rating=1', FORM), 400],
      ['broken encoding', post(path, 'rating=5&comment=%C3%28', FORM), 400],
      ['huge body', post(path, `rating=5&comment=${'x'.repeat(20_000)}`, FORM), 413],
      ['huge body without a length', post(path, new Blob([`rating=5&comment=${'x'.repeat(20_000)}`]).stream(), FORM), 413],
    ];
    for (const [what, reply, status] of refusals) {
      const res = await reply;
      assert.equal(res.status, status, what);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, what);
      assert.match(await res.text(), /lang="da"/, what);
    }
    assert.equal((await answers(BAGER.cvr)).length, 0);
    const link = await t.stores.feedback.getLink(BAGER.cvr, created.link.id);
    assert.equal(link?.value.status, 'open', 'the link is still unused');
  });

  it('re-shows the form with an error summary and what was typed, and stores nothing', async () => {
    const { path } = await newLink(BAGER.cvr);
    const res = await post(path, new URLSearchParams({ rating: '7', comment: 'Vi er <glade> for praktikanten 010203-1234', wish: 'fewer' }).toString());
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /<title>Fejl: /);
    assert.match(html, /class="summary" id="fejl" role="alert" tabindex="-1" autofocus/);
    assert.match(html, /<a href="#rating-1">Vælg en vurdering fra 1 til 5\.<\/a>/);
    assert.match(html, /<a href="#comment">Kommentaren ser ud til at indeholde et CPR-nummer/);
    assert.match(html, /Vi er &#60;glade&#62; for praktikanten 010203-1234<\/textarea>/, 'typed text kept, escaped');
    assert.match(html, /id="wish-fewer" name="wish" value="fewer" checked/);
    assert.match(html, /aria-describedby="comment-hint comment-fejl" aria-invalid="true"/);
    assert.equal((await answers(BAGER.cvr)).length, 0);
  });

  it('takes one answer per link: a second post, or two at once, store one', async () => {
    const { path, created } = await newLink(SMEDIE.cvr);
    const ok = await post(path, 'rating=4&recommend=8&comment=Hurtig+og+venlig+kontakt&wish=same');
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Tak for jeres svar/);
    const again = await post(path, 'rating=1&wish=none');
    assert.equal(again.status, 410);
    assert.match(await again.text(), /Linket er allerede brugt/);
    assert.equal((await page(path)).status, 410);
    const mine = (await answers(SMEDIE.cvr)).filter((r) => r.linkId === created.link.id);
    assert.deepEqual(mine.map((r) => [r.rating, r.recommend, r.comment, r.wish, r.review]), [[4, 8, 'Hurtig og venlig kontakt', 'same', null]]);

    const twin = await newLink(SMEDIE.cvr);
    const statuses = await Promise.all([post(twin.path, 'rating=5&wish=same'), post(twin.path, 'rating=2&wish=same')]).then((rs) => rs.map((r) => r.status));
    assert.deepEqual(statuses.sort(), [200, 410]);
    assert.equal((await answers(SMEDIE.cvr)).filter((r) => r.linkId === twin.created.link.id).length, 1);

    const listed = await staff.get<CompanyFeedbackListResponse>(`/feedback/responses?cvr=${SMEDIE.cvr}`);
    assert.equal(listed.status, 200, 'staff see the company\'s answers');
    assert.equal(listed.body.responses.length, 2);
  });

  it('counts the companies\' own answers on the quality page, with their comments', async () => {
    const q = await coordinator.get<QualityResponse>('/quality?from=2026-11-01&to=2026-11-30');
    assert.equal(q.status, 200, JSON.stringify(q.body));
    const mine = (await answers(SMEDIE.cvr)).length;
    assert.ok(mine >= 2);
    assert.ok(q.body.quality.counts.companyAnswers >= mine, 'answers through the public page reach the quality figures');
    assert.ok(q.body.quality.comments.some((c) => c.cvr === SMEDIE.cvr && c.comment === 'Hurtig og venlig kontakt'));
    assert.ok((q.body.quality.recommend?.count ?? 0) >= 1, 'the 0–10 answer counts in the recommend score');
  });

  it('turns "no contacts" into a pending opt-out the coordinator confirms, and the bot shows it at once', async () => {
    const { path } = await newLink(KRO.cvr);
    const res = await post(path, 'rating=2&comment=Vi+f%C3%A5r+for+mange+opkald&wish=none');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /I har bedt om ikke at blive kontaktet/);
    const before = await t.client.say(`har nogen kontaktet ${KRO.cvr}?`);
    assert.equal(containersWithStyle(cardOf(before[0]), 'attention').length, 0, 'pending is not an opt-out yet');

    const pending = await coordinator.get<PendingOptOutListResponse>('/feedback/pending');
    const item = pending.body.pending.find((p) => p.cvr === KRO.cvr);
    assert.ok(item, 'listed as pending');
    assert.deepEqual([item.companyName, item.wish, item.comment, item.review?.state], ['Gjerrild Kro', 'none', 'Vi får for mange opkald', 'pending']);
    assert.equal((await staff.get('/feedback/pending')).status, 403);
    const confirmPath = `/feedback/responses/${KRO.cvr}/${item.linkId}/confirm`;
    assert.equal((await staff.post(confirmPath, { scope: { kind: 'all' }, reason: 'x' })).status, 403, 'staff cannot confirm');
    assert.equal((await coordinator.post(confirmPath, { scope: { kind: 'all' }, reason: '' })).status, 400, 'a reason is needed');

    const confirmed = await coordinator.post<ConfirmPendingOptOutResponse>(confirmPath, { scope: { kind: 'all' }, reason: 'Vi får for mange opkald' });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.deepEqual([confirmed.body.optOut.source, confirmed.body.optOut.scope, confirmed.body.optOut.registeredBy], ['feedback-link', { kind: 'all' }, 'Mette Kjærgaard']);
    assert.deepEqual([confirmed.body.response.review?.state, confirmed.body.response.review?.decidedBy], ['confirmed', 'Mette Kjærgaard']);
    assert.equal((await coordinator.get<PendingOptOutListResponse>('/feedback/pending')).body.pending.some((p) => p.cvr === KRO.cvr), false);

    const after = await t.client.say(`har nogen kontaktet ${KRO.cvr}?`);
    const [banner] = containersWithStyle(cardOf(after[0]), 'attention');
    assert.ok(banner, 'the opt-out banner shows at once');
    assert.match(cardTexts(banner).join('\n'), /Virksomheden har frabedt sig kontakt[\s\S]*Vi får for mange opkald/);

    const twice = await coordinator.post<ConfirmPendingOptOutResponse>(confirmPath, { scope: { kind: 'all' }, reason: 'Igen' });
    assert.equal(twice.status, 200, 'a repeated confirmation is answered with what was stored');
    assert.equal(twice.body.optOut.reason, 'Vi får for mange opkald');
    const history = await t.stores.history.read(KRO.cvr);
    assert.equal(history.optOuts.length, 1, 'one opt-out');
    const dismissLate = await coordinator.post<{ message: string }>(`/feedback/responses/${KRO.cvr}/${item.linkId}/dismiss`, { reason: 'Fortrudt' });
    assert.equal(dismissLate.status, 409);
    assert.match(dismissLate.body.message, /allerede bekræftet af Mette Kjærgaard/);
    assert.deepEqual((await t.stores.history.audit(KRO.cvr)).map((a) => [a.action, a.actorName]), [['optOut.registered', 'Mette Kjærgaard']]);
  });

  it('lets the coordinator dismiss a wish for fewer contacts with a reason, which is kept', async () => {
    const { path } = await newLink(BAGER.cvr);
    assert.equal((await post(path, 'wish=fewer')).status, 200);
    const item = (await coordinator.get<PendingOptOutListResponse>('/feedback/pending')).body.pending.find((p) => p.cvr === BAGER.cvr)!;
    const dismissPath = `/feedback/responses/${BAGER.cvr}/${item.linkId}/dismiss`;
    assert.equal((await staff.post(dismissPath, { reason: 'x' })).status, 403);
    assert.equal((await coordinator.post(dismissPath, {})).status, 400);
    const dismissed = await coordinator.post<FeedbackResponse>(dismissPath, { reason: 'Aftalt med virksomheden: kun Erhverv ringer' });
    assert.equal(dismissed.status, 200);
    assert.deepEqual([dismissed.body.review?.state, dismissed.body.review?.decidedBy, dismissed.body.review?.reason], ['dismissed', 'Mette Kjærgaard', 'Aftalt med virksomheden: kun Erhverv ringer']);
    const late = await coordinator.post(`/feedback/responses/${BAGER.cvr}/${item.linkId}/confirm`, { scope: { kind: 'all' }, reason: 'x' });
    assert.equal(late.status, 409);
    assert.equal((await t.stores.history.read(BAGER.cvr)).optOuts.length, 0, 'no opt-out');
    assert.equal((await coordinator.post(`/feedback/responses/${BAGER.cvr}/zzzzzzzzzzzzzzzzzzz/confirm`, { scope: { kind: 'all' }, reason: 'x' })).status, 404);
  });
});

describe('Feedback links: the public page is rate-limited per address', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  const clock = { t: 0 };

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { deps: { feedbackLimiter: new RateLimiter({ capacity: 3, perMinute: 3, maxClients: 10, now: () => clock.t }) } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('answers 429 with Retry-After and a Danish page, then lets the address in again', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${t.baseUrl}/feedback/x.y`)).status);
    assert.deepEqual(statuses, [404, 404, 404]);
    const limited = await fetch(`${t.baseUrl}/feedback/x.y`, { method: 'POST', body: 'rating=5', headers: { 'Content-Type': FORM } });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '20');
    const html = await limited.text();
    assert.match(html, /For mange forsøg/);
    assert.match(html, /prøve igen om 20 sekunder/);
    clock.t += 20_000;
    assert.equal((await fetch(`${t.baseUrl}/feedback/x.y`)).status, 404, 'in again after the wait');
    assert.equal((await fetch(`${t.baseUrl}/healthz`)).status, 200, 'the limit is for the public page only');
  });
});
