/**
 * What the coordinator should hear about when the register changes under her: a new company in the
 * municipality, one that ceased, moved in or out, changed industry, or switched reklamebeskyttelse on
 * (after which no marketing approach may be made: CVR-loven).
 */
import type { Company } from '../company.js';

export type RegisterChangeKind = 'new' | 'ceased' | 'movedIn' | 'movedOut' | 'industry' | 'protected';

export const REGISTER_CHANGE_KINDS: readonly RegisterChangeKind[] = ['new', 'ceased', 'movedIn', 'movedOut', 'industry', 'protected'];

export interface RegisterChange {
  kind: RegisterChangeKind;
  cvr: string;
  name: string;
  /** ISO time the sync noticed it. */
  at: string;
  /** The old and new value, as the page shows them (status, kommunekode, industry code). */
  before: string | null;
  after: string | null;
  /** Shown beside any suggestion to contact it. */
  advertisingProtected: boolean;
}

/** Statuses that mean the company no longer trades (CVR spells them in capitals). */
export function isCeased(status: string): boolean {
  return /OPHØRT|OPLØST|SLETTET|KONKURS|TVANGS/.test(status.toUpperCase());
}

/**
 * The changes between what the register held and what CVR now says. A company the register did not know
 * counts as new only when it is in the municipality and trading; the first sync ever is a baseline and
 * reports nothing (the caller passes `baseline`).
 */
export function registerChanges(before: Company | undefined, after: Company, at: string): RegisterChange[] {
  const out: RegisterChange[] = [];
  const add = (kind: RegisterChangeKind, from: string | null, to: string | null): void => {
    out.push({ kind, cvr: after.cvr, name: after.name, at, before: from, after: to, advertisingProtected: after.advertisingProtected });
  };
  if (before === undefined) {
    if (after.inMunicipality && !isCeased(after.status)) add('new', null, after.address.municipalityCode);
    return out;
  }
  if (!isCeased(before.status) && isCeased(after.status)) add('ceased', before.status, after.status);
  if (!before.inMunicipality && after.inMunicipality) add('movedIn', before.address.municipalityCode, after.address.municipalityCode);
  if (before.inMunicipality && !after.inMunicipality) add('movedOut', before.address.municipalityCode, after.address.municipalityCode);
  if (before.industryCode !== after.industryCode && before.industryCode !== null && after.industryCode !== null) {
    add('industry', `${before.industryCode} (${before.industryCodeVersion})`, `${after.industryCode} (${after.industryCodeVersion})`);
  }
  if (!before.advertisingProtected && after.advertisingProtected) add('protected', 'nej', 'ja');
  return out;
}
