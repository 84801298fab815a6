import assert from 'node:assert/strict';
import { findCprNumbers } from '../../bot/domain/cprGuard.js';
import { validateContactForm, validateOptOutForm } from '../../bot/domain/contactForm.js';
import { validateFeedbackForm, validateLinkRequest } from '../../bot/domain/feedbackForm.js';
import { validateProposalDraft } from '../../bot/domain/proposals.js';
import { initialStrategy, validateStrategy } from '../../bot/domain/strategy/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/** Every look-alike of 120508-1234 the issue found passing, and the plain forms. */
export const CPR_FORMS: Record<string, string> = {
  'plain dash': '120508-1234',
  'ten digits': '1205081234',
  'en dash': '120508\u20131234',
  'non-breaking hyphen': '120508\u20111234',
  'minus sign': '120508\u22121234',
  'spaces around the dash': '120508 - 1234',
  'dotted date': '12.05.08-1234',
  'slash': '120508/1234',
  'full-width digits': '\uff11\uff12\uff10\uff15\uff10\uff18-\uff11\uff12\uff13\uff14',
  'zero-width space': '120508\u200b-1234',
  'zero-width inside the date': '1205\u200b081234',
  'underscore': '120508_1234',
  'non-breaking space': '120508\u00a01234',
  'space': '120508 1234',
};

const ALLOWED = ['P-nr. 1012345678 er værkstedet', 'CVR 12345678', 'cvr-nr. 29189838', 'Telefon 86 30 20 10', 'Møde 01.02.2026 kl. 10', 'p-nummer: 1012345678'];

const STRATEGY = initialStrategy(30);
const UNITS = STRATEGY.units;
const NAMING = { units: UNITS, purposes: STRATEGY.purposes };
const CONTACT = { date: '2026-11-28', unit: 'jobcenter', channel: 'telefon', purpose: 'virksomhedspraktik', outcome: 'Aftale', note: '', rating: '4', company: '12345678' };

/** Every free-text field validated in bot/domain: does the field refuse this text? */
const DOMAIN_FIELDS: Record<string, (text: string) => boolean> = {
  'contact note': (t) => !validateContactForm({ ...CONTACT, note: `Elev ${t}` }, { today: '2026-11-30', units: UNITS }).ok,
  'contact outcome': (t) => !validateContactForm({ ...CONTACT, outcome: `Elev ${t}` }, { today: '2026-11-30', units: UNITS }).ok,
  'opt-out reason': (t) => !validateOptOutForm({ optOutScope: 'all', optOutReason: `Ønsker ikke ${t}` }, UNITS).ok,
  'feedback page comment': (t) => !validateFeedbackForm({ rating: '4', recommend: '8', comment: `Praktikant ${t}` }).ok,
  'feedback link contact name': (t) => !validateLinkRequest({ days: 14, contactName: `Hans ${t}` }).ok,
  'proposal text': (t) => !validateProposalDraft({ title: 'Forslag', text: `Borger ${t}`, evidence: { kind: 'other', summary: 'Set i praksis' } }, NAMING).ok,
  'strategy unit name': (t) => !validateStrategy({ ...STRATEGY, units: UNITS.map((u, i) => (i === 0 ? { ...u, name: `Enhed ${t}` } : u)) }, STRATEGY, () => 'x').ok,
  'strategy unit short name': (t) => !validateStrategy({ ...STRATEGY, units: UNITS.map((u, i) => (i === 0 ? { ...u, shortName: t } : u)) }, STRATEGY, () => 'x').ok,
  'strategy note': (t) => !validateStrategy({ ...STRATEGY, note: `Ændret ${t}` }, STRATEGY, () => 'x').ok,
};

describe('security: one CPR guard over every look-alike (issue 13, item 2)', () => {
  for (const [form, text] of Object.entries(CPR_FORMS)) {
    it(`finds the ${form} form`, () => assert.equal(findCprNumbers(`Talte om ${text} i dag`).length, 1));
  }
  for (const text of ALLOWED) it(`allows "${text}"`, () => assert.deepEqual(findCprNumbers(text), []));

  for (const [field, refuses] of Object.entries(DOMAIN_FIELDS)) {
    it(`${field}: accepts ordinary text and refuses every form`, () => {
      assert.equal(refuses('P-nr. 1012345678'), false, `${field} accepts a P-number`);
      const passed = Object.entries(CPR_FORMS).filter(([, text]) => !refuses(text)).map(([form]) => form);
      assert.deepEqual(passed, [], `${field} let these forms through`);
    });
  }
});

describe('security: the CPR guard on the fields the tab API and the bot store (issue 13, item 2)', function () {
  this.timeout(180_000);
  const COMPANY = testCompany({ cvr: validCvr(311), name: 'Vivild Bageri' });
  let azurite: RunningAzurite;
  let t: TestApp;
  let optOutId = '';

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined) });
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const created = await api.post<{ id: string }>('/optouts', { cvr: COMPANY.cvr, scope: { kind: 'all' }, reason: 'Ringede selv' });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    optOutId = created.body.id;
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const planItem = { cvr: COMPANY.cvr, companyName: COMPANY.name, unit: 'jobcenter', person: 'Henrik', reasons: [], flags: [], score: 1 };
  const TAB_FIELDS: Record<string, (api: Awaited<ReturnType<typeof localTabApi>>, text: string) => Promise<number>> = {
    'tab: revoke reason': async (api, text) => (await api.post(`/optouts/${COMPANY.cvr}/${optOutId}/revoke`, { reason: `Fejl ${text}` })).status,
    'tab: plan note': async (api, text) => (await api.post('/plans', { items: [planItem], note: `Plan ${text}` })).status,
    'tab: plan item person': async (api, text) => (await api.post('/plans', { items: [{ ...planItem, person: `Hans ${text}` }] })).status,
    'tab: plan item company name': async (api, text) => (await api.post('/plans', { items: [{ ...planItem, companyName: `Bager ${text}` }] })).status,
  };

  for (const [field, send] of Object.entries(TAB_FIELDS)) {
    it(`${field}: every form is refused with 400 and nothing is stored`, async () => {
      const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
      const passed: string[] = [];
      for (const [form, text] of Object.entries(CPR_FORMS)) if ((await send(api, text)) !== 400) passed.push(form);
      assert.deepEqual(passed, []);
      assert.deepEqual((await t.stores.plans.list()).length, 0, 'no plan stored');
      assert.equal((await t.stores.history.getOptOut(COMPANY.cvr, optOutId))?.revokedAt, null, 'not revoked');
    });
  }

  it('bot: the revoke reason on the opt-out card refuses every form', async () => {
    const coordinator = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };
    for (const [form, text] of Object.entries(CPR_FORMS)) {
      const res = await t.client.execute('optOut.revoke', { cvr: COMPANY.cvr, optOutId, revokeReason: `Fejl ${text}` }, { from: coordinator });
      assert.match(JSON.stringify(res.body), /CPR/, form);
      assert.equal((await t.stores.history.getOptOut(COMPANY.cvr, optOutId))?.revokedAt, null, `${form}: not revoked`);
    }
    const ok = await t.client.execute('optOut.revoke', { cvr: COMPANY.cvr, optOutId, revokeReason: 'Ringede selv, P-nr. 1012345678' }, { from: coordinator });
    assert.doesNotMatch(JSON.stringify(ok.body), /CPR/);
    assert.notEqual((await t.stores.history.getOptOut(COMPANY.cvr, optOutId))?.revokedAt, null, 'an ordinary reason revokes');
  });
});
