/**
 * Danish texts and mixes for demo contacts and opt-outs. Notes describe the company and the cooperation
 * only: never a citizen, pupil or child, and never anything shaped like a CPR number.
 */
import type { ContactChannel, UnitId } from '../domain/units.js';

/** How often each unit contacts companies for each purpose; purposes missing here weigh 1. */
export const PURPOSE_WEIGHTS: Readonly<Record<UnitId, Readonly<Record<string, number>>>> = {
  erhverv: { erhvervsservice: 70, rekruttering: 20, andet: 10 },
  jobcenter: { virksomhedspraktik: 35, loentilskud: 20, rekruttering: 20, fleksjob: 12, mentor: 8, andet: 5 },
  unge: { ungepraktik: 45, virksomhedspraktik: 20, mentor: 15, rekruttering: 12, andet: 8 },
  'boern-familie': { ungepraktik: 45, mentor: 40, andet: 15 },
  skole: { 'aaben-skole': 60, ungepraktik: 30, andet: 10 },
};

export const CHANNEL_WEIGHTS: Readonly<Record<UnitId, Readonly<Record<ContactChannel, number>>>> = {
  erhverv: { telefon: 35, 'e-mail': 20, moede: 35, video: 8, brev: 2 },
  jobcenter: { telefon: 50, 'e-mail': 20, moede: 22, video: 6, brev: 2 },
  unge: { telefon: 50, 'e-mail': 20, moede: 22, video: 6, brev: 2 },
  'boern-familie': { telefon: 45, 'e-mail': 25, moede: 22, video: 6, brev: 2 },
  skole: { telefon: 30, 'e-mail': 45, moede: 17, video: 5, brev: 3 },
};

export const DEFAULT_CHANNEL_WEIGHTS: Readonly<Record<ContactChannel, number>> = {
  telefon: 45, 'e-mail': 25, moede: 20, video: 7, brev: 3,
};

/** Overall share of contacts per unit: the jobcentre makes most of them. */
export const UNIT_WEIGHTS: Readonly<Record<UnitId, number>> = {
  jobcenter: 40, erhverv: 20, unge: 18, skole: 12, 'boern-familie': 10,
};

/** Which sections each unit leans towards, as multipliers on UNIT_WEIGHTS. */
export const UNIT_SECTION_BIAS: Readonly<Record<UnitId, Readonly<Record<string, number>>>> = {
  erhverv: { C: 2, I: 1.6, J: 2, M: 1.5, D: 2, H: 1.3 },
  jobcenter: { F: 1.3, G: 1.3, N: 1.5, Q: 1.4, A: 1.2 },
  unge: { F: 1.6, G: 1.4, C: 1.3, I: 1.4, S: 1.4 },
  'boern-familie': { Q: 2, S: 1.6, G: 1.2, A: 1.3 },
  skole: { A: 2, C: 1.8, F: 1.2, R: 1.5, D: 1.5 },
};

export const OUTCOMES: Readonly<Record<string, readonly string[]>> = {
  virksomhedspraktik: ['Aftale om praktik i 4 uger', 'Positiv, vender tilbage', 'Ingen ledig kapacitet lige nu',
    'Praktik startet', 'Ønsker mere information', 'Kan tage én i praktik efter sommerferien'],
  loentilskud: ['Løntilskud aftalt', 'Overvejer løntilskud', 'Ikke aktuelt', 'Ansøgning sendt til jobcentret'],
  rekruttering: ['Stillingsopslag modtaget', 'Kandidater sendt', 'Ansættelse gennemført', 'Ikke behov lige nu',
    'Jobsamtaler aftalt', 'Søger to medarbejdere til foråret'],
  fleksjob: ['Fleksjob oprettet', 'Åben for fleksjob', 'Ikke mulighed for fleksjob', 'Afventer ledelsens svar'],
  mentor: ['Mentor udpeget', 'Mentoraftale indgået', 'Afventer svar', 'Vil gerne være mentorvirksomhed'],
  ungepraktik: ['Erhvervspraktik i uge 44 aftalt', 'To elever i praktik', 'Kan tage en praktikant i foråret',
    'Ingen praktikpladser i år', 'Praktikforløb gennemført'],
  'aaben-skole': ['Besøg for 7. klasse aftalt', 'Virksomhedsbesøg gennemført', 'Vil gerne deltage i Åben Skole',
    'Oplæg på skolen aftalt', 'Ikke tid i denne sæson'],
  erhvervsservice: ['Henvist til Erhvervshus Midtjylland', 'Drøftet udvidelse', 'Hjælp til byggesag',
    'Møde om rekruttering planlagt', 'Info om tilskudsordninger sendt', 'Virksomhedsbesøg gennemført'],
  andet: ['Orienteret', 'Ingen opfølgning', 'Sendt videre til Erhverv', 'Spørgsmål besvaret'],
};

export const NOTES: readonly string[] = [
  'Travlt i høstsæsonen – kontakt efter oktober.',
  'Ejer foretrækker kontakt på e-mail.',
  'Drøftede mulighed for praktik i værkstedet.',
  'Har tidligere haft god erfaring med løntilskud.',
  'Ønsker én samlet indgang til kommunen.',
  'Ring efter kl. 10 – ejeren er ude om morgenen.',
  'Kan tage 1-2 praktikanter om året.',
  'Mangler faglærte – interesseret i voksenlærlinge.',
  'Virksomheden udvider og søger flere hænder til sommer.',
  'Har svært ved at rekruttere chauffører.',
  'Spurgte til regler om fleksjob for nuværende medarbejder.',
  'Positiv over for Åben Skole, men ønsker besøg uden for højsæson.',
  'Kontaktet af flere afdelinger på kort tid – koordiner før næste henvendelse.',
  'Værkfører er fast kontaktperson.',
  'Sæsonvirksomhed: lukket fra november til marts.',
  'Interesseret i netværksmøde for lokale virksomheder.',
  'Ønsker skriftlig info om forløbet inden aftale.',
  'Har plads til praktik i køkkenet i weekender.',
  'God dialog – følg op efter ferien.',
  'Virksomheden er i generationsskifte.',
];

export const OPT_OUT_REASONS_ALL: readonly string[] = [
  'For mange opkald fra kommunen',
  'Ejer ønsker ikke at blive kontaktet',
  'Virksomheden er under omstrukturering',
  'Ønsker ikke henvendelser fra kommunen – henviser til egen rekrutteringspartner',
  'Ingen ansatte – kan ikke tage imod nogen',
];

export const OPT_OUT_REASONS_UNITS: readonly string[] = [
  'Ønsker ikke flere henvendelser om praktik',
  'Har ikke kapacitet til praktikanter i år',
  'Dårlig erfaring med tidligere forløb',
  'Ønsker kun kontakt via Erhverv',
  'Har frabedt sig henvendelser om løntilskud',
];

export const OPT_OUT_SOURCES: readonly string[] = ['telefon', 'e-mail', 'brev', 'møde'];

export const REVOKE_REASONS: readonly string[] = [
  'Virksomheden ønsker igen at modtage praktikanter',
  'Ny ejer – ønsker kontakt igen',
  'Har selv henvendt sig om rekruttering',
];

/** Outcome of a contact that ignored an opt-out: the overview must flag these. */
export const BREACH_OUTCOME = 'Virksomheden henviste til, at de har frabedt sig henvendelser';
