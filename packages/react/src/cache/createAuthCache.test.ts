import { describe, expect, it } from 'vitest';
import { AuthError } from '@synerise-auth/core';
import { createFakeEnvironment, createManualClock } from '@synerise-auth/core/testing';
import { syneriseAuthQueryKeys } from '../queryKeys';
import { createAuthCache } from './createAuthCache';
import type { AuthQuerySpec } from './types';

// The kit's own cache on a manual clock: no real time decides anything here.

function world(replies: (() => unknown)[] = []) {
  const clock = createManualClock(Date.UTC(2026, 2, 1));
  const cache = createAuthCache({ clock });
  let calls = 0;
  const spec = (uuid = 'u-1', staleTime = 60_000): AuthQuerySpec<string> => ({
    queryKey: syneriseAuthQueryKeys.account(uuid),
    queryFn: async () => {
      const reply = replies[calls++] ?? (() => `data-${calls}`);
      const value = reply();
      if (value instanceof Error) throw value;
      return value as string;
    },
    staleTime,
  });
  return { clock, cache, spec, calls: () => calls };
}

const transient = () => new AuthError('SERVER', { status: 500 });

describe('createAuthCache', () => {
  it('dedupes concurrent loads: many observers, one request, one shared state', async () => {
    const w = world();
    const a = w.cache.observe(w.spec());
    const b = w.cache.observe(w.spec());
    const offA = a.subscribe(() => undefined);
    const offB = b.subscribe(() => undefined);
    expect(a.getState()).toMatchObject({ status: 'pending', isFetching: true });
    await w.clock.flush();
    expect(w.calls()).toBe(1);
    expect(a.getState()).toBe(b.getState());
    expect(a.getState()).toMatchObject({ status: 'success', data: 'data-1', isFetching: false });
    // A third consumer of fresh data costs nothing.
    const offC = w.cache.observe(w.spec()).subscribe(() => undefined);
    await w.clock.flush();
    expect(w.calls()).toBe(1);
    offA();
    offB();
    offC();
  });

  it('retries transient failures with exponential backoff on the injected clock, then succeeds', async () => {
    const w = world([transient, transient]);
    const o = w.cache.observe(w.spec());
    o.subscribe(() => undefined);
    await w.clock.flush();
    expect(w.calls()).toBe(1);
    expect(o.getState()).toMatchObject({ status: 'pending', isFetching: true, error: null });
    await w.clock.advance(999);
    expect(w.calls()).toBe(1);
    await w.clock.advance(1);
    expect(w.calls()).toBe(2); // after 1 s
    await w.clock.advance(1999);
    expect(w.calls()).toBe(2);
    await w.clock.advance(1);
    expect(w.calls()).toBe(3); // after 2 s more
    expect(o.getState()).toMatchObject({ status: 'success', data: 'data-3' });
  });

  it('waits at least Retry-After on RATE_LIMITED', async () => {
    const w = world([() => new AuthError('RATE_LIMITED', { status: 429, retryAfterSeconds: 10 })]);
    w.cache.observe(w.spec()).subscribe(() => undefined);
    await w.clock.flush();
    await w.clock.advance(9_999);
    expect(w.calls()).toBe(1);
    await w.clock.advance(1);
    expect(w.calls()).toBe(2);
  });

  it('does not retry a non-transient error, and that failure does not poison the next consumer', async () => {
    const w = world([() => new AuthError('FORBIDDEN', { status: 403 })]);
    const first = w.cache.observe(w.spec());
    const off = first.subscribe(() => undefined);
    await w.clock.flush();
    await w.clock.advance(60_000);
    expect(w.calls()).toBe(1);
    expect(first.getState()).toMatchObject({ status: 'error', error: { code: 'FORBIDDEN' } });
    off();
    const next = w.cache.observe(w.spec());
    next.subscribe(() => undefined);
    await w.clock.flush();
    expect(w.calls()).toBe(2);
    expect(next.getState()).toMatchObject({ status: 'success', data: 'data-2', error: null });
  });

  it('gives up after 3 retries with the typed error', async () => {
    const w = world([transient, transient, transient, transient]);
    const o = w.cache.observe(w.spec());
    o.subscribe(() => undefined);
    await w.clock.flush();
    await w.clock.advance(1000 + 2000 + 4000);
    expect(w.calls()).toBe(4);
    expect(o.getState()).toMatchObject({ status: 'error', isFetching: false, error: { code: 'SERVER' } });
    await w.clock.advance(600_000);
    expect(w.calls()).toBe(4);
  });

  it('refetches watched stale data on focus and on reconnect, never fresh or unwatched data', async () => {
    const w = world();
    const env = createFakeEnvironment();
    const stop = env.subscribe((event) => w.cache.onEnvironment!(event));
    const o = w.cache.observe(w.spec('u-1', 60_000));
    const off = o.subscribe(() => undefined);
    await w.clock.flush();
    expect(w.calls()).toBe(1);
    env.hide();
    env.show(); // fresh: nothing
    await w.clock.flush();
    expect(w.calls()).toBe(1);
    await w.clock.advance(60_000);
    env.show(); // stale and watched: reload
    await w.clock.flush();
    expect(w.calls()).toBe(2);
    expect(o.getState().data).toBe('data-2');
    await w.clock.advance(60_000);
    env.goOffline();
    env.goOnline(); // reconnect
    await w.clock.flush();
    expect(w.calls()).toBe(3);
    off();
    await w.clock.advance(60_000);
    env.show(); // nobody watches
    await w.clock.flush();
    expect(w.calls()).toBe(3);
    stop();
  });

  it('scopes by customer: removeCustomerQueries drops every customer entry and late replies of the old customer', async () => {
    let release: (value: string) => void = () => undefined;
    const w = world([() => 'ann']);
    const ann = w.cache.observe(w.spec('ann'));
    ann.subscribe(() => undefined);
    await w.clock.flush();
    expect(ann.getState().data).toBe('ann');
    const bob = w.cache.observe({ ...w.spec('bob'), queryFn: () => new Promise<string>((r) => (release = r)) });
    let bobNotified = 0;
    bob.subscribe(() => bobNotified++);
    await w.clock.flush();
    w.cache.setQueryData(['synerise-auth', 'other'], 'kept');
    w.cache.removeCustomerQueries();
    expect(ann.getState()).toMatchObject({ status: 'pending', data: undefined });
    release('bob, too late');
    await w.clock.flush();
    expect(bob.getState().data).toBeUndefined();
    expect(bobNotified).toBeGreaterThan(0);
    const other = w.cache.observe({ queryKey: ['synerise-auth', 'other'], queryFn: async () => 'reloaded', staleTime: Infinity });
    expect(other.getState().data).toBe('kept');
  });

  it('setQueryData replaces data at once and wins over a load in flight', async () => {
    let release: (value: string) => void = () => undefined;
    const w = world();
    const o = w.cache.observe({ ...w.spec(), queryFn: () => new Promise<string>((r) => (release = r)) });
    const seen: unknown[] = [];
    o.subscribe(() => seen.push(o.getState().data));
    w.cache.setQueryData(syneriseAuthQueryKeys.account('u-1'), 'written');
    release('late');
    await w.clock.flush();
    expect(o.getState()).toMatchObject({ status: 'success', data: 'written', isFetching: false });
    expect(seen.at(-1)).toBe('written');
  });
});
