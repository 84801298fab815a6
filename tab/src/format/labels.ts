/** Names for codes the API sends: DB07 sections, Norddjurs postal areas, CVR employee bands. */
import { bandLabel, sectionByLetter, sectionOfCode, postalArea } from '@contract/domain';
import type { Locale } from '../i18n';

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
