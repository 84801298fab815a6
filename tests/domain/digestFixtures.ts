/**
 * A week of journal built to be counted by hand. The digest is for 2026-W49, so it reports on 2026-W48:
 * Monday 23 to Sunday 29 November 2026; made on Monday 30 November. Silence after 12 months.
 */
import { uniformWindows } from '../../bot/domain/strategy/index.js';
import type { Company } from '../../bot/domain/company.js';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import type { DigestInput, DigestPlan, DigestProposal } from '../../bot/domain/digest/index.js';
import type { PlanItem } from '../../bot/domain/planning/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { testCompany } from '../support/companies.js';

export function company(cvr: string, extra: Partial<Company> = {}): Company {
  return testCompany({ cvr, name: `Firma ${cvr.slice(-2)}`, ...extra });
}

export function contact(id: string, cvr: string, unit: string, date: string, extra: Partial<Contact> = {}): Contact {
  return {
    id, cvr, unit, staffName: `${unit}-person`, staffId: null, date, channel: 'telefon', purpose: 'andet', outcome: null,
    followUpDate: null, note: null, rating: null, createdAt: `${date}T10:00:00Z`, createdBy: 'x', ...extra,
  };
}

export function optOut(id: string, cvr: string, scope: OptOut['scope'], registeredAt: string, revokedAt: string | null = null): OptOut {
  return {
    id, cvr, pNumber: null, scope, reason: 'r', source: 'telefon', date: registeredAt.slice(0, 10), registeredAt, registeredBy: 'x',
    revokedAt, revokedBy: revokedAt ? 'y' : null, revokeReason: revokedAt ? 'z' : null,
  };
}

function item(cvr: string, unit: string): PlanItem {
  return {
    cvr, companyName: `Firma ${cvr.slice(-2)}`, unit, person: null, reasons: [{ code: 'neverContacted' }], score: 1,
    advertisingProtected: false, flags: [], optedOutUnits: [], section: null, area: null, employeeBand: null,
  };
}

export const companies: Company[] = [
  ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((n) => company(`100000${n}`)),
  company('20000001'), // S1: last contact 2025-11-22, silent from Monday 23 November 2026
  company('20000002'), // S2: last contact 2025-11-28, silent from Sunday 29 November
  company('20000003'), // S3: last contact 2025-11-29, exactly 12 months on the Sunday: silent only next week
  company('20000004'), // S4: last contact 2025-11-21, silent since Sunday 22 November: old news
  company('20000005'), // S5: never contacted
  company('20000006', { status: 'OPHØRT' }), // S6: ceased, not counted
  company('20000007'), // S7: silent from Wednesday 25 November, has an active opt-out
];

export const contacts: Contact[] = [
  contact('c01', '10000001', 'jobcenter', '2026-11-23'),
  contact('c02', '10000001', 'unge', '2026-11-25'),
  contact('c03', '10000002', 'jobcenter', '2026-11-24', { rating: 4, note: 'God dialog', createdAt: '2026-11-24T09:00:00Z' }),
  contact('c04', '10000003', 'erhverv', '2026-11-29', { rating: 5, note: '  Hurtigt svar ' }),
  contact('c05', '10000004', 'jobcenter', '2026-11-27', { rating: 2 }),
  contact('c06', '10000005', 'kultur', '2026-11-26'),
  contact('c07', '10000002', 'skole', '2026-11-22', { rating: 3, note: 'Søndag før ugen' }), // before the week
  contact('c08', '10000001', 'jobcenter', '2026-11-30'), // this week
  contact('c09', '10000006', 'erhverv', '2026-10-26', { rating: 4 }), // first day of the 4 weeks before
  contact('c10', '10000006', 'erhverv', '2026-10-25', { rating: 1 }), // just outside them
  contact('c11', '10000007', 'skole', '2026-11-28', { rating: 0, note: 'Off the scale' }),
  contact('c12', '10000008', 'unge', '2026-11-25', { createdAt: '2026-11-25T08:30:00Z' }), // before the plan was saved
  contact('c13', '10000009', 'unge', '2026-11-25', { createdAt: '2026-11-25T09:30:00Z' }), // after it
  contact('c14', '10000010', 'erhverv', '2026-12-02'), // dated after today
  contact('s1', '20000001', 'erhverv', '2025-11-22'),
  contact('s2', '20000002', 'erhverv', '2025-11-28'),
  contact('s3', '20000003', 'erhverv', '2025-11-29'),
  contact('s4', '20000004', 'erhverv', '2025-11-21'),
  contact('s6', '20000006', 'erhverv', '2025-11-25'),
  contact('s7', '20000007', 'erhverv', '2025-11-25'),
];

export const optOuts: OptOut[] = [
  optOut('o1', '10000009', { kind: 'all' }, '2026-11-22T23:30:00Z'), // Monday 00:30 in Copenhagen
  optOut('o2', '10000008', { kind: 'all' }, '2026-11-29T23:30:00Z'), // Monday 30 November in Copenhagen
  optOut('o3', '10000002', { kind: 'units', units: ['jobcenter', 'skole'] }, '2026-11-26T10:00:00Z', '2026-11-27T10:00:00Z'),
  optOut('o4', '20000007', { kind: 'all' }, '2026-11-10T10:00:00Z'),
];

export const olderPlan: DigestPlan = { id: 'p1', savedAt: '2026-11-01T09:00:00Z', items: [item('10000001', 'erhverv')] };
export const newerPlan: DigestPlan = {
  id: 'p2', savedAt: '2026-11-25T09:00:00Z',
  items: [
    item('10000001', 'jobcenter'), // c08 after the save: done
    item('10000002', 'jobcenter'), // c03 before the save: not done
    item('10000003', 'erhverv'), // c04: done
    item('10000004', 'skole'), // c05 is the jobcentre's: not done
    item('10000008', 'unge'), // c12 on the save day but logged before it: not done
    item('10000009', 'unge'), // c13 logged after it: done
    item('10000010', 'erhverv'), // c14 is dated after today: not done
  ],
};

/** The proposals log on Monday 30 November 2026: three open, two closed. */
export const proposals: DigestProposal[] = [
  { id: 'pr-rejected', title: 'Fælles praktikbank', status: 'afvist', createdAt: '2026-10-01T09:00:00Z' },
  { id: 'pr-new', title: 'Én indgang til Firma 01', status: 'ny', createdAt: '2026-11-02T09:00:00Z' },
  { id: 'pr-done', title: 'Ring før besøg', status: 'gennemfoert', createdAt: '2026-11-03T09:00:00Z' },
  { id: 'pr-decided', title: 'Skoleområdet overtager Åben Skole-kontakterne', status: 'besluttet', createdAt: '2026-11-20T10:00:00Z' },
  // 00:30 on Monday in Copenhagen: made today.
  { id: 'pr-review', title: 'Færre opkald til landbruget', status: 'under-behandling', createdAt: '2026-11-29T23:30:00Z' },
];

export function digestInput(extra: Partial<DigestInput> = {}): DigestInput {
  return {
    weekKey: '2026-W49', companies, contacts, optOuts, plans: [newerPlan, olderPlan], today: '2026-11-30', windows: uniformWindows(30),
    silenceMonths: 12, units: DEFAULT_UNITS,
    claims: { '10000001': { by: 'a', at: '2026-11-26T08:00:00Z' }, '10000004': { by: 'b', at: '2026-11-26T08:00:00Z' }, '99999999': { by: 'c', at: 'x' } },
    ...extra,
  };
}
