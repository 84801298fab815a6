import { generateDemoData } from '../demo/index.js';
import type { Stores } from '../store/index.js';

export interface SeedReport { companies: number; contacts: number; optOuts: number }

/**
 * Fills empty storage with the fictional Norddjurs demo set. Runs only when the register is empty, so a
 * restart never doubles the data and real data is never mixed with fictional contacts.
 */
export async function seedDemoDataIfEmpty(stores: Stores, now: Date): Promise<SeedReport | null> {
  if (!(await stores.companies.isEmpty())) return null;
  const demo = generateDemoData({ now });
  // Contacts and opt-outs first: if seeding is interrupted, the register is still empty and the next start seeds again.
  await stores.history.upsertContacts(demo.contacts);
  await stores.journal.upsertMany(demo.contacts);
  await stores.history.upsertOptOuts(demo.optOuts);
  await stores.optOutRegister.upsertMany(demo.optOuts);
  await stores.companies.upsertMany(demo.companies);
  return { companies: demo.companies.length, contacts: demo.contacts.length, optOuts: demo.optOuts.length };
}
