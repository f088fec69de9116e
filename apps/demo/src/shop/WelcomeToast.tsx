import { useEffect } from 'react';
import { useAccount, useSession } from '@synerise-auth/react';
import { fill, useStrings } from '../lib/strings';

/** "Welcome, Ann!" for a few seconds after a sign-in from the dialog (a polite status message). */
export function WelcomeToast({ shown, onDone }: { shown: boolean; onDone: () => void }) {
  const s = useStrings();
  const email = useSession((snap) => snap.profile?.email);
  const account = useAccount();
  const name = account.data?.firstName || email?.split('@')[0] || '';
  useEffect(() => {
    if (!shown) return;
    const timer = window.setTimeout(onDone, 4000);
    return () => window.clearTimeout(timer);
  }, [shown, onDone]);
  return (
    <div className="demo-toast-region" role="status" data-testid="welcome-toast">
      {shown && name ? (
        <p className="demo-toast">
          <span className="demo-toast__icon" aria-hidden="true">✓</span>
          {fill(s.welcome, { name })}
        </p>
      ) : null}
    </div>
  );
}
