import assert from 'node:assert/strict';
import { NOTE_MAX, validateContactForm, validateOptOutForm } from '../../bot/domain/contactForm.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';

const ctx = { today: '2026-11-30', units: DEFAULT_UNITS };
const good = { cvr: '13748136', date: '2026-11-30', unit: 'jobcenter', channel: 'telefon', purpose: 'loentilskud', outcome: 'Aftale', note: 'Ring igen i januar', rating: '4' };

describe('the log-contact form, validated on the server', () => {
  it('accepts a complete form and types it', () => {
    const r = validateContactForm(good, ctx);
    assert.deepEqual(r, { ok: true, value: {
      cvr: '13748136', companyQuery: null, date: '2026-11-30', unit: 'jobcenter', channel: 'telefon', purpose: 'loentilskud',
      outcome: 'Aftale', followUpDate: null, note: 'Ring igen i januar', rating: 4, optOut: null,
    } });
  });

  it('takes a company name to resolve when no CVR was chosen', () => {
    const r = validateContactForm({ ...good, cvr: undefined, company: '  Grenaa Maskinstation ' }, ctx);
    assert.ok(r.ok && r.value.companyQuery === 'Grenaa Maskinstation' && r.value.cvr === null);
  });

  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    ['no company', { cvr: undefined }, { company: 'required' }],
    ['an invalid CVR', { cvr: '12345678' }, { company: 'invalid' }],
    ['a future date', { date: '2026-12-01' }, { date: 'future' }],
    ['an impossible date', { date: '2026-02-30' }, { date: 'invalid' }],
    ['a date years back', { date: '2020-01-01' }, { date: 'tooOld' }],
    ['an unknown unit', { unit: 'hacker' }, { unit: 'invalid' }],
    ['an unknown channel', { channel: 'fax' }, { channel: 'invalid' }],
    ['a purpose of another unit', { purpose: 'aaben-skole' }, { purpose: 'purposeNotForUnit' }],
    ['a missing purpose', { purpose: '' }, { purpose: 'required' }],
    ['a note over 1,000 characters', { note: 'x'.repeat(NOTE_MAX + 1) }, { note: 'tooLong' }],
    ['a CPR number in the note', { note: 'Eleven 010203-1234 starter' }, { note: 'cpr' }],
    ['a CPR number in the outcome', { outcome: '0102031234' }, { outcome: 'cpr' }],
    ['a follow-up before the contact', { date: '2026-11-20', followUpDate: '2026-11-10' }, { followUpDate: 'beforeContact' }],
    ['a rating of 6', { rating: '6' }, { rating: 'invalid' }],
    ['a number where text belongs', { unit: 42, note: { evil: true } }, { unit: 'invalid', note: 'invalid' }],
    ['an opt-out without a reason', { optOut: 'true' }, { optOutReason: 'required' }],
    ['an opt-out for chosen units without units', { optOut: 'true', optOutScope: 'units', optOutReason: 'Nej tak' }, { optOutUnits: 'noUnits' }],
  ];
  for (const [what, change, errors] of cases) {
    it(`refuses ${what}`, () => {
      const r = validateContactForm({ ...good, ...change }, ctx);
      assert.deepEqual(r, { ok: false, errors });
    });
  }

  it('allows a P-number named as such in the note', () => {
    assert.equal(validateContactForm({ ...good, note: 'Besøg på P-nr. 1012345678' }, ctx).ok, true);
  });

  it('reads an opt-out for chosen units', () => {
    const r = validateContactForm({ ...good, optOut: 'true', optOutScope: 'units', optOutUnits: 'skole,unge,skole', optOutReason: 'For mange henvendelser' }, ctx);
    assert.ok(r.ok);
    assert.deepEqual(r.value.optOut, { scope: { kind: 'units', units: ['skole', 'unge'] }, reason: 'For mange henvendelser' });
  });

  it('validates the opt-out card on its own', () => {
    assert.deepEqual(validateOptOutForm({ optOutScope: 'all', optOutReason: 'Ønsker ingen kontakt' }, DEFAULT_UNITS), { ok: true, value: { scope: { kind: 'all' }, reason: 'Ønsker ingen kontakt' } });
    assert.deepEqual(validateOptOutForm({ optOutScope: 'units', optOutUnits: 'nope', optOutReason: 'x' }, DEFAULT_UNITS), { ok: false, errors: { optOutUnits: 'invalid' } });
  });
});
