import { DEFAULT_UNITS, PURPOSES } from '../units.js';
import type { ContactStrategy } from './types.js';

/** Months without contact before a company counts as silent, until the coordinator decides otherwise. */
export const DEFAULT_SILENCE_MONTHS = 12;

/**
 * The strategy before the coordinator has saved one: the five units with their usual purposes and the
 * configured window (CONTACT_WINDOW_DAYS). It is version 0 and is never stored.
 */
export function initialStrategy(windowDays: number): ContactStrategy {
  return {
    version: 0, savedAt: null, savedBy: null, note: null,
    units: DEFAULT_UNITS.map((u) => ({ ...u, purposes: [...u.purposes] })),
    purposes: PURPOSES.map((p) => ({ ...p })),
    windows: { overallDays: windowDays, pairs: [] },
    silenceMonths: DEFAULT_SILENCE_MONTHS,
    owners: [],
  };
}
