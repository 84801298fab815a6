/** The municipal units that contact companies. The coordinator may add more, so a unit id is a string. */
export type UnitId = string;

export interface Unit {
  id: UnitId;
  /** Danish name as staff know it. */
  name: string;
  /** English name for English-speaking Teams clients. */
  nameEn: string;
  /** Short label for tables and cards. */
  shortName: string;
  /** Purposes this unit contacts companies for (ids from PURPOSES). */
  purposes: string[];
}

export const DEFAULT_UNITS: readonly Unit[] = [
  { id: 'erhverv', name: 'Erhverv', nameEn: 'Business department', shortName: 'Erhverv', purposes: ['erhvervsservice', 'rekruttering', 'andet'] },
  { id: 'jobcenter', name: 'Arbejdsmarkedsafdelingen', nameEn: 'Jobcentre', shortName: 'Jobcentret', purposes: ['virksomhedspraktik', 'loentilskud', 'rekruttering', 'fleksjob', 'mentor', 'andet'] },
  { id: 'unge', name: 'Ungeindsatsen', nameEn: 'Youth unit', shortName: 'Ungeindsatsen', purposes: ['ungepraktik', 'virksomhedspraktik', 'mentor', 'rekruttering', 'andet'] },
  { id: 'boern-familie', name: 'Børn og familie', nameEn: 'Children and Family', shortName: 'Børn og familie', purposes: ['ungepraktik', 'mentor', 'andet'] },
  { id: 'skole', name: 'Skoleområdet', nameEn: 'Schools', shortName: 'Skoleområdet', purposes: ['aaben-skole', 'ungepraktik', 'andet'] },
];

export interface Purpose { id: string; name: string; nameEn: string }

export const PURPOSES: readonly Purpose[] = [
  { id: 'virksomhedspraktik', name: 'Virksomhedspraktik', nameEn: 'Company internship' },
  { id: 'loentilskud', name: 'Løntilskud', nameEn: 'Wage subsidy' },
  { id: 'rekruttering', name: 'Rekruttering', nameEn: 'Recruitment' },
  { id: 'fleksjob', name: 'Fleksjob', nameEn: 'Flex job' },
  { id: 'mentor', name: 'Mentor', nameEn: 'Mentor' },
  { id: 'ungepraktik', name: 'Ungepraktik', nameEn: 'Youth work placement' },
  { id: 'aaben-skole', name: 'Åben Skole', nameEn: 'Open School' },
  { id: 'erhvervsservice', name: 'Erhvervsservice', nameEn: 'Business service' },
  { id: 'andet', name: 'Andet', nameEn: 'Other' },
];

export const CONTACT_CHANNELS = ['telefon', 'e-mail', 'moede', 'video', 'brev'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CHANNEL_NAMES: Record<ContactChannel, { da: string; en: string }> = {
  telefon: { da: 'Telefon', en: 'Phone' },
  'e-mail': { da: 'E-mail', en: 'E-mail' },
  moede: { da: 'Møde/besøg', en: 'Meeting/visit' },
  video: { da: 'Teams/video', en: 'Teams/video' },
  brev: { da: 'Brev', en: 'Letter' },
};

export function findUnit(units: readonly Unit[], id: UnitId): Unit | undefined {
  return units.find((u) => u.id === id);
}

/**
 * The one name a unit goes by wherever staff read it (cards, answers, tab, digest, exports, feedback page):
 * the short name staff use in Danish, the English name in English. The long `name` is only shown beside the
 * others where the strategy is edited, so a unit never appears under two names in one conversation.
 */
export function unitLabel(unit: Pick<Unit, 'shortName' | 'nameEn'>, locale: 'da' | 'en'): string {
  return locale === 'da' ? unit.shortName : unit.nameEn;
}

/** A unit's label by id; the id itself for a unit the strategy does not (or no longer) hold. */
export function unitNameOf(units: readonly Pick<Unit, 'id' | 'shortName' | 'nameEn'>[], id: UnitId, locale: 'da' | 'en'): string {
  const u = units.find((x) => x.id === id);
  return u ? unitLabel(u, locale) : id;
}

/** What the contact strategy calls the units and the purposes: everything that shows them by name reads it here. */
export interface Naming { units: readonly Unit[]; purposes: readonly Purpose[] }

export const DEFAULT_NAMING: Naming = { units: DEFAULT_UNITS, purposes: PURPOSES };

/** A purpose's name in Danish or English; the id itself for one the catalogue does not (or no longer) hold. */
export function purposeName(purposes: readonly Purpose[], id: string, locale: 'da' | 'en'): string {
  const p = purposes.find((x) => x.id === id);
  return p ? (locale === 'da' ? p.name : p.nameEn) : id;
}
