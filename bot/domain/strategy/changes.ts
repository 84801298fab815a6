import { targetKey } from './owners.js';
import type { ContactOwner, ContactStrategy, StrategyChange } from './types.js';

type Comparable = Pick<ContactStrategy, 'units' | 'purposes' | 'windows' | 'silenceMonths' | 'owners'>;

/** What a save changed, so the history reads "Vinduet 30 → 21 dage" instead of two full snapshots. */
export function describeChanges(before: Comparable, after: Comparable): StrategyChange[] {
  const changes: StrategyChange[] = [];
  for (const p of after.purposes) {
    const old = before.purposes.find((x) => x.id === p.id);
    if (!old) changes.push({ kind: 'purposeAdded', purpose: p.id });
    else if (old.name !== p.name || old.nameEn !== p.nameEn) changes.push({ kind: 'purposeRenamed', purpose: p.id, ...renamed(old, p, ['name', 'nameEn']) });
  }
  for (const u of after.units) {
    const old = before.units.find((x) => x.id === u.id);
    if (!old) {
      changes.push({ kind: 'unitAdded', unit: u.id });
      continue;
    }
    if (old.name !== u.name || old.shortName !== u.shortName || old.nameEn !== u.nameEn) {
      changes.push({ kind: 'unitRenamed', unit: u.id, ...renamed(old, u, ['name', 'shortName', 'nameEn']) });
    }
    const added = u.purposes.filter((p) => !old.purposes.includes(p));
    const removed = old.purposes.filter((p) => !u.purposes.includes(p));
    if (added.length > 0 || removed.length > 0) changes.push({ kind: 'unitPurposes', unit: u.id, added, removed });
  }
  if (before.windows.overallDays !== after.windows.overallDays) {
    changes.push({ kind: 'overallWindow', from: before.windows.overallDays, to: after.windows.overallDays });
  }
  const pairKey = (units: readonly string[]) => [...units].sort().join('|');
  const beforePairs = new Map(before.windows.pairs.map((p) => [pairKey(p.units), p]));
  const afterPairs = new Map(after.windows.pairs.map((p) => [pairKey(p.units), p]));
  for (const [key, p] of afterPairs) {
    const old = beforePairs.get(key);
    if (old?.days !== p.days) changes.push({ kind: 'pairWindow', units: p.units, from: old?.days ?? null, to: p.days });
  }
  for (const [key, p] of beforePairs) if (!afterPairs.has(key)) changes.push({ kind: 'pairWindow', units: p.units, from: p.days, to: null });
  if (before.silenceMonths !== after.silenceMonths) changes.push({ kind: 'silenceMonths', from: before.silenceMonths, to: after.silenceMonths });
  const byTarget = (owners: readonly ContactOwner[]) => new Map(owners.map((o) => [targetKey(o.target), o]));
  const beforeOwners = byTarget(before.owners);
  const afterOwners = byTarget(after.owners);
  for (const [key, o] of afterOwners) {
    const old = beforeOwners.get(key);
    if (!old) changes.push({ kind: 'ownerAdded', owner: o });
    else if (old.unit !== o.unit || old.person !== o.person || old.note !== o.note) changes.push({ kind: 'ownerChanged', from: old, to: o });
  }
  for (const [key, o] of beforeOwners) if (!afterOwners.has(key)) changes.push({ kind: 'ownerRemoved', owner: o });
  return changes;
}

/** The first of the names that changed, so "Skoleområdet → Skolerne" also shows a new short or English name. */
function renamed<T extends Record<K, string>, K extends string>(before: T, after: T, names: readonly K[]): { from: string; to: string } {
  const name = names.find((n) => before[n] !== after[n]) ?? names[0];
  return { from: before[name], to: after[name] };
}
