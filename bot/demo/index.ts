/** The fictional Norddjurs demo set: companies, a year of contacts, opt-outs and the staff who made them. */
import type { Company } from '../domain/company.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { DEMO_STAFF, type DemoStaffMember } from './demoStaff.js';
import { generateActivity } from './generateActivity.js';
import { generateCompanies } from './generateCompanies.js';

export { DEMO_STAFF, DEMO_COORDINATOR, staffOfUnit, type DemoStaffMember } from './demoStaff.js';
export { generateActivity, type DemoActivity, type GenerateActivityOptions } from './generateActivity.js';
export { generateCompanies, type GenerateCompaniesOptions } from './generateCompanies.js';
export { normalizedNameKey } from './companyNames.js';
export { toCompanyCsv, COMPANY_CSV_HEADER } from './companyCsv.js';

export const DEFAULT_DEMO_SEED = 707;
export const DEFAULT_DEMO_COMPANY_COUNT = 2500;

export interface GenerateDemoDataOptions {
  seed?: number;
  companyCount?: number;
  now: Date;
  targetContactCount?: number;
}

export interface DemoData {
  companies: Company[];
  contacts: Contact[];
  optOuts: OptOut[];
  staff: DemoStaffMember[];
}

/** Same options, same data: everything is drawn from seeded streams and `now`. */
export function generateDemoData(opts: GenerateDemoDataOptions): DemoData {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const companies = generateCompanies({ seed, count: opts.companyCount ?? DEFAULT_DEMO_COMPANY_COUNT });
  const { contacts, optOuts } = generateActivity({
    seed, companies, now: opts.now, targetContactCount: opts.targetContactCount,
  });
  return { companies, contacts, optOuts, staff: DEMO_STAFF.map((s) => ({ ...s })) };
}
