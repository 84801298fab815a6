/** The proposals still open, for the digest: a nudge to decide on them, or to carry them out. */
import { copenhagenDay, daysBetween } from '../danishTime.js';
import { isOpenStatus } from '../proposals.js';
import type { DigestProposal, OpenProposals } from './types.js';

/** Null when none is open: the digest then has no proposals section at all. */
export function openProposals(proposals: readonly DigestProposal[], today: string, listed: number): OpenProposals | null {
  const open = proposals.filter((p) => isOpenStatus(p.status));
  if (open.length === 0) return null;
  // Those waiting longest first: they are the ones a weekly reminder is for.
  const oldest = [...open].sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1));
  return {
    count: open.length,
    oldest: oldest.slice(0, Math.max(0, listed)).map((p) => ({
      id: p.id, title: p.title, status: p.status, createdAt: p.createdAt,
      ageDays: Math.max(0, daysBetween(copenhagenDay(new Date(p.createdAt)), today)),
    })),
  };
}
