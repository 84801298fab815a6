/** The UI language: Danish unless Teams says the user reads English. */
import { createContext, useContext } from 'react';
import type { Locale } from '@contract/domain';
import { da, type Messages } from './da';
import { en } from './en';

export type { Locale, Messages };

export function localeFromHost(hostLocale: string | null | undefined): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : da;
}

export interface I18n { locale: Locale; t: Messages }

export const I18nContext = createContext<I18n>({ locale: 'da', t: da });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
