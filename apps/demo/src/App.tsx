import { useCallback, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { createQueryClientCache } from '@synerise-auth/react/query';
import { I18nProvider, ThemeRoot } from '@synerise-auth/ui';
import { API_KEY, BASE_URL, LIVE } from './lib/config';
import { BasketProvider } from './lib/basket';
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

function Themed() {
  const { locale, theme } = usePrefs();
  // A new provider (and core client) after the workspace settings change, so the cached
  // public settings (password policy, PIN length) are read again. The session is kept.
  const [generation, setGeneration] = useState(0);
  const bump = useCallback(() => setGeneration((g) => g + 1), []);
  // The shop's own react-query client; the kit's hooks share it (one cache, one request,
  // devtools and the global MutationCache see every kit mutation).
  const [queryClient] = useState(() => new QueryClient());
  const [cache] = useState(() => createQueryClientCache(queryClient));
  return (
    <I18nProvider locale={locale}>
      <ThemeRoot theme={theme} className="demo-theme">
        <QueryClientProvider client={queryClient}>
          <SyneriseAuthProvider key={generation} apiKey={API_KEY} baseUrl={BASE_URL} cache={cache}>
            <BasketProvider>
              <Shell onSettingsChanged={bump} />
            </BasketProvider>
          </SyneriseAuthProvider>
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
