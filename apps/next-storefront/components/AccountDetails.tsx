'use client';
import Link from 'next/link';
import { useSession } from '@synerise-auth/react';
import { SignOutButton } from '@synerise-auth/ui';

/** The signed-in customer's details; a link to sign in for a visitor. */
export function AccountDetails() {
  const session = useSession();
  if (session.status === 'booting') return <p aria-busy="true">Loading your session…</p>;
  if (session.status !== 'authenticated') {
    return (
      <p data-testid="account-anonymous">
        You are not signed in. <Link href="/">Sign in</Link>
      </p>
    );
  }
  return (
    <div data-testid="account-details">
      <dl>
        <dt>E-mail</dt>
        <dd data-testid="account-email">{session.profile?.email}</dd>
      </dl>
      <SignOutButton />
    </div>
  );
}
