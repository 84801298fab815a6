import { addDays } from '../danishTime.js';

/**
 * Retention periods per kind of data. The defaults are what the privacy notice states until the coordinator
 * changes them; the access log may not be kept shorter than six months (the municipality must be able to
 * answer "who looked at us" for at least that long).
 */
export const RETENTION_KINDS = ['contacts', 'optOutDetails', 'feedback', 'companyChanges', 'plans', 'accessLog'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Every period in days, so the day before and the day after a boundary are plain arithmetic. */
export type RetentionPeriods = Record<RetentionKind, number>;

export const DEFAULT_RETENTION: RetentionPeriods = {
  contacts: 5 * 365,
  optOutDetails: 5 * 365,
  feedback: 3 * 365,
  companyChanges: 90,
  plans: 2 * 365,
  accessLog: 6 * 31,
};

export const MIN_DAYS: RetentionPeriods = { contacts: 30, optOutDetails: 30, feedback: 30, companyChanges: 7, plans: 30, accessLog: 183 };
export const MAX_DAYS = 10 * 366;

export const RETENTION_LABELS_DA: Record<RetentionKind, string> = {
  contacts: 'Kontakter og deres noter (efter kontaktdatoen)',
  optOutDetails: 'Begrundelse og navne på frabedt kontakt (selve frabedelsen bevares)',
  feedback: 'Virksomhedernes feedback med kommentarer (efter modtagelsen)',
  companyChanges: 'Journal over ændringer i virksomhedsregistret',
  plans: 'Gemte kontaktplaner',
  accessLog: 'Adgangsloggen (hvem har set hvad)',
};

export type PeriodErrors = Partial<Record<RetentionKind, string>>;

/** Validates periods sent by the tab: whole days within each kind's bounds. */
export function validatePeriods(input: unknown): { ok: true; value: RetentionPeriods } | { ok: false; errors: PeriodErrors } {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const errors: PeriodErrors = {};
  const value = { ...DEFAULT_RETENTION };
  for (const kind of RETENTION_KINDS) {
    const v = raw[kind];
    if (typeof v !== 'number' || !Number.isInteger(v)) errors[kind] = 'Angiv et helt antal dage.';
    else if (v < MIN_DAYS[kind]) errors[kind] = `Mindst ${MIN_DAYS[kind]} dage.`;
    else if (v > MAX_DAYS) errors[kind] = `Højst ${MAX_DAYS} dage.`;
    else value[kind] = v;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** The first day that is kept: data dated before it is past its period. A row dated exactly `days` ago is kept today. */
export function cutoffDay(today: string, days: number): string {
  return addDays(today, -days);
}

/** A period in Danish words for the privacy notice ("5 år", "90 dage"). */
export function describeDays(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 år' : `${days / 365} år`;
  if (days % 31 === 0 && days < 365) return `${days / 31} måneder (${days} dage)`;
  return `${days} dage`;
}

/** What a retention run or a dry-run found, per kind: counts only, never content. */
export type RetentionCounts = Record<RetentionKind, number>;

export function zeroCounts(): RetentionCounts {
  return Object.fromEntries(RETENTION_KINDS.map((k) => [k, 0])) as RetentionCounts;
}
