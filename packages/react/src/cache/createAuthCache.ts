import { systemClock, toAuthError } from '@synerise-auth/core';
import type { Clock } from '@synerise-auth/core';
import { hasKeyPrefix, syneriseAuthQueryKeys } from '../queryKeys';
import type { AuthCache, AuthQueryObserver, AuthQuerySpec, AuthQueryState } from './types';

export interface AuthCacheOptions {
  /** Time source of staleness and retry delays (inject a manual clock in tests). */
  clock?: Clock;
  /** Retries of a failed load, transient errors only (`AuthError.isTransient`); defaults 3 / 1000 / 30000 ms. */
  retry?: { attempts?: number; baseMs?: number; maxMs?: number };
}

interface Entry {
  spec: AuthQuerySpec<unknown>;
  state: AuthQueryState<unknown>;
  updatedAt: number;
  inflight: Promise<unknown> | null;
  /** Bumped by a write or a removal: results of older loads are dropped. */
  generation: number;
  retryTimer: unknown;
}

const PENDING: AuthQueryState<never> = Object.freeze({ status: 'pending', data: undefined, error: null, isFetching: false });

/**
 * The kit's own cache (used when no shop QueryClient is given): concurrent loads are shared,
 * transient failures are retried with exponential backoff, stale data is reloaded when the
 * page becomes visible again or the network comes back, and a failed load is retried for
 * the next consumer instead of poisoning it.
 */
export function createAuthCache(options: AuthCacheOptions = {}): AuthCache {
  const clock = options.clock ?? systemClock;
  const attempts = options.retry?.attempts ?? 3;
  const baseMs = options.retry?.baseMs ?? 1000;
  const maxMs = options.retry?.maxMs ?? 30_000;
  const entries = new Map<string, Entry>();
  const listeners = new Map<string, Set<() => void>>();

  const hashOf = (key: readonly unknown[]) => JSON.stringify(key);
  const notify = (hash: string) => {
    for (const l of [...(listeners.get(hash) ?? [])]) l();
  };
  const write = (hash: string, entry: Entry, state: AuthQueryState<unknown>) => {
    entry.state = state;
    notify(hash);
  };
  /** The entry of `spec`'s key (created when missing); an observer's spec replaces a stored one. */
  const ensure = (spec: AuthQuerySpec<unknown>, replace = true): Entry => {
    const hash = hashOf(spec.queryKey);
    let entry = entries.get(hash);
    if (!entry) {
      entry = { spec, state: PENDING, updatedAt: -Infinity, inflight: null, generation: 0, retryTimer: undefined };
      entries.set(hash, entry);
    } else if (replace) entry.spec = spec;
    return entry;
  };
  const stale = (entry: Entry) => entry.state.status !== 'success' || clock.now() - entry.updatedAt >= entry.spec.staleTime;
  const delay = (attempt: number, retryAfterSeconds: number | undefined) =>
    Math.max(Math.min(baseMs * 2 ** attempt, maxMs), (retryAfterSeconds ?? 0) * 1000);

  function load(entry: Entry): Promise<unknown> {
    if (entry.inflight) return entry.inflight;
    const hash = hashOf(entry.spec.queryKey);
    const gen = entry.generation;
    const current = () => gen === entry.generation && entries.get(hash) === entry;
    write(hash, entry, { status: entry.state.status === 'success' ? 'success' : 'pending', data: entry.state.data, error: null, isFetching: true });
    const run = new Promise<unknown>((resolve) => {
      const attempt = (n: number) => {
        Promise.resolve()
          .then(() => entry.spec.queryFn())
          .then(
            (data) => {
              if (!current()) return resolve(undefined);
              entry.inflight = null;
              entry.updatedAt = clock.now();
              write(hash, entry, { status: 'success', data, error: null, isFetching: false });
              resolve(data);
            },
            (raw: unknown) => {
              if (!current()) return resolve(undefined);
              const error = toAuthError(raw);
              if (error.isTransient && n < attempts) {
                entry.retryTimer = clock.setTimeout(() => attempt(n + 1), delay(n, error.retryAfterSeconds));
                return;
              }
              entry.inflight = null;
              write(hash, entry, { status: 'error', data: entry.state.data, error, isFetching: false });
              resolve(undefined);
            },
          );
      };
      attempt(0);
    });
    entry.inflight = run;
    return run;
  }

  const forget = (entry: Entry) => {
    entry.generation++;
    entry.inflight = null;
    clock.clearTimeout(entry.retryTimer);
  };

  return {
    observe<T>(spec: AuthQuerySpec<T>): AuthQueryObserver<T> {
      const hash = hashOf(spec.queryKey);
      const s = spec as AuthQuerySpec<unknown>;
      return {
        subscribe(listener) {
          let set = listeners.get(hash);
          if (!set) listeners.set(hash, (set = new Set()));
          set.add(listener);
          const entry = ensure(s);
          if (!entry.inflight && stale(entry)) void load(entry);
          return () => {
            set.delete(listener);
            if (set.size === 0) listeners.delete(hash);
          };
        },
        getState: () => (entries.get(hash)?.state ?? PENDING) as AuthQueryState<T>,
        refetch: () => load(ensure(s)) as Promise<T | undefined>,
      };
    },
    setQueryData(queryKey, data) {
      const entry = ensure({ queryKey, queryFn: () => Promise.resolve(data), staleTime: 0 }, false);
      forget(entry);
      entry.updatedAt = clock.now();
      write(hashOf(queryKey), entry, { status: 'success', data, error: null, isFetching: false });
    },
    removeCustomerQueries() {
      for (const [hash, entry] of [...entries]) {
        if (!hasKeyPrefix(entry.spec.queryKey, syneriseAuthQueryKeys.customers())) continue;
        forget(entry);
        entries.delete(hash);
        notify(hash);
      }
    },
    async runMutation(spec, variables) {
      const data = await spec.mutationFn(variables);
      await spec.onSuccess?.(data, variables);
      return data;
    },
    onEnvironment(event) {
      if (event !== 'visible' && event !== 'online' && event !== 'wake') return;
      for (const [hash, entry] of entries) {
        if (listeners.has(hash) && !entry.inflight && stale(entry)) void load(entry);
      }
    },
  };
}
