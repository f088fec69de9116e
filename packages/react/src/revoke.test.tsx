import { act } from '@testing-library/react';
import type { AuthError } from '@synerise-auth/core';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD } from '../test/harness';
import { useAccount, useSession, useSignIn } from './index';

// Issue 13 item 4, as the UI sees it: a session the server revoked ends in every tab after
// one signed-in call, and nothing keeps greeting the customer.

type Handles = { signIn?: ReturnType<typeof useSignIn>; account?: ReturnType<typeof useAccount> };

function Header({ handles }: { handles: Handles }) {
  const status = useSession((s) => s.status);
  const account = useAccount();
  handles.signIn = useSignIn();
  handles.account = account;
  const greeting = status === 'authenticated' && account.data?.firstName ? `Hi ${account.data.firstName}` : 'Sign in';
  return <output>{`${status}|${greeting}`}</output>;
}

describe('a revoked session in React', () => {
  it('one account call in tab A: both tabs render anonymous, and the call reports SESSION_REVOKED', async () => {
    const world = createWorld();
    const a: Handles = {};
    const b: Handles = {};
    const tabA = await world.renderTab(<Header handles={a} />);
    const tabB = await world.renderTab(<Header handles={b} />);
    await act(() => a.signIn!.mutateAsync({ email: ANN, password: PASSWORD }));
    await world.settle();
    expect([tabA.container.textContent, tabB.container.textContent]).toEqual(['authenticated|Hi Ann', 'authenticated|Hi Ann']);

    world.emulator.revokeAll();
    const refreshes = world.requests('/sauth/v3/auth/refresh/client');
    let error: AuthError | undefined;
    await act(async () => {
      await a.account!.update.mutateAsync({ firstName: 'Annie' }).catch((e: AuthError) => (error = e));
    });
    expect(error?.code).toBe('SESSION_REVOKED');
    expect([tabA.container.textContent, tabB.container.textContent]).toEqual(['anonymous|Sign in', 'anonymous|Sign in']);
    expect(world.requests('/sauth/v3/auth/refresh/client')).toBe(refreshes + 1); // one re-check for both tabs
  });

  it('reload with a revoked stored session: the account load ends it instead of greeting the customer', async () => {
    const world = createWorld();
    const a: Handles = {};
    const first = await world.renderTab(<Header handles={a} />);
    await act(() => a.signIn!.mutateAsync({ email: ANN, password: PASSWORD }));
    await world.settle();
    first.unmount();
    world.emulator.revokeAll();

    const reloaded = await world.renderTab(<Header handles={{}} />); // same browser storage: the stored session is restored
    await world.settle();
    expect(reloaded.container.textContent).toBe('anonymous|Sign in');
    expect(world.requests('/v4/my-account/personal-information')).toBe(2); // the load after sign-in, then the one refused
  });
});
