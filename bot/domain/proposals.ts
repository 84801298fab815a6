/**
 * The proposals log (memo tasks 2C–D, issue 7): the coordinator's proposals for adjusting how the units
 * contact companies, each linked to the evidence it rests on and followed through a status with its history.
 */
import { isValidCvr } from './cvr.js';
import { findCprNumbers } from './cprGuard.js';
import { sectionByLetter } from './industries.js';
import { postalArea } from './norddjurs.js';
import type { Naming } from './units.js';

export const PROPOSAL_STATUSES = ['ny', 'under-behandling', 'besluttet', 'afvist', 'gennemfoert'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Still waiting for something: a decision, or carrying it out. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['ny', 'under-behandling', 'besluttet'];

export const STATUS_NAMES: Record<ProposalStatus, { da: string; en: string }> = {
  ny: { da: 'Ny', en: 'New' },
  'under-behandling': { da: 'Under behandling', en: 'Under consideration' },
  besluttet: { da: 'Besluttet', en: 'Decided' },
  afvist: { da: 'Afvist', en: 'Rejected' },
  gennemfoert: { da: 'Gennemført', en: 'Carried out' },
};

/**
 * Where a proposal may go from each status. Carried out is the end; a rejected proposal may be taken up
 * again (evidence changes), which then needs a note saying why, as rejecting does.
 */
export const NEXT_STATUSES: Record<ProposalStatus, readonly ProposalStatus[]> = {
  ny: ['under-behandling', 'besluttet', 'afvist'],
  'under-behandling': ['besluttet', 'afvist'],
  besluttet: ['gennemfoert', 'afvist'],
  afvist: ['under-behandling'],
  gennemfoert: [],
};

export const EVIDENCE_KINDS = ['feedbackTrend', 'parallelHotspot', 'coverageGap', 'company', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  /**
   * What it points at: a CVR (company, parallel hotspot, a company's falling feedback), a unit or purpose id
   * (a falling trend), a DB07 section letter or postal code (a coverage gap); free text or null for 'other'.
   */
  reference: string | null;
  /** The evidence in a sentence, as it stood when the proposal was written (figures change later). */
  summary: string | null;
}

export interface ProposalActor { id: string; name: string }

export interface StatusChange {
  /** Null for the creation. */
  from: ProposalStatus | null;
  to: ProposalStatus;
  at: string;
  by: ProposalActor;
  note: string | null;
}

export interface Proposal {
  id: string;
  title: string;
  text: string;
  evidence: Evidence;
  status: ProposalStatus;
  createdAt: string;
  createdBy: ProposalActor;
  /** Oldest first; the first entry is the creation. */
  history: StatusChange[];
}

export interface ProposalDraft { title: string; text: string; evidence: Evidence }

export const TITLE_MAX = 120;
export const TEXT_MAX = 4000;
export const REFERENCE_MAX = 100;
export const SUMMARY_MAX = 300;
export const STATUS_NOTE_MAX = 500;
/** Keeps the stored history within one table property (32K characters) whatever the notes hold. */
export const HISTORY_MAX = 40;

export type ProposalField = 'title' | 'text' | 'evidenceKind' | 'evidenceReference' | 'evidenceSummary' | 'status' | 'note';
export type ProposalErrors = Partial<Record<ProposalField, string>>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: ProposalErrors };

const CPR_MESSAGE = 'Teksten ser ud til at indeholde et CPR-nummer. Det må ikke gemmes her: fjern det.';

export function isOpenStatus(s: ProposalStatus): boolean {
  return OPEN_STATUSES.includes(s);
}

export function isProposalStatus(s: unknown): s is ProposalStatus {
  return typeof s === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(s);
}

/** Free text: trimmed, null when empty; an error when too long or holding a CPR number. */
function freeText(value: unknown, max: number, field: ProposalField, errors: ProposalErrors): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors[field] = 'Ugyldig værdi.';
    return null;
  }
  const text = value.trim();
  if (text.length > max) errors[field] = `Højst ${max} tegn.`;
  else if (findCprNumbers(text).length > 0) errors[field] = CPR_MESSAGE;
  return text === '' ? null : text;
}

