/** Fictional municipal staff who make the demo contacts: three per unit, one coordinator in Erhverv. */
import type { UnitId } from '../domain/units.js';

export interface DemoStaffMember {
  /** Local id used as staffId and createdBy, e.g. "demo-jobcenter-1". */
  id: string;
  displayName: string;
  unit: UnitId;
  email: string;
  /** The business coordinator (erhvervskoordinator). */
  coordinator: boolean;
}

function member(unit: UnitId, n: number, displayName: string, coordinator = false): DemoStaffMember {
  const local = displayName
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .replace(/\s+/g, '.');
  return { id: `demo-${unit}-${n}`, displayName, unit, email: `${local}@norddjurs.example`, coordinator };
}

export const DEMO_STAFF: readonly DemoStaffMember[] = [
  member('erhverv', 1, 'Mette Kjærgaard', true),
  member('erhverv', 2, 'Søren Bøgh'),
  member('erhverv', 3, 'Line Aagaard'),
  member('jobcenter', 1, 'Henrik Østergaard'),
  member('jobcenter', 2, 'Pia Mølgaard'),
  member('jobcenter', 3, 'Rasmus Friis'),
  member('unge', 1, 'Camilla Brøndum'),
  member('unge', 2, 'Jonas Lykke'),
  member('unge', 3, 'Anne Krogh'),
  member('boern-familie', 1, 'Birgitte Hald'),
  member('boern-familie', 2, 'Thomas Ravn'),
  member('boern-familie', 3, 'Sanne Løvgren'),
  member('skole', 1, 'Lars Bækgaard'),
  member('skole', 2, 'Karina Due'),
  member('skole', 3, 'Morten Skjødt'),
];

export function staffOfUnit(unit: UnitId): DemoStaffMember[] {
  return DEMO_STAFF.filter((s) => s.unit === unit);
}

export const DEMO_COORDINATOR: DemoStaffMember = DEMO_STAFF.find((s) => s.coordinator) ?? DEMO_STAFF[0];
