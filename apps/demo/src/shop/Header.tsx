import { AccountMenu } from '@synerise-auth/ui';
import { LIVE } from '../lib/config';
import { usePrefs, type Locale } from '../lib/prefs';
import { CHANGE_PASSWORD, href, navigate, type Route } from '../lib/router';
import { useStrings } from '../lib/strings';
import { BasketBadge } from './BasketBadge';

export function Header({ route, onSignIn }: { route: Route; onSignIn: () => void }) {
  const s = useStrings();
  const prefs = usePrefs();
  const links: Array<[Route, string]> = [
    ['shop', s.navShop],
    ['custom', s.navCustom],
    ['account', s.navAccount],
    ...(LIVE ? [] : ([['workspace', s.navWorkspace]] as Array<[Route, string]>)),
  ];
  return (
    <header className="demo-header">
      <a className="demo-skip" href="#main">
        {s.skip}
      </a>
      <a className="demo-brand" href={href('shop')}>
        <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" fill="var(--demo-accent)" />
          <path d="M7 16 V8 l10 8 V8" stroke="#fff" strokeWidth="2.2" fill="none" strokeLinejoin="round" />
        </svg>
        <span className="demo-brand__name">{s.brand}</span>
      </a>
      <nav aria-label={s.mainNav} className="demo-nav">
        <ul>
          {links.map(([r, label]) => (
            <li key={r}>
              <a href={href(r)} aria-current={route === r ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="demo-header__tools">
        <label className="demo-select">
          <span className="demo-sr-only">{s.language}</span>
          <select value={prefs.locale} onChange={(e) => prefs.setLocale(e.target.value as Locale)} data-testid="locale">
            <option value="en">EN</option>
            <option value="pl">PL</option>
          </select>
        </label>
        <button
          type="button"
          className="demo-icon-button"
          aria-pressed={prefs.theme === 'dark'}
          onClick={() => prefs.setTheme(prefs.theme === 'dark' ? 'light' : 'dark')}
          data-testid="theme"
        >
          <span aria-hidden="true">{prefs.theme === 'dark' ? '☀' : '☾'}</span>
          <span className="demo-sr-only">{s.themeDark}</span>
        </button>
        <BasketBadge />
        <AccountMenu
          className="demo-account"
          onSignInRequested={onSignIn}
          onMyAccount={() => navigate('account')}
          onChangePassword={() => navigate('account', CHANGE_PASSWORD)}
          showSignOutEverywhere
        />
      </div>
    </header>
  );
}
