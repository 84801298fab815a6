import type { Company } from '../../bot/domain/company.js';
import type { Contact } from '../../bot/domain/contact.js';
import type { PlanItem } from '../../bot/domain/planning/index.js';

/** One DB07 code per section the overview and planner tests use. */
export const SECTION_CODES = { A: '011100', F: '412000', G: '471100', J: '620100' } as const;

/** A counted company (in Norddjurs, active) with a name derived from its CVR. */
export function sectionCompany(cvr: string, section: keyof typeof SECTION_CODES, postalCode: string, band: string | null, extra: Partial<Company> = {}): Company {
  return {
    cvr, pNumbers: [], name: `Firma ${cvr}`, secondaryNames: [], legalForm: 'ApS', industryCode: SECTION_CODES[section],
    industryCodeVersion: 'DB07', address: { street: null, postalCode, town: null, municipalityCode: '707' },
    employeeBand: band, advertisingProtected: false, status: 'NORMAL', inMunicipality: true, fictional: true, ...extra,
  };
}

/** A contact with the given id, company, unit and day; everything else neutral. */
export function dayContact(id: string, cvr: string, unit: string, date: string, extra: Partial<Contact> = {}): Contact {
  return {
    id, cvr, unit, staffName: `${unit}-person`, staffId: null, date, channel: 'telefon', purpose: 'andet', outcome: null,
    followUpDate: null, note: null, rating: null, createdAt: `${date}T10:00:00Z`, createdBy: 'x', ...extra,
  };
}

/** A plan item for a company, unit and person (or the unit alone); no reasons or flags unless given. */
export function planItem(cvr: string, unit: string, person: string | null, extra: Partial<PlanItem> = {}): PlanItem {
  return {
    cvr, companyName: `Firma ${cvr}`, unit, person, reasons: [], score: 1, advertisingProtected: false, flags: [], optedOutUnits: [],
    section: null, area: null, employeeBand: null, ...extra,
  };
}
