'use client';
import { useSession } from '@synerise-auth/react';

/** Session state for people and tests (`data-status`: booting | anonymous | authenticated …). */
export function SessionBadge() {
  const session = useSession();
  return (
    <p className="shop-status" data-testid="session-status" data-status={session.status}>
      {session.status === 'authenticated' ? `Signed in as ${session.profile?.email ?? ''}` : 'Guest'}
    </p>
  );
}
