import { describe, expect, it } from 'vitest';
import { AUTH_ERROR_CODES } from './formatError';
import { placeholdersOf, pluralCategory } from './format';
import { en } from '../locales/en';
import { pl } from '../locales/pl';
import type { Catalogue } from './catalogue';
import type { Message } from './types';

const catalogues: Record<string, Catalogue> = { en, pl };
const locales = Object.keys(catalogues);
const reference = en.messages as Record<string, Message>;

describe.each(locales)('locale %s', (locale) => {
  const messages = catalogues[locale]!.messages as Record<string, Message>;

  it('names its own locale', () => {
    expect(catalogues[locale]!.locale).toBe(locale);
  });

  it('has exactly the same keys as English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
  });

  it('uses the same {placeholders} as English for every key', () => {
    const mismatches = Object.keys(reference).filter(
      (key) => messages[key] === undefined || placeholdersOf(messages[key]).join() !== placeholdersOf(reference[key] as Message).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('has no empty texts and every plural form has an "other"', () => {
    for (const [key, message] of Object.entries(messages)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      expect(forms.every((text) => typeof text === 'string' && text.trim().length > 0), key).toBe(true);
      if (typeof message !== 'string') expect(message.other, key).toBeTruthy();
    }
  });

  it('defines every plural form the language needs', () => {
    const needed = new Set([0, 1, 2, 3, 5, 12, 22, 25, 1.5].map((n) => pluralCategory(locale, n)));
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message === 'string') continue;
      for (const category of needed) expect(message[category], `${key}.${category}`).toBeTruthy();
    }
  });

  it('has a message for every AuthError code and a generic fallback', () => {
    for (const code of AUTH_ERROR_CODES) expect(messages[`error.${code}`], code).toBeTruthy();
    expect(messages['error.generic']).toBeTruthy();
  });
});

describe('Polish catalogue', () => {
  it('needs one, few and many forms', () => {
    expect([1, 2, 5, 22, 25].map((n) => pluralCategory('pl', n))).toEqual(['one', 'few', 'many', 'few', 'many']);
  });

  it('is written with Polish diacritics, not stripped ASCII', () => {
    expect(pl.messages['field.password']).toBe('Hasło');
    expect(pl.messages['signIn.createAccount']).toBe('Załóż konto');
  });

  it('is a real translation, not a copy of English', () => {
    const same = Object.keys(reference).filter((key) => JSON.stringify(pl.messages[key as keyof typeof pl.messages]) === JSON.stringify(reference[key]));
    // Brand names and "E-mail" legitimately stay the same.
    expect(same).toEqual(['field.email']);
  });
});
