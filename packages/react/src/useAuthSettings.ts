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

/** Public workspace auth settings (registration type, PIN length, password policy…),
 *  requested once per provider however many components use them. */
export function useAuthSettings(): QueryResult<AuthSettings> {
  const { settings } = useAuthContext();
  return useResource(settings, true);
}
