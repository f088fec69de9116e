import { useMemo } from 'react';
import { createFormatError, formatMessage, useI18n } from '../../i18n';
import type { I18n, MessageKey, MessageOverrides, MessageParams } from '../../i18n';

/**
 * The nearest `I18nProvider`'s helpers with a component's own `messages` overrides on top
 * (the `messages?` prop every component takes). Errors still go through `formatError`.
 */
export function useMessages(overrides?: MessageOverrides): I18n {
  const base = useI18n();
  return useMemo(() => {
    if (!overrides) return base;
    const t = (key: MessageKey, params?: MessageParams): string => {
      const own = overrides[key];
      return own === undefined ? base.t(key, params) : formatMessage(base.locale, own, params);
    };
    return { ...base, t, formatError: createFormatError(t) };
  }, [base, overrides]);
}

/** Translation of a run-time key (e.g. `agreement.${name}`), falling back to `fallback`. */
export function tDynamic(i18n: I18n, key: string, fallback: string, params?: MessageParams): string {
  return i18n.has(key) ? i18n.t(key, params) : fallback;
}

/** Core password rule id → message key. */
export function passwordRuleKey(id: string): MessageKey {
  switch (id) {
    case 'minLength':
      return 'password.rule.minLength';
    case 'maxLength':
      return 'password.rule.maxLength';
    case 'lowercase':
      return 'password.rule.lowercase';
    case 'uppercase':
      return 'password.rule.uppercase';
    case 'number':
      return 'password.rule.number';
    default:
      return 'password.rule.special';
  }
}
