import { useAccount, useSession } from '@synerise-auth/react';
import { Button } from '@synerise-auth/ui';
import { fill, useStrings } from '../lib/strings';
import { ProductGrid } from '../shop/ProductGrid';

export function StorefrontPage({ onSignIn }: { onSignIn: () => void }) {
  const s = useStrings();
  const status = useSession((snap) => snap.status);
  const email = useSession((snap) => snap.profile?.email);
  const account = useAccount();
  const name = account.data?.firstName || email?.split('@')[0];
  const signedIn = status === 'authenticated';
  return (
    <>
      <section className="demo-hero" aria-labelledby="hero-title" data-testid="hero" data-signed-in={signedIn}>
        <div>
          <h1 id="hero-title">{signedIn && name ? fill(s.heroTitleBack, { name }) : s.heroTitle}</h1>
          <p>{signedIn ? s.heroTextSignedIn : s.heroText}</p>
          {status === 'anonymous' && (
            <Button onClick={onSignIn} data-testid="hero-sign-in">
              {s.signIn}
            </Button>
          )}
        </div>
        <svg viewBox="0 0 200 120" className="demo-hero__art" aria-hidden="true" focusable="false">
          <circle cx="150" cy="40" r="26" fill="hsl(40 95% 60%)" />
          <path d="M0 120 C40 70 80 70 120 100 S180 90 200 80 V120 Z" fill="var(--demo-accent)" opacity="0.85" />
          <path d="M0 120 C50 90 90 100 130 115 S190 105 200 110 V120 Z" fill="var(--demo-accent-2)" />
        </svg>
      </section>
      <ProductGrid />
    </>
  );
}
