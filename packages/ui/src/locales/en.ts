import type { Catalogue } from '../i18n/catalogue';
import { en as messages } from '../i18n/messages/en';

// Entry `@synerise-auth/ui/locales/en`. English is also the built-in default of
// <I18nProvider>: a shop needs this import only to name it explicitly.
export const en: Catalogue = { locale: 'en', messages };
