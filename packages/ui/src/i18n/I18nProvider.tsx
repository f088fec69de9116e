import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createFormatError } from './formatError';
import { formatMessage } from './format';
import { en } from './messages/en';
import { pl } from './messages/pl';
import type { Locale, MessageKey, MessageOverrides, MessageParams, Messages } from './types';

export const catalogues: Readonly<Record<Locale, Messages>> = { en, pl };

export interface I18n {
  locale: Locale;
  /** Translated text of `key`, `{placeholders}` filled from params; plural forms chosen by number. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Whether `key` exists (for keys built at run time, e.g. `agreement.${name}`). */
  has: (key: string) => key is MessageKey;
  /** User-safe translated message for any error value (unknown → generic message). */
  formatError: (error: unknown) => string;
}

/** Builds the i18n object (what `useI18n` returns) outside React, e.g. for tests or SSR. */
export function createI18n(locale: Locale = 'en', overrides?: MessageOverrides): I18n {
  const messages: Record<string, Messages[MessageKey] | undefined> = { ...catalogues[locale], ...overrides };
  const has = (key: string): key is MessageKey => messages[key] !== undefined;
  const t = (key: MessageKey, params?: MessageParams): string => {
    const message = messages[key] ?? en[key];
    return message === undefined ? key : formatMessage(locale, message, params);
  };
  return { locale, t, has, formatError: createFormatError(t) };
}

const defaultI18n = createI18n('en');
const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  locale?: Locale;
  /** Per-key overrides of the locale's messages (strings or plural forms). */
  messages?: MessageOverrides;
  children?: ReactNode;
}

export function I18nProvider({ locale = 'en', messages, children }: I18nProviderProps) {
  const value = useMemo(() => createI18n(locale, messages), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Translation helpers of the nearest `<I18nProvider>`; English when there is none. */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? defaultI18n;
}
