import type { Messages } from './types';

/**
 * A translation catalogue: every key of the English catalogue, plus the BCP 47 locale its
 * plural rules and `lang` follow. Shipped ones are separate entries
 * (`@synerise-auth/ui/locales/pl`), so a shop downloads only the catalogues it imports.
 */
export interface Catalogue {
  readonly locale: string;
  readonly messages: Messages;
}
