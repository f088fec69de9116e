import type { Message, MessageParams, PluralCategory } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the `{placeholders}` used by a message (all plural forms together), sorted. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of (text ?? '').matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  }
  return [...names].sort();
}

/** Replaces `{name}` with params.name; unknown placeholders stay visible as `{name}`. */
export function interpolate(text: string, params: MessageParams = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The number a plural message is selected on: `count`, else the first numeric param. */
function pluralNumber(params: MessageParams): number {
  if (typeof params.count === 'number') return params.count;
  for (const value of Object.values(params)) if (typeof value === 'number') return value;
  return 0;
}

const rulesCache = new Map<string, Intl.PluralRules>();

/** CLDR plural category of `n` in `locale` (Polish: one / few / many / other). */
export function pluralCategory(locale: string, n: number): PluralCategory {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules.select(n) as PluralCategory;
}

/** Resolves a message (string or plural forms) to final text. */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  if (typeof message === 'string') return interpolate(message, params);
  const form = message[pluralCategory(locale, pluralNumber(params))] ?? message.other;
  return interpolate(form, params);
}