/** Whatever the tab sent for a new proposal, checked; the messages are shown beside the fields. */
export function validateProposalDraft(input: Record<string, unknown>, naming: Naming): Checked<ProposalDraft> {
  const errors: ProposalErrors = {};
  const title = freeText(input.title, TITLE_MAX, 'title', errors);
  if (title === null) errors.title ??= 'Skriv en titel.';
  const text = freeText(input.text, TEXT_MAX, 'text', errors);
  if (text === null) errors.text ??= 'Beskriv forslaget.';

  const raw = input.evidence && typeof input.evidence === 'object' ? (input.evidence as Record<string, unknown>) : {};
  const kind = (EVIDENCE_KINDS as readonly unknown[]).includes(raw.kind) ? (raw.kind as EvidenceKind) : null;
  if (kind === null) errors.evidenceKind = 'Vælg, hvad forslaget bygger på.';
  const reference = freeText(raw.reference, REFERENCE_MAX, 'evidenceReference', errors);
  const summary = freeText(raw.summary, SUMMARY_MAX, 'evidenceSummary', errors);
  if (kind !== null && kind !== 'other') {
    const problem = referenceProblem(kind, reference, naming);
    if (problem) errors.evidenceReference ??= problem;
    if (summary === null) errors.evidenceSummary ??= 'Skriv kort, hvad tallene viste.';
  }
  if (Object.keys(errors).length > 0 || title === null || text === null || kind === null) return { ok: false, errors };
  return { ok: true, value: { title, text, evidence: { kind, reference, summary } } };
}

function referenceProblem(kind: Exclude<EvidenceKind, 'other'>, reference: string | null, naming: Naming): string | null {
  const r = reference ?? '';
  switch (kind) {
    case 'company':
    case 'parallelHotspot':
      return isValidCvr(r) ? null : 'Angiv virksomhedens CVR-nummer.';
    case 'feedbackTrend':
      return isValidCvr(r) || naming.units.some((u) => u.id === r) || naming.purposes.some((p) => p.id === r)
        ? null : 'Angiv et CVR-nummer, en enhed eller et formål.';
    case 'coverageGap':
      return sectionByLetter(r) || postalArea(r) ? null : 'Angiv et branchehovedafsnit (A–U) eller et postnummer i Norddjurs.';
  }
}

export function newProposal(draft: ProposalDraft, id: string, at: Date, by: ProposalActor): Proposal {
  const createdAt = at.toISOString();
  return {
    id, ...draft, status: 'ny', createdAt, createdBy: by,
    history: [{ from: null, to: 'ny', at: createdAt, by, note: null }],
  };
}

/** The proposal moved to `to`, or why it may not: not a next status, a missing note, or a history that is full. */
export function changeStatus(p: Proposal, to: unknown, rawNote: unknown, at: Date, by: ProposalActor): Checked<Proposal> {
  const errors: ProposalErrors = {};
  const note = freeText(rawNote, STATUS_NOTE_MAX, 'note', errors);
  if (!isProposalStatus(to)) errors.status = 'Vælg en status.';
  else if (!NEXT_STATUSES[p.status].includes(to)) {
    errors.status = `Et forslag med status "${STATUS_NAMES[p.status].da}" kan ikke få status "${STATUS_NAMES[to].da}".`;
  } else if (note === null && (to === 'afvist' || p.status === 'afvist')) {
    errors.note ??= to === 'afvist' ? 'Skriv, hvorfor forslaget afvises.' : 'Skriv, hvorfor forslaget tages op igen.';
  }
  if (p.history.length >= HISTORY_MAX) errors.status ??= 'Forslaget har for mange statusændringer. Opret et nyt forslag.';
  if (Object.keys(errors).length > 0 || !isProposalStatus(to)) return { ok: false, errors };
  return {
    ok: true,
    value: { ...p, status: to, history: [...p.history, { from: p.status, to, at: at.toISOString(), by, note }] },
  };
}

/** Open proposals first, in the order of their status; newest first within a status. */
export function byStatusThenNewest(a: Proposal, b: Proposal): number {
  const rank = (p: Proposal) => PROPOSAL_STATUSES.indexOf(p.status);
  return rank(a) - rank(b) || (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Why a status change was refused as stale: who changed the proposal since, and to what. */
export function conflictMessage(current: Proposal | null): string {
  const last = current?.history.at(-1);
  return last
    ? `${last.by.name} har ændret forslaget i mellemtiden: status er nu "${STATUS_NAMES[last.to].da}". Se den nye status, og prøv igen.`
    : 'Forslaget er ændret i mellemtiden. Genindlæs siden, og prøv igen.';
}
