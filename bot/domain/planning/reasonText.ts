/** The plan's reasons and flags in words: Danish for staff, English for English-speaking Teams clients. */
import { formatDay, type Locale } from '../danishTime.js';
import { bandLabel } from '../employeeBand.js';
import { sectionByLetter } from '../industries.js';
import { postalArea } from '../norddjurs.js';
import { DEFAULT_NAMING, purposeName, unitNameOf, type Naming, type Unit, type UnitId } from '../units.js';
import type { PlanFlag, PlanReason } from './types.js';

const numberFormats: Record<Locale, [Intl.NumberFormat, Intl.NumberFormat]> = {
  da: [new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }), new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 })],
  en: [new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }), new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })],
};

/** One decimal ("0,4"); two below 0.1, where one would read as no coverage at all. */
export function formatIndex(index: number, locale: Locale): string {
  return numberFormats[locale][index < 0.1 ? 1 : 0].format(index);
}

function unitName(id: UnitId, locale: Locale, units: readonly Unit[]): string {
  return unitNameOf(units, id, locale);
}

export function reasonText(r: PlanReason, locale: Locale, naming: Naming = DEFAULT_NAMING): string {
  const { units } = naming;
  const da = locale === 'da';
  switch (r.code) {
    case 'neverContacted':
      return da ? 'aldrig kontaktet' : 'never contacted';
    case 'newCompany':
      return da ? 'ny virksomhed – byd velkommen' : 'new company – welcome it';
    case 'silent':
      return da ? `tavs i ${r.months} ${r.months === 1 ? 'måned' : 'måneder'}` : `silent for ${r.months} ${r.months === 1 ? 'month' : 'months'}`;
    case 'followUpDue': {
      const unit = unitName(r.unit, locale, units);
      return da ? `opfølgning aftalt til ${formatDay(r.date, 'da')} (${unit})` : `follow-up due ${formatDay(r.date, 'en')} (${unit})`;
    }
    case 'lastGoodContact': {
      const unit = unitName(r.unit, locale, units);
      const rating = r.rating === null ? '' : da ? `, vurdering ${r.rating}/5` : `, rated ${r.rating}/5`;
      return da
        ? `${unit} havde den seneste gode kontakt (${formatDay(r.date, 'da')}${rating})`
        : `${unit} had the last good contact (${formatDay(r.date, 'en')}${rating})`;
    }
    case 'sectionUnderCovered': {
      const s = sectionByLetter(r.section);
      const name = s ? (da ? s.name : s.nameEn) : r.section;
      const index = formatIndex(r.index, locale);
      return da ? `branchen er underrepræsenteret (${name}, indeks ${index})` : `industry under-represented (${name}, index ${index})`;
    }
    case 'areaUnderCovered': {
      const town = postalArea(r.area)?.town;
      const area = town ? `${r.area} ${town}` : r.area;
      const index = formatIndex(r.index, locale);
      return da ? `området er underrepræsenteret (${area}, indeks ${index})` : `area under-represented (${area}, index ${index})`;
    }
    case 'unitFit': {
      const unit = unitName(r.unit, locale, units);
      const band = bandLabel(r.employeeBand);
      const one = band === '1';
      const size = band === null ? '' : da ? `, ${band} ${one ? 'ansat' : 'ansatte'}` : `, ${band} ${one ? 'employee' : 'employees'}`;
      const purpose = purposeName(naming.purposes, r.purpose, locale);
      return da ? `passer til ${unit} (${purpose}${size})` : `suits ${unit} (${purpose}${size})`;
    }
    case 'addedByCoordinator':
      return da ? 'tilføjet af erhvervskoordinatoren' : 'added by the business coordinator';
    case 'reassignedByCoordinator': {
      const unit = unitName(r.from, locale, units);
      return da ? `flyttet fra ${unit} af erhvervskoordinatoren` : `moved from ${unit} by the business coordinator`;
    }
  }
}

export function reasonsText(reasons: readonly PlanReason[], locale: Locale, naming: Naming = DEFAULT_NAMING): string {
  return reasons.map((r) => reasonText(r, locale, naming)).join('; ');
}

const FLAG_TEXT: Record<PlanFlag, Record<Locale, string>> = {
  advertisingProtected: {
    da: 'reklamebeskyttet: henvendelse kræver hjemmel eller virksomhedens samtykke',
    en: 'advertising-protected: an approach needs a legal basis or the company’s consent',
  },
  partialOptOut: { da: 'har frabedt sig kontakt fra andre enheder', en: 'has declined contact from other units' },
  overCap: { da: 'over enhedens andel: ingen anden enhed kunne tage den', en: 'beyond the unit’s share: no other unit could take it' },
  manual: { da: 'tilføjet manuelt', en: 'added by hand' },
  reassigned: { da: 'flyttet af koordinatoren', en: 'reassigned by the coordinator' },
};

export function flagText(flag: PlanFlag, locale: Locale): string {
  return FLAG_TEXT[flag][locale];
}
