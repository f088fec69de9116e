import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError } from '@synerise-auth/core';
import { toAuthError } from '@synerise-auth/core';
import { useAuthMutation } from './useAuthMutation';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAuthMutation', () => {
  it('goes idle → pending → success with data', async () => {
    const d = deferred<number>();
    const { result } = renderHook(() => useAuthMutation((n: number) => d.promise.then((v) => v + n)));
    expect(result.current.status).toBe('idle');
    expect(result.current.isIdle).toBe(true);
    act(() => result.current.mutate(1));
    expect(result.current.isPending).toBe(true);
    await act(async () => d.resolve(41));
    expect(result.current.isSuccess).toBe(true);
    expect(result.current.data).toBe(42);
    expect(result.current.error).toBeNull();
  });

  it('exposes a typed AuthError; mutate swallows, mutateAsync rejects', async () => {
    const failure = new AuthError('INVALID_CREDENTIALS', { status: 401 });
    const { result } = renderHook(() => useAuthMutation(() => Promise.reject(failure)));
    await act(async () => result.current.mutate());
    expect(result.current.isError).toBe(true);
    expect(result.current.error).toBe(failure);
    expect(result.current.error?.code).toBe('INVALID_CREDENTIALS');
    let caught: unknown;
    await act(async () => {
      await result.current.mutateAsync().catch((e: unknown) => {
        caught = e;
      });
    });
    expect(caught).toBe(failure);
  });

  it('wraps unknown errors as AuthError UNKNOWN without leaking their message', () => {
    const wrapped = toAuthError(new Error('secret-password-123'));
    expect(wrapped).toBeInstanceOf(AuthError);
    expect(wrapped.code).toBe('UNKNOWN');
    expect(wrapped.message).not.toContain('secret');
  });

  it('reset() returns to idle and ignores the pending result', async () => {
    const d = deferred<string>();
    const { result } = renderHook(() => useAuthMutation(() => d.promise));
    act(() => result.current.mutate());
    act(() => result.current.reset());
    await act(async () => d.resolve('late'));
    expect(result.current.status).toBe('idle');
    expect(result.current.data).toBeUndefined();
  });

  it('keeps only the latest call and calls its callbacks', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let i = 0;
    const seen: string[] = [];
    const { result } = renderHook(() => useAuthMutation(() => calls[i++]!.promise));
    act(() => result.current.mutate(undefined, { onSuccess: (d) => seen.push(`first:${d}`) }));
    act(() => result.current.mutate(undefined, { onSuccess: (d) => seen.push(`second:${d}`) }));
    await act(async () => calls[1]!.resolve('b'));
    await act(async () => calls[0]!.resolve('a'));
    expect(result.current.data).toBe('b');
    expect(seen).toEqual(['second:b']);
  });

  it('ignores results after unmount (no state update, promise still settles)', async () => {
    const d = deferred<string>();
    const errors: unknown[] = [];
    const { result, unmount } = renderHook(() => useAuthMutation(() => d.promise));
    let settled: string | undefined;
    act(() => {
      void result.current.mutateAsync(undefined, { onSuccess: () => errors.push('callback after unmount') }).then((v) => {
        settled = v;
      });
    });
    unmount();
    d.resolve('done');
    await waitFor(() => expect(settled).toBe('done'));
    expect(errors).toEqual([]);
  });

  it('keeps function identities stable across renders', () => {
    const { result, rerender } = renderHook(() => useAuthMutation(() => Promise.resolve(1)));
    const first = result.current;
    rerender();
    expect(result.current.mutate).toBe(first.mutate);
    expect(result.current.mutateAsync).toBe(first.mutateAsync);
    expect(result.current.reset).toBe(first.reset);
  });
});
