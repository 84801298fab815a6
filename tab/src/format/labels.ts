/** Names for codes the API sends: DB07 sections, Norddjurs postal areas, CVR employee bands, ISO weeks. */
import { bandLabel, parseWeekKey, sectionByLetter, sectionOfCode, postalArea } from '@contract/domain';
import type { Locale, Messages } from '../i18n';

export function sectionName(letter: string | null, locale: Locale): string {
  if (letter === null) return '–';
  const s = sectionByLetter(letter);
  return s ? `${s.code} ${locale === 'en' ? s.nameEn : s.name}` : letter;
}

export function industryName(code: string | null, locale: Locale): string {
  if (code === null) return '–';
  const s = sectionOfCode(code);
  return s ? `${code} (${s.code} ${locale === 'en' ? s.nameEn : s.name})` : code;
}

export function areaName(code: string | null): string {
  if (code === null) return '–';
  const a = postalArea(code);
  return a ? `${a.code} ${a.town}` : code;
}

export function bandName(band: string | null): string {
  return bandLabel(band) ?? '–';
}

/** "2026-W49" → "uge 49, 2026"; anything that is no week key is shown as it came. */
export function weekLabel(key: string | null | undefined, t: Messages): string {
  if (!key) return '';
  try {
    const { year, week } = parseWeekKey(key);
    return t.settings.week(week, year);
  } catch {
    return key;
  }
}
