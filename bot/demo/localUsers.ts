import type { Unit } from '../domain/units.js';
import { DEMO_STAFF, type DemoStaffMember } from './demoStaff.js';

/**
 * The identities local mode knows: the Agents Playground's users (.m365agentsplayground.yml) and the tab's
 * local sign-in use these Entra-style object ids, one person per unit plus the coordinator.
 */
export interface LocalUser { aadObjectId: string; staff: DemoStaffMember; dataProtection: boolean }

const PICKED = ['demo-erhverv-1', 'demo-jobcenter-1', 'demo-unge-1', 'demo-boern-familie-1', 'demo-skole-1', 'demo-jobcenter-2'];
/** Holds the DataProtection app role in local mode, so the DPO's view of the tab can be tried: staff, not coordinator. */
const DATA_PROTECTION = 'demo-jobcenter-2';

export const LOCAL_USERS: readonly LocalUser[] = PICKED.map((id, i) => {
  const staff = DEMO_STAFF.find((s) => s.id === id);
  if (!staff) throw new Error(`demo staff ${id} is missing`);
  return { aadObjectId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, staff, dataProtection: id === DATA_PROTECTION };
});

/** Folds a name for matching what people type: case, æ/ø/å and their ae/oe/aa spellings, punctuation. */
function fold(s: string): string {
  return s.toLowerCase()
    .replace(/æ|ae/g, 'a').replace(/ø|oe/g, 'o').replace(/å|aa/g, 'a')
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The local colleague a "som <navn>" / "skift til <enhed>" command names: a full or first name, a unit by id or
 * any of its names (the unit's first local colleague), or "koordinator(en)" / "coordinator".
 */
export function findLocalUser(query: string, units: readonly Pick<Unit, 'id' | 'name' | 'shortName' | 'nameEn'>[]): LocalUser | null {
  const q = fold(query);
  if (!q) return null;
  const byName = LOCAL_USERS.find((u) => fold(u.staff.displayName) === q)
    ?? only(LOCAL_USERS.filter((u) => fold(u.staff.displayName.split(' ')[0]) === q));
  if (byName) return byName;
  if (['koordinator', 'koordinatoren', 'erhvervskoordinator', 'erhvervskoordinatoren', 'coordinator'].includes(q)) {
    return LOCAL_USERS.find((u) => u.staff.coordinator) ?? null;
  }
  const unit = units.find((u) => [u.id, u.name, u.shortName, u.nameEn].some((n) => fold(n) === q));
  return unit ? LOCAL_USERS.find((u) => u.staff.unit === unit.id) ?? null : null;
}

function only<T>(xs: readonly T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}
