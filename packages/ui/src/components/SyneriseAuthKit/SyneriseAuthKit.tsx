'use client';
import type { ReactNode } from 'react';
import { SyneriseAuthProvider, type SyneriseAuthProviderProps } from '@synerise-auth/react';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Catalogue } from '../../i18n/catalogue';
import type { MessageOverrides } from '../../i18n/types';
import { ThemeRoot, type ThemeMode, type ThemeRootProps } from '../../theme/ThemeRoot';

export interface SyneriseAuthKitProps extends Omit<SyneriseAuthProviderProps, 'children'> {
  /** Catalogue of the shop's language (e.g. `pl` from `@synerise-auth/ui/locales/pl`); English by default. */
  catalogue?: Catalogue;
  /** Per-key overrides of the catalogue's messages. */
  messages?: MessageOverrides;
  /** `light` (default), `dark` or `auto`. */
  theme?: ThemeMode;
  /** Extra props of the ThemeRoot element (class for token overrides, `dir`, `style`). */
  themeProps?: Omit<ThemeRootProps, 'theme' | 'children'>;
  children?: ReactNode;
}

/**
 * The common case in one wrapper: `SyneriseAuthProvider` + `I18nProvider` + `ThemeRoot`.
 * ThemeRoot only carries the kit's tokens, so wrapping a whole shop in it restyles nothing.
 */
export function SyneriseAuthKit({ catalogue, messages, theme = 'light', themeProps, children, ...provider }: SyneriseAuthKitProps) {
  return (
    <SyneriseAuthProvider {...provider}>
      <I18nProvider {...(catalogue ? { catalogue } : {})} {...(messages ? { messages } : {})}>
        <ThemeRoot {...themeProps} theme={theme}>
          {children}
        </ThemeRoot>
      </I18nProvider>
    </SyneriseAuthProvider>
  );
}
