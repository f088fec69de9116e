import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createFormatError } from './formatError';
import { formatMessage } from './format';
import type { Catalogue } from './catalogue';
import { en } from './messages/en';
import type { MessageKey, MessageOverrides, MessageParams, Messages } from './types';

/** The built-in default catalogue (the only one in the main entry). */
export const english: Catalogue = { locale: 'en', messages: en };

export interface I18n {
  /** BCP 47 locale of the catalogue in use, e.g. 'en', 'pl'. */
  locale: string;
  /** Translated text of `key`, `{placeholders}` filled from params; plural forms chosen by number. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Whether `key` exists (for keys built at run time, e.g. `agreement.${name}`). */
  has: (key: string) => key is MessageKey;
  /** User-safe translated message for any error value (unknown → generic message). */
  formatError: (error: unknown) => string;
}

/** Builds the i18n object (what `useI18n` returns) outside React, e.g. for tests or SSR. */
export function createI18n(catalogue: Catalogue = english, overrides?: MessageOverrides): I18n {
  const { locale } = catalogue;
  const messages: Record<string, Messages[MessageKey] | undefined> = { ...catalogue.messages, ...overrides };
  const has = (key: string): key is MessageKey => messages[key] !== undefined;
  const t = (key: MessageKey, params?: MessageParams): string => {
    const message = messages[key] ?? en[key];
    return message === undefined ? key : formatMessage(locale, message, params);
  };
  return { locale, t, has, formatError: createFormatError(t) };
}

const defaultI18n = createI18n();
const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** Catalogue of the shop's language, e.g. `pl` from `@synerise-auth/ui/locales/pl`; English by default. */
  catalogue?: Catalogue;
  /** Per-key overrides of the locale's messages (strings or plural forms). */
  messages?: MessageOverrides;
  children?: ReactNode;
}

export function I18nProvider({ catalogue = english, messages, children }: I18nProviderProps) {
  const value = useMemo(() => createI18n(catalogue, messages), [catalogue, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Translation helpers of the nearest `<I18nProvider>`; English when there is none. */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? defaultI18n;
}
