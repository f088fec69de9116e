import type { AuthError } from '@synerise-auth/core';
import { toAuthError } from '@synerise-auth/core';

export interface ResourceState<T> {
  status: 'idle' | 'loading' | 'success' | 'error';
  data: T | undefined;
  error: AuthError | null;
}

/**
 * A minimal shared query cache for one value (settings, account): one in-flight load at a
 * time, stable state objects for `useSyncExternalStore`, listeners notified on change.
 */
export interface Resource<T> {
  subscribe(listener: () => void): () => void;
  getState(): ResourceState<T>;
  /** Loads unless data is there or a load is in flight. */
  ensure(): Promise<T | undefined>;
  /** Loads again (joins an in-flight load). */
  refetch(): Promise<T | undefined>;
  /** Replaces the data (e.g. with an update's reply). */
  set(data: T): void;
  /** Forgets the data; reloads at once when `reload` and someone is listening. */
  invalidate(reload?: boolean): void;
}

const IDLE: ResourceState<never> = { status: 'idle', data: undefined, error: null };

export function createResource<T>(load: () => Promise<T>, onData?: (data: T) => void): Resource<T> {
  let state: ResourceState<T> = IDLE;
  let inflight: Promise<T | undefined> | null = null;
  let generation = 0;
  const listeners = new Set<() => void>();

  const update = (next: ResourceState<T>) => {
    state = next;
    for (const l of [...listeners]) l();
  };

  const refetch = (): Promise<T | undefined> => {
    if (inflight) return inflight;
    const gen = generation;
    update({ status: 'loading', data: state.data, error: null });
    const run: Promise<T | undefined> = Promise.resolve()
      .then(load)
      .then(
        (data) => {
          if (gen === generation) {
            update({ status: 'success', data, error: null });
            onData?.(data);
          }
          return data;
        },
        (e: unknown) => {
          if (gen === generation) update({ status: 'error', data: state.data, error: toAuthError(e) });
          return undefined;
        },
      )
      .finally(() => {
        if (gen === generation) inflight = null;
      });
    inflight = run;
    return run;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    ensure: () => (state.status === 'idle' ? refetch() : (inflight ?? Promise.resolve(state.data))),
    refetch,
    set(data) {
      generation++;
      inflight = null;
      update({ status: 'success', data, error: null });
      onData?.(data);
    },
    invalidate(reload = false) {
      generation++;
      inflight = null;
      update(IDLE);
      if (reload && listeners.size > 0) void refetch();
    },
  };
}
