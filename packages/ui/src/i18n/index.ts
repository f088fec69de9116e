// Barrel for the kit's own components (import from '../i18n'); the package API is src/index.ts.
export { I18nProvider, useI18n, createI18n, english } from './I18nProvider';
export type { Catalogue } from './catalogue';
export type { I18n, I18nProviderProps } from './I18nProvider';
export { AUTH_ERROR_CODES, createFormatError } from './formatError';
export type { ErrorCode, ErrorLike } from './formatError';
export { formatMessage, interpolate, placeholdersOf, pluralCategory } from './format';
export { en } from './messages/en';
export type { Locale, Message, MessageKey, MessageOverrides, MessageParams, Messages, PluralCategory, PluralMessage } from './types';
