/**
 * When the weekly digest is posted, as wall-clock time in Copenhagen. The UTC offset is read from Intl for
 * the instant in question, never from the host's zone, so a server running in UTC (as App Service does)
 * still posts at 08:00 Danish time on both sides of a DST change.
 */
import { addDays, TIME_ZONE } from '../danishTime.js';
import { isoWeekOf, previousWeek, weekBounds } from './isoWeek.js';

export interface DigestSchedule {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM', 24-hour Copenhagen wall-clock time. */
  time: string;
}

export const DEFAULT_DIGEST_SCHEDULE: Readonly<DigestSchedule> = { weekday: 1, time: '08:00' };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Null when the schedule is usable, else what is wrong with it (for a settings check at start-up). */
export function scheduleProblem(s: DigestSchedule): string | null {
  if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7) return `weekday must be 1 (Monday) to 7 (Sunday), got ${s.weekday}`;
  if (!TIME.test(s.time)) return `time must be HH:MM (00:00–23:59), got "${s.time}"`;
  return null;
}

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Minutes Copenhagen is ahead of UTC at the instant (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(epochMs: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of parts.formatToParts(new Date(epochMs))) if (type !== 'literal') p[type] = Number(value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant a Copenhagen wall-clock time happens. The offsets a day either side are the only two that
 * can apply (Danish DST changes at most once a day); the candidate whose own offset agrees is the answer.
 * In the autumn hour that happens twice the earlier is taken; a time skipped in spring (02:30 on the last
 * Sunday of March) is read with the winter offset, i.e. moved forward by the gap to 03:30 summer time.
 */
export function copenhagenInstant(day: string, time: string): Date {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`not a HH:MM time: "${time}"`);
  const wall = Date.parse(`${day}T00:00:00Z`) + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  const before = copenhagenOffsetMinutes(wall - 86_400_000);
  const after = copenhagenOffsetMinutes(wall + 86_400_000);
  const valid = [before, after].filter((o) => copenhagenOffsetMinutes(wall - o * 60_000) === o).map((o) => wall - o * 60_000);
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before * 60_000);
}

/** The instant the digest of a week is due: the schedule's weekday and time within that ISO week. */
export function digestSlot(weekKey: string, schedule: DigestSchedule = DEFAULT_DIGEST_SCHEDULE): Date {
  const problem = scheduleProblem(schedule);
  if (problem) throw new RangeError(problem);
  return copenhagenInstant(addDays(weekBounds(weekKey).from, schedule.weekday - 1), schedule.time);
}

/**
 * The week whose digest should be posted now, or null. Each week has one digest (about the week before it),
 * due from its slot on. The rule:
 * - the current week, once its slot has passed, unless it (or a later week: clock skew) was posted;
 * - before the current week's slot, the previous week's digest if it was never posted: the server was down
 *   across that slot. Only that one week: digests missed further back are stale and not worth flooding the
 *   channel with, and once the current slot passes the current week replaces any missed one;
 * - nothing was ever posted (lastPostedWeek null): only the current week, so switching the digest on does not
 *   post a backlog.
 * Calling it again after posting the returned week yields null until the next slot, so each week posts once.
 */
export function dueWeek(now: Date, schedule: DigestSchedule, lastPostedWeek: string | null): string | null {
  const current = isoWeekOf(now).key;
  if (lastPostedWeek !== null && lastPostedWeek >= current) return null;
  if (now.getTime() >= digestSlot(current, schedule).getTime()) return current;
  if (lastPostedWeek === null) return null;
  const missed = previousWeek(current);
  return lastPostedWeek < missed ? missed : null;
}
