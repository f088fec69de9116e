import { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD, renderHookInTab } from '../test/harness';
import { syneriseAuthQueryKeys, useAccount, useSignIn, useSignOut } from './index';

const PERSONAL = '/v4/my-account/personal-information';

describe('useAccount', () => {
  it('is empty while anonymous, loads once for many consumers when signed in, updates, clears on sign-out', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ a: useAccount(), b: useAccount(), signIn: useSignIn(), signOut: useSignOut() }));
    expect(hook.current.a).toMatchObject({ data: undefined, isLoading: false, error: null });
    expect(world.requests(PERSONAL)).toBe(0);

    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
    expect(hook.current.a.data).toMatchObject({ email: ANN, firstName: 'Ann', lastName: 'Lee' });
    expect(hook.current.b.data).toBe(hook.current.a.data);
    expect(world.emulator.requestLog.count({ path: PERSONAL, method: 'GET' })).toBe(1);

    await act(async () => {
      await hook.current.a.update.mutateAsync({ firstName: 'Annie' });
    });
    expect(hook.current.a.update.isSuccess).toBe(true);
    expect(hook.current.b.data?.firstName).toBe('Annie');
    expect(world.emulator.getProfile(ANN)?.firstName).toBe('Annie');

    await act(async () => {
      await hook.current.signOut.mutateAsync();
    });
    await world.settle();
    expect(hook.current.a).toMatchObject({ data: undefined, isLoading: false });

    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
    expect(hook.current.a.data?.firstName).toBe('Annie');
    expect(world.emulator.requestLog.count({ path: PERSONAL, method: 'GET' })).toBe(2); // reloaded for the new session
  });

  it('refetch() reloads and errors are typed', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ account: useAccount(), signIn: useSignIn() }));
    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
    world.emulator.faults.inject('server-error', { count: 1, path: PERSONAL });
    await act(async () => {
      await hook.current.account.refetch();
    });
    expect(hook.current.account.error?.code).toBe('SERVER');
    expect(hook.current.account.data?.email).toBe(ANN); // keeps the last good data
    await act(async () => {
      await hook.current.account.refetch();
    });
    expect(hook.current.account.error).toBeNull();
  });
});

describe('queryClient integration (a real TanStack QueryClient, no react-query import in the package)', () => {
  it('mirrors the account under the exported key and invalidates on sign-in/out', async () => {
    const world = createWorld();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const hook = await renderHookInTab(
      world,
      () => ({ account: useAccount(), signIn: useSignIn(), signOut: useSignOut() }),
      { queryClient },
    );
    await world.settle();
    expect(queryClient.getQueryData(syneriseAuthQueryKeys.account())).toBeUndefined(); // nobody signed in yet

    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
    expect(queryClient.getQueryData(syneriseAuthQueryKeys.account())).toMatchObject({ email: ANN });

    await act(async () => {
      await hook.current.account.update.mutateAsync({ lastName: 'Lane' });
    });
    expect(queryClient.getQueryData(syneriseAuthQueryKeys.account())).toMatchObject({ lastName: 'Lane' });

    await act(async () => {
      await hook.current.signOut.mutateAsync();
    });
    await world.settle();
    expect(queryClient.getQueryData(syneriseAuthQueryKeys.account())).toBeUndefined(); // the previous user's data is gone
    queryClient.clear();
  });
});
