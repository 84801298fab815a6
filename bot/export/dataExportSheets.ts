import type { CompanyDataExport } from '../domain/dataProtection/companyExport.js';
import type { Cell, Sheet } from './table.js';

/** A company's data export as workbook sheets, headed in Danish; the JSON export carries the same data. */
export function companyDataSheets(x: CompanyDataExport): Sheet[] {
  const c = x.company;
  const facts: [string, Cell][] = [
    ['CVR', c.cvr], ['Navn', c.name], ['Binavne', c.secondaryNames.join(', ') || null], ['P-numre', c.pNumbers.join(', ') || null],
    ['Virksomhedsform', c.legalForm], ['Branchekode', c.industryCode], ['Adresse', c.address.street], ['Postnummer', c.address.postalCode],
    ['By', c.address.town], ['Kommunekode', c.address.municipalityCode], ['Ansatte', c.employeeBand],
    ['Reklamebeskyttet', c.advertisingProtected ? 'Ja' : 'Nej'], ['Status', c.status],
    ['Udtrukket', x.exportedAt], ['Udtrukket af', x.exportedBy],
  ];
  return [
    { title: 'Virksomhed', header: ['Felt', 'Værdi'], rows: facts.map(([k, v]) => [k, v]) },
    {
      title: 'Kontakter',
      header: ['Id', 'Dato', 'Enhed', 'Medarbejder', 'Kanal', 'Formål', 'Udfald', 'Opfølgning', 'Note', 'Vurdering', 'Registreret', 'Registreret af'],
      rows: x.contacts.map((k) => [k.id, k.date, k.unit, k.staffName, k.channel, k.purpose, k.outcome, k.followUpDate, k.note, k.rating, k.createdAt, k.createdBy]),
    },
    {
      title: 'Frabedt kontakt',
      header: ['Id', 'Dato', 'Omfang', 'Begrundelse', 'Kilde', 'Registreret', 'Registreret af', 'Tilbagekaldt', 'Tilbagekaldt af', 'Begrundelse for tilbagekald'],
      rows: x.optOuts.map((o) => [
        o.id, o.date, o.scope.kind === 'all' ? 'Alle enheder' : o.scope.units.join(', '), o.reason || null, o.source, o.registeredAt,
        o.registeredBy || null, o.revokedAt, o.revokedBy || null, o.revokeReason || null,
      ]),
    },
    { title: 'Historik', header: ['Tidspunkt', 'Handling', 'Emne', 'Af'], rows: x.audit.map((a) => [a.at, a.action, a.subjectId, a.actorName]) },
    {
      title: 'Feedback',
      header: ['Link', 'Modtaget', 'Tilfredshed (1-5)', 'Anbefaling (0-10)', 'Kommentar', 'Ønske', 'Kontaktperson'],
      rows: x.feedback.responses.map((r) => [
        r.linkId, r.receivedAt, r.rating, r.recommend, r.comment, r.wish, x.feedback.links.find((l) => l.id === r.linkId)?.contactName ?? null,
      ]),
    },
    {
      title: 'Feedbacklinks',
      header: ['Link', 'Oprettet', 'Oprettet af', 'Udløber', 'Status', 'Kontaktperson'],
      rows: x.feedback.links.map((l) => [l.id, l.createdAt, l.createdBy, l.expiresAt, l.status, l.contactName]),
    },
    {
      title: 'Planer',
      header: ['Plan', 'Gemt', 'Gemt af', 'Enhed', 'Person'],
      rows: x.planItems.map((p) => [p.planId, p.savedAt, p.savedBy, p.item.unit, p.item.person]),
    },
    {
      title: 'Adgangslog',
      header: ['Tidspunkt', 'Bruger', 'Bruger-id', 'Hvordan', 'Rækker'],
      rows: x.accessLog.map((e) => [e.at, e.userName, e.userId, e.via, e.rows]),
    },
  ];
}
