import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './en';
import { MessageKey, nl } from './nl';

export type Locale = 'nl' | 'en';
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { nl, en };
const LOCALE_KEY = 'wsp.locale';
/** Dates and times are shown as in the Netherlands, in Amsterdam's time, whatever the device's zone. */
const TIME_ZONE = 'Europe/Amsterdam';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  time(iso: string): string;
  /** A calendar day (YYYY-MM-DD) with its weekday: "maandag 7 december". */
  day(date: string): string;
  number(value: number): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'nl'));
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    // Formats in nl-NL for Dutch; English screens keep Dutch conventions of place and time but English words.
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const dateTimeFormat = new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const timeFormat = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
    const dayFormat = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const numberFormat = new Intl.NumberFormat('nl-NL');
    return {
      locale,
      setLocale,
      t: (key, values = {}) =>
        (MESSAGES[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)),
      date: (iso) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)),
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      time: (iso) => timeFormat.format(new Date(iso)),
      day: (date) => dayFormat.format(new Date(`${date}T12:00:00Z`)),
      number: (value) => numberFormat.format(value),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
