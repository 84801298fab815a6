/**
 * Time-ordered ids for contacts and other events: 9 base-36 characters of milliseconds since the epoch
 * (sortable until the year 5188) followed by 10 random base-36 characters. The id is minted when a card
 * is rendered, so a retried submit carries the same id and a conditional insert stores it once; its time
 * part places it in the right journal partition without any other input.
 */

const TIME_LENGTH = 9;
const RANDOM_LENGTH = 10;

export type RandomSource = () => number;

export function newEventId(nowMs: number, random: RandomSource = Math.random): string {
  let tail = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) tail += Math.floor(random() * 36).toString(36);
  return nowMs.toString(36).padStart(TIME_LENGTH, '0') + tail;
}

export function isEventId(id: string): boolean {
  return new RegExp(`^[0-9a-z]{${TIME_LENGTH + RANDOM_LENGTH}}$`).test(id);
}

/** The millisecond timestamp an id was minted at. */
export function eventIdTime(id: string): number {
  return parseInt(id.slice(0, TIME_LENGTH), 36);
}

/**
 * Whether an id's time is one a card could carry: minted at most `aheadMs` after `nowMs` (clocks of instances
 * differ a little) and at most `maxAgeMs` before it. A forged id of 2099 would otherwise be stored in a journal
 * month no read model ever reads.
 */
export function idTimeFits(id: string, nowMs: number, maxAgeMs: number, aheadMs = ID_CLOCK_SKEW_MS): 'fits' | 'future' | 'tooOld' {
  const at = eventIdTime(id);
  if (at > nowMs + aheadMs) return 'future';
  return nowMs - at > maxAgeMs ? 'tooOld' : 'fits';
}

/** How far another instance's clock may be ahead of this one's. */
export const ID_CLOCK_SKEW_MS = 5 * 60 * 1000;
