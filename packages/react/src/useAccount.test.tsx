import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD, renderHookInTab } from '../test/harness';
import { useAccount, useSignIn, useSignOut } from './index';

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

  it('refetch() reloads; transient errors are retried with backoff, then typed; the last good data stays', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ account: useAccount(), signIn: useSignIn() }));
    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await world.settle();
    const GET = () => world.emulator.requestLog.count({ path: PERSONAL, method: 'GET' });
    expect(GET()).toBe(1);
    world.emulator.faults.inject('server-error', { count: 4, path: PERSONAL });
    let done: Promise<unknown> | undefined;
    act(() => {
      done = hook.current.account.refetch();
    });
    await world.settle();
    expect(hook.current.account.isFetching).toBe(true);
    await world.advance(1000); // retry 1
    await world.advance(2000); // retry 2
    await world.advance(4000); // retry 3, the last
    await act(async () => {
      await done;
    });
    expect(GET()).toBe(5);
    expect(hook.current.account.error?.code).toBe('SERVER');
    expect(hook.current.account.data?.email).toBe(ANN); // keeps the last good data
    await act(async () => {
      await hook.current.account.refetch();
    });
    expect(hook.current.account.error).toBeNull();
  });
});
