import type { en } from './messages/en';

/** Locales shipped with the kit (each a catalogue entry: `@synerise-auth/ui/locales/<locale>`). */
export type Locale = 'en' | 'pl';

/** CLDR plural categories (what `Intl.PluralRules#select` returns). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message with plural forms. The form is chosen with `Intl.PluralRules` from the `count`
 * param or, when there is none, from the first numeric param (e.g. `{minutes}`).
 */
export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };

export type Message = string | PluralMessage;

export type MessageKey = keyof typeof en;

/** Every key of the catalogue; each locale must define all of them. */
export type Messages = Record<MessageKey, Message>;

/** Per-key overrides passed to `<I18nProvider messages={…}>`. */
export type MessageOverrides = Partial<Record<MessageKey, Message>>;

export type MessageParams = Readonly<Record<string, string | number>>;
