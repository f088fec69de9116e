import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { AuthError, AuthSettings } from '@synerise-auth/core';
import { useAuthContext } from './context';
import type { Resource, ResourceState } from './resource';

export interface QueryResult<T> {
  data: T | undefined;
  /** No data yet and a load is pending (or about to start). */
  isLoading: boolean;
  /** A load is in flight (also when refreshing existing data). */
  isFetching: boolean;
  error: AuthError | null;
  refetch: () => Promise<T | undefined>;
}

/** Subscribes to a provider-level resource; loads it after mount when `enabled`. */
export function useResource<T>(resource: Resource<T>, enabled: boolean): QueryResult<T> {
  const subscribe = useCallback((l: () => void) => resource.subscribe(l), [resource]);
  const getState = useCallback(() => resource.getState(), [resource]);
  const state: ResourceState<T> = useSyncExternalStore(subscribe, getState, getState);
  useEffect(() => {
    if (enabled) void resource.ensure();
  }, [resource, enabled]);
  const refetch = useCallback(() => resource.refetch(), [resource]);
  return {
    data: enabled ? state.data : undefined,
    isLoading: state.data === undefined && (state.status === 'loading' || state.status === 'idle'),
    isFetching: enabled && state.status === 'loading',
    error: enabled ? state.error : null,
    refetch,
  };
}

/**
 * The workspace's auth settings (registration type, activation method, PIN rules, password
 * policy, required agreements, OAuth client ids): configuration given to the provider or the
 * client, resolved with the documented defaults. Synchronous — never requested by the browser.
 */
export function useAuthSettings(): AuthSettings {
  return useAuthContext().settings;
}
