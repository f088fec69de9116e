import type { Decorator, Preview } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { configure } from 'storybook/test';
import '../packages/ui/src/styles.css';
import { I18nProvider } from '../packages/ui/src/i18n/I18nProvider';
import { pl } from '../packages/ui/src/locales/pl';
import { ThemeRoot, type ThemeMode } from '../packages/ui/src/theme/ThemeRoot';

/** "Custom brand": what a shop does to re-skin the kit — override a few --sa-* tokens. */
export const brandTokens = {
  '--sa-color-primary': '#6d28d9',
  '--sa-color-primary-foreground': '#ffffff',
  '--sa-color-ring': '#7c3aed',
  '--sa-color-background': '#faf5ff',
  '--sa-radius': '0.125rem',
  '--sa-font-family': 'Georgia, "Times New Roman", serif',
} as CSSProperties;

// findBy*/waitFor in play functions: generous on a loaded 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

type ThemeGlobal = ThemeMode | 'brand';

/** Wraps every story in ThemeRoot + I18nProvider driven by the toolbar globals. */
const withKit: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as ThemeGlobal;
  const locale = context.globals.locale === 'pl' ? 'pl' : 'en';
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <I18nProvider {...(locale === 'pl' ? { catalogue: pl } : {})}>
      <ThemeRoot
        theme={theme === 'brand' ? 'light' : theme}
        dir={dir}
        lang={locale}
        // In the canvas the theme background fills the whole frame (no white band under a dark story).
        // ThemeRoot only carries tokens (it never paints the shop): the canvas paints itself from them, as a shop would.
        style={{ padding: '1.5rem', background: 'var(--sa-color-background)', color: 'var(--sa-color-foreground)', ...(context.viewMode === 'story' ? { minHeight: '100vh', boxSizing: 'border-box' } : {}), ...(theme === 'brand' ? brandTokens : {}) }}
      >
        <Story />
      </ThemeRoot>
    </I18nProvider>
  );
};

const preview: Preview = {
  decorators: [withKit],
  globalTypes: {
    theme: {
      description: 'Kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
          { value: 'brand', title: 'Custom brand' },
        ],
      },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'pl', title: 'Polski' },
        ],
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail story tests (test-storybook) and show in the a11y panel.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    options: { storySort: { order: ['Introduction', 'Foundations', 'Primitives', 'Components', '*'] } },
  },
};

export default preview;
