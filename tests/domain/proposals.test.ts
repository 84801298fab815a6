import assert from 'node:assert/strict';
import {
  byStatusThenNewest, changeStatus, HISTORY_MAX, isOpenStatus, newProposal, validateProposalDraft, type Proposal, type ProposalDraft,
} from '../../bot/domain/proposals.js';
import { DEFAULT_NAMING } from '../../bot/domain/units.js';

const METTE = { id: 'u-mette', name: 'Mette Kjærgaard' };
const OLE = { id: 'u-ole', name: 'Ole Brandt' };
const AT = new Date('2026-11-30T09:00:00Z');

function draft(extra: Record<string, unknown> = {}, evidence: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: ' Én indgang til Grenaa Maskinstation ', text: 'Jobcentret og Ungeindsatsen aftaler, hvem der ringer.',
    evidence: { kind: 'parallelHotspot', reference: '13748136', summary: 'Tre enheder på 12 dage i november.', ...evidence }, ...extra,
  };
}

function valid(extra: Record<string, unknown> = {}, evidence: Record<string, unknown> = {}): ProposalDraft {
  const r = validateProposalDraft(draft(extra, evidence), DEFAULT_NAMING);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}

function errorsOf(extra: Record<string, unknown> = {}, evidence: Record<string, unknown> = {}): Record<string, string> {
  const r = validateProposalDraft(draft(extra, evidence), DEFAULT_NAMING);
  assert.ok(!r.ok, 'expected the draft to be refused');
  return r.errors as Record<string, string>;
}

describe('proposals: writing one', () => {
  it('accepts a proposal with its evidence, trimmed', () => {
    const d = valid();
    assert.equal(d.title, 'Én indgang til Grenaa Maskinstation');
    assert.deepEqual(d.evidence, { kind: 'parallelHotspot', reference: '13748136', summary: 'Tre enheder på 12 dage i november.' });
  });

  it('refuses missing and over-long texts in Danish', () => {
    assert.deepEqual(errorsOf({ title: '  ', text: undefined }), { title: 'Skriv en titel.', text: 'Beskriv forslaget.' });
    assert.equal(errorsOf({ title: 'x'.repeat(121) }).title, 'Højst 120 tegn.');
    assert.equal(errorsOf({ title: 42 }).title, 'Ugyldig værdi.');
  });

  it('checks the evidence reference against its kind', () => {
    assert.equal(errorsOf({}, { reference: '12345678' }).evidenceReference, 'Angiv virksomhedens CVR-nummer.');
    assert.equal(valid({}, { kind: 'feedbackTrend', reference: 'jobcenter' }).evidence.reference, 'jobcenter');
    assert.equal(valid({}, { kind: 'feedbackTrend', reference: 'aaben-skole' }).evidence.reference, 'aaben-skole');
    assert.match(errorsOf({}, { kind: 'feedbackTrend', reference: 'kantinen' }).evidenceReference, /CVR-nummer, en enhed eller et formål/);
    assert.equal(valid({}, { kind: 'coverageGap', reference: 'F' }).evidence.kind, 'coverageGap');
    assert.equal(valid({}, { kind: 'coverageGap', reference: '8592' }).evidence.reference, '8592');
    assert.match(errorsOf({}, { kind: 'coverageGap', reference: '8000' }).evidenceReference, /postnummer i Norddjurs/);
    assert.equal(errorsOf({}, { kind: 'planet' }).evidenceKind, 'Vælg, hvad forslaget bygger på.');
    assert.equal(errorsOf({}, { summary: ' ' }).evidenceSummary, 'Skriv kort, hvad tallene viste.');
  });

  it('lets "other" evidence go without reference or summary', () => {
    assert.deepEqual(valid({}, { kind: 'other', reference: '', summary: null }).evidence, { kind: 'other', reference: null, summary: null });
  });

  it('refuses a CPR number in any text', () => {
    assert.match(errorsOf({ text: 'Eleven 010203-1234 skal i praktik' }).text, /CPR-nummer/);
    assert.match(errorsOf({}, { summary: 'Sagen om 0102031234' }).evidenceSummary, /CPR-nummer/);
  });

  it('starts as "ny" with the creation as the first history entry', () => {
    const p = newProposal(valid(), 'p1', AT, METTE);
    assert.equal(p.status, 'ny');
    assert.deepEqual(p.history, [{ from: null, to: 'ny', at: '2026-11-30T09:00:00.000Z', by: METTE, note: null }]);
    assert.equal(p.createdBy.name, 'Mette Kjærgaard');
  });
});

