import type { Catalogue } from '../i18n/catalogue';
import { pl as messages } from '../i18n/messages/pl';

// Entry `@synerise-auth/ui/locales/pl`: `<I18nProvider catalogue={pl}>`. Not part of the main
// entry, so English-only shops do not download Polish.
export const pl: Catalogue = { locale: 'pl', messages };
