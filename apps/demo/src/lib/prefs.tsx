import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'en' | 'pl';
export type Theme = 'light' | 'dark';

export interface Prefs {
  locale: Locale;
  theme: Theme;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: Theme) => void;
}

const PrefsContext = createContext<Prefs | null>(null);
const KEY = 'demo:prefs';

function load(): { locale: Locale; theme: Theme } {
  const params = new URLSearchParams(window.location.search);
  let stored: Partial<{ locale: Locale; theme: Theme }> = {};
  try {
    stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as typeof stored;
  } catch {
    stored = {};
  }
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const locale = (params.get('lang') ?? stored.locale) === 'pl' ? 'pl' : 'en';
  const themeParam = params.get('theme') ?? stored.theme;
  const theme: Theme = themeParam === 'dark' || (themeParam !== 'light' && prefersDark) ? 'dark' : 'light';
  return { locale, theme };
}

/** Locale and theme, persisted in localStorage; `?lang=pl&theme=dark` overrides (screenshots). */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(load);
  useEffect(() => {
    window.localStorage.setItem(KEY, JSON.stringify(state));
    document.documentElement.lang = state.locale;
    document.documentElement.dataset['theme'] = state.theme;
  }, [state]);
  const value = useMemo<Prefs>(
    () => ({
      ...state,
      setLocale: (locale) => setState((s) => ({ ...s, locale })),
      setTheme: (theme) => setState((s) => ({ ...s, theme })),
    }),
    [state],
  );
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs needs <PrefsProvider>.');
  return prefs;
}
