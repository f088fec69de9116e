import type { ComponentProps } from 'react';
import { cx } from '../primitives/cx';

export type ThemeMode = 'light' | 'dark' | 'auto';

export interface ThemeRootProps extends ComponentProps<'div'> {
  /** `auto` follows `prefers-color-scheme`. Default `light`. */
  theme?: ThemeMode;
  /** Text direction; logical CSS properties make `rtl` work without extra rules. */
  dir?: 'ltr' | 'rtl' | 'auto';
}

/**
 * Scope for the kit's CSS variables: sets class `sa-root` and `data-sa-theme`. Override
 * tokens with `style={{ '--sa-color-primary': '#7c3aed' }}` or your own class.
 */
export function ThemeRoot({ theme = 'light', className, ...rest }: ThemeRootProps) {
  return <div data-slot="root" {...rest} className={cx('sa-root', className)} data-sa-theme={theme} />;
}

/** Alias of ThemeRoot, for apps that prefer the provider naming. */
export const AuthThemeProvider = ThemeRoot;
