import type { ReactNode } from 'react';
import Link from 'next/link';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { AccountMenu, I18nProvider, ThemeRoot } from '@synerise-auth/ui';
import '@synerise-auth/ui/styles.css';
import './shop.css';
import { SessionBadge } from '../components/SessionBadge';
import { loadStorefrontAuthConfig } from '../lib/settings';

export const metadata = { title: 'Next storefront · Synerise Auth Kit' };
// Configuration is read per request on the server (env), never baked into the client bundle.
export const dynamic = 'force-dynamic';

/** A server component: the kit's provider and theme are client components rendered from here. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { apiKey, baseUrl } = await loadStorefrontAuthConfig();
  return (
    <html lang="en">
      <body>
        <I18nProvider>
          <ThemeRoot className="shop-theme">
            <SyneriseAuthProvider apiKey={apiKey} baseUrl={baseUrl}>
              <header className="shop-header">
                <Link href="/" className="shop-logo">Next storefront</Link>
                <nav aria-label="Shop">
                  <Link href="/account">Account</Link>
                </nav>
                <SessionBadge />
                <AccountMenu />
              </header>
              <main id="main" className="shop-main">{children}</main>
            </SyneriseAuthProvider>
          </ThemeRoot>
        </I18nProvider>
      </body>
    </html>
  );
}
