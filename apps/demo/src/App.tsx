import { useCallback, useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AuthSettingsInput } from '@synerise-auth/core';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { createQueryClientCache } from '@synerise-auth/react/query';
import { I18nProvider, ThemeRoot } from '@synerise-auth/ui';
import { pl } from '@synerise-auth/ui/locales/pl';
import { API_KEY, BASE_URL, LIVE, liveSettings } from './lib/config';
import { BasketProvider } from './lib/basket';
import { emulatorApi } from './lib/emulatorApi';
import { PrefsProvider, usePrefs } from './lib/prefs';
import { useRoute } from './lib/router';
import { useStrings } from './lib/strings';
import { AccountPage } from './pages/AccountPage';
import { CustomUiPage } from './pages/CustomUiPage';
import { StorefrontPage } from './pages/StorefrontPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { OutboxPanel } from './panels/OutboxPanel';
import { SessionPanel } from './panels/SessionPanel';
import { AuthDialog } from './shop/AuthDialog';
import { Header } from './shop/Header';
import { WelcomeToast } from './shop/WelcomeToast';

function Shell({ onSettingsChanged }: { onSettingsChanged: () => void }) {
  const s = useStrings();
  const route = useRoute();
  const [dialog, setDialog] = useState(false);
  const openDialog = useCallback(() => setDialog(true), []);
  const closeDialog = useCallback(() => setDialog(false), []);
  const [welcome, setWelcome] = useState(false);
  const signedIn = useCallback(() => {
    setDialog(false);
    setWelcome(true);
  }, []);
  const hideWelcome = useCallback(() => setWelcome(false), []);

  return (
    <div className="demo-app" data-route={route}>
      <Header route={route} onSignIn={openDialog} />
      <div className="demo-layout">
        <main id="main" tabIndex={-1} className="demo-main">
          {route === 'shop' && <StorefrontPage onSignIn={openDialog} />}
          {route === 'custom' && <CustomUiPage />}
          {route === 'account' && <AccountPage onSignIn={openDialog} />}
          {route === 'workspace' && !LIVE && <WorkspacePage onChanged={onSettingsChanged} />}
        </main>
        <aside className="demo-aside" aria-label={s.devPanels}>
          <SessionPanel />
          {!LIVE && <OutboxPanel />}
        </aside>
      </div>
      <footer className="demo-footer">
        <p>{s.footer}</p>
      </footer>
      <AuthDialog open={dialog} onClose={closeDialog} onSignedIn={signedIn} />
      <WelcomeToast shown={welcome} onDone={hideWelcome} />
    </div>
  );
}

/**
 * The workspace settings are configuration, as a shop's server would hand them over (with
 * `loadAuthSettings()` of `@synerise-auth/core/server`): here the emulator's dev-only control
 * endpoint plays that server; live mode reads VITE_SYNERISE_SETTINGS. The browser never calls a
 * Synerise settings endpoint.
 */
function useWorkspaceSettings(generation: number): { settings: AuthSettingsInput | undefined; generation: number } | null {
  const [loaded, setLoaded] = useState<{ settings: AuthSettingsInput | undefined; generation: number } | null>(LIVE ? { settings: liveSettings(), generation: 0 } : null);
  useEffect(() => {
    if (LIVE) return;
    let live = true;
    emulatorApi.settings().then(
      (settings) => live && setLoaded({ settings: settings as AuthSettingsInput, generation }),
      () => live && setLoaded({ settings: undefined, generation }),
    );
    return () => {
      live = false;
    };
  }, [generation]);
  return loaded;
}

function Themed() {
  const { locale, theme } = usePrefs();
  // A new provider (and core client) after the workspace settings change, so the new
  // settings (password policy, PIN length, registration type) apply. The session is kept.
  const [generation, setGeneration] = useState(0);
  const bump = useCallback(() => setGeneration((g) => g + 1), []);
  const loaded = useWorkspaceSettings(generation);
  // The shop's own react-query client; the kit's hooks share it (one cache, one request,
  // devtools and the global MutationCache see every kit mutation).
  const [queryClient] = useState(() => new QueryClient());
  const [cache] = useState(() => createQueryClientCache(queryClient));
  return (
    <I18nProvider {...(locale === 'pl' ? { catalogue: pl } : {})}>
      <ThemeRoot theme={theme} className="demo-theme">
        <QueryClientProvider client={queryClient}>
          {loaded && (
            <SyneriseAuthProvider key={loaded.generation} apiKey={API_KEY} baseUrl={BASE_URL} settings={loaded.settings} cache={cache}>
              <BasketProvider>
                <Shell onSettingsChanged={bump} />
              </BasketProvider>
            </SyneriseAuthProvider>
          )}
        </QueryClientProvider>
      </ThemeRoot>
    </I18nProvider>
  );
}

export function App() {
  return (
    <PrefsProvider>
      <Themed />
    </PrefsProvider>
  );
}
