import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n, I18nProvider, useI18n } from './I18nProvider';
import type { MessageKey, MessageParams } from './types';
import { en as enCatalogue } from '../locales/en';
import { pl as plCatalogue } from '../locales/pl';

function Probe({ k, params, error }: { k: MessageKey; params?: MessageParams; error?: unknown }) {
  const { t, locale, formatError } = useI18n();
  return (
    <p>
      <span data-testid="locale">{locale}</span>
      <span data-testid="text">{t(k, params)}</span>
      <span data-testid="error">{formatError(error)}</span>
    </p>
  );
}

describe('I18nProvider / useI18n', () => {
  it('uses English without a provider', () => {
    render(<Probe k="signIn.title" />);
    expect(screen.getByTestId('locale').textContent).toBe('en');
    expect(screen.getByTestId('text').textContent).toBe('Sign in');
  });

  it('switches to Polish', () => {
    render(<I18nProvider catalogue={plCatalogue}><Probe k="password.rule.minLength" params={{ min: 8 }} /></I18nProvider>);
    expect(screen.getByTestId('locale').textContent).toBe('pl');
    expect(screen.getByTestId('text').textContent).toBe('Co najmniej 8 znaków');
  });

  it('lets the shop override single keys, including plural forms', () => {
    render(
      <I18nProvider catalogue={plCatalogue} messages={{ 'signIn.title': 'Witaj w sklepie', 'time.minutes': { one: 'minutka', other: '{count} minutek' } }}>
        <Probe k="signIn.title" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text').textContent).toBe('Witaj w sklepie');
    const i18n = createI18n(plCatalogue, { 'time.minutes': { one: 'minutka', other: '{count} minutek' } });
    expect(i18n.t('time.minutes', { count: 1 })).toBe('minutka');
    expect(i18n.t('time.minutes', { count: 5 })).toBe('5 minutek');
    expect(i18n.t('signIn.submit')).toBe('Zaloguj się');
  });

  it('translates errors inside the provider', () => {
    render(<I18nProvider catalogue={plCatalogue}><Probe k="signIn.title" error={{ code: 'INVALID_CREDENTIALS' }} /></I18nProvider>);
    expect(screen.getByTestId('error').textContent).toBe('Nieprawidłowy e-mail lub hasło.');
  });
});

describe('formatError', () => {
  const en = createI18n(enCatalogue);
  const pl = createI18n(plCatalogue);

  it('translates known codes and never shows the raw message', () => {
    const error = Object.assign(new Error('Raw server text: password=hunter2'), { code: 'NETWORK' });
    expect(en.formatError(error)).toBe(en.t('error.NETWORK'));
    expect(en.formatError(error)).not.toContain('hunter2');
  });

  it('falls back to the generic message for unknown codes and non-errors', () => {
    const generic = en.t('error.generic');
    for (const value of [{ code: 'SOMETHING_NEW', message: 'server said no' }, new Error('boom'), 'text', null, undefined, 42, { code: 7 }]) {
      expect(en.formatError(value)).toBe(generic);
    }
  });

  it('shows lock time in whole minutes with plural forms', () => {
    expect(pl.formatError({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 60 })).toMatch(/za 1 minutę\.$/);
    expect(pl.formatError({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 150 })).toMatch(/za 3 minuty\.$/);
    expect(pl.formatError({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 300 })).toMatch(/za 5 minut\.$/);
    expect(en.formatError({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 61 })).toMatch(/in 2 minutes\.$/);
    expect(en.formatError({ code: 'ACCOUNT_LOCKED' })).toBe(en.t('error.ACCOUNT_LOCKED'));
  });

  it('uses retry-after for rate limits and PIN resend cooldown', () => {
    expect(en.formatError({ code: 'RATE_LIMITED', retryAfterSeconds: 1 })).toBe('Too many attempts. Try again in 1 second.');
    expect(pl.formatError({ code: 'RATE_LIMITED', retryAfterSeconds: 22 })).toBe('Zbyt wiele prób. Spróbuj ponownie za 22 sekundy.');
    expect(en.formatError({ code: 'RATE_LIMITED', retryAfterSeconds: 600 })).toBe('Too many attempts. Try again in 10 minutes.');
    expect(pl.formatError({ code: 'PIN_RESEND_COOLDOWN', retryAfterSeconds: 29.2 })).toBe('Nowy kod możesz wysłać za 30 s.');
    expect(en.formatError({ code: 'RATE_LIMITED', retryAfterSeconds: Number.NaN })).toBe(en.t('error.RATE_LIMITED'));
  });

  it('knows whether a run-time key exists', () => {
    expect(en.has('agreement.sms')).toBe(true);
    expect(en.has('agreement.carrierPigeon')).toBe(false);
    expect(en.t('agreement.carrierPigeon' as MessageKey)).toBe('agreement.carrierPigeon');
  });
});