describe('proposals: status', () => {
  const start = newProposal(valid(), 'p1', AT, METTE);
  const move = (p: Proposal, to: string, note: string | null = null): Proposal => {
    const r = changeStatus(p, to, note, new Date('2026-12-01T10:00:00Z'), OLE);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    return r.value;
  };
  const refusal = (p: Proposal, to: unknown, note: unknown = null) => {
    const r = changeStatus(p, to, note, new Date('2026-12-01T10:00:00Z'), OLE);
    assert.ok(!r.ok, 'expected a refusal');
    return r.errors;
  };

  it('follows ny → under behandling → besluttet → gennemført, keeping who, when and why', () => {
    const done = move(move(move(start, 'under-behandling'), 'besluttet', 'Aftalt på koordinatormødet'), 'gennemfoert');
    assert.equal(done.status, 'gennemfoert');
    assert.deepEqual(done.history.map((h) => [h.from, h.to, h.by.name, h.note]), [
      [null, 'ny', 'Mette Kjærgaard', null],
      ['ny', 'under-behandling', 'Ole Brandt', null],
      ['under-behandling', 'besluttet', 'Ole Brandt', 'Aftalt på koordinatormødet'],
      ['besluttet', 'gennemfoert', 'Ole Brandt', null],
    ]);
    assert.equal(start.status, 'ny', 'the original is not changed');
  });

  it('refuses a move the status does not allow, and anything after gennemført', () => {
    assert.match(refusal(start, 'gennemfoert').status ?? '', /"Ny" kan ikke få status "Gennemført"/);
    assert.match(refusal(start, 'ny').status ?? '', /kan ikke få status "Ny"/);
    const done = move(move(start, 'besluttet'), 'gennemfoert');
    assert.ok(refusal(done, 'afvist', 'for sent').status);
    assert.equal(refusal(start, 'lukket').status, 'Vælg en status.');
  });

  it('needs a note to reject, and to take a rejected proposal up again', () => {
    assert.equal(refusal(start, 'afvist').note, 'Skriv, hvorfor forslaget afvises.');
    const rejected = move(start, 'afvist', 'Enhederne har allerede en aftale');
    assert.equal(refusal(rejected, 'under-behandling', '  ').note, 'Skriv, hvorfor forslaget tages op igen.');
    assert.equal(move(rejected, 'under-behandling', 'Nye klager').status, 'under-behandling');
    assert.equal(refusal(start, 'under-behandling', 'x'.repeat(501)).note, 'Højst 500 tegn.');
  });

  it('stops at a full history', () => {
    let p = start;
    while (p.history.length < HISTORY_MAX) p = move(p, p.status === 'afvist' ? 'under-behandling' : 'afvist', 'frem og tilbage');
    assert.match(refusal(p, p.status === 'afvist' ? 'under-behandling' : 'afvist', 'en gang til').status ?? '', /for mange statusændringer/);
  });

  it('calls the first three statuses open, and lists open first, newest first within a status', () => {
    assert.deepEqual(['ny', 'under-behandling', 'besluttet', 'afvist', 'gennemfoert'].map((s) => isOpenStatus(s as Proposal['status'])), [true, true, true, false, false]);
    const at = (id: string, status: Proposal['status'], createdAt: string): Proposal => ({ ...start, id, status, createdAt });
    const list = [at('a', 'gennemfoert', '2026-12-01'), at('b', 'ny', '2026-10-01'), at('c', 'besluttet', '2026-11-01'), at('d', 'ny', '2026-11-15'), at('e', 'afvist', '2026-12-02')];
    assert.deepEqual(list.sort(byStatusThenNewest).map((p) => p.id), ['d', 'b', 'c', 'e', 'a']);
  });
});
