import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { PersonalInformation } from '@synerise-auth/core';
import type { AuthQueryObserver, AuthQueryState } from './cache/types';
import { useAuthContext } from './context';
import { accountQuery, updateAccountMutation, type AccountPatch } from './operations';
import type { QueryResult } from './useAuthSettings';
import type { AuthMutation } from './useAuthMutation';
import { useCacheMutation, useDataCache } from './useCacheMutation';
import { useSession } from './useSession';

export type { AccountPatch } from './operations';

export interface AccountResult extends QueryResult<PersonalInformation> {
  /** Update personal information; the cache (the shop's QueryClient too) gets the reply. */
  update: AuthMutation<PersonalInformation, AccountPatch>;
}

const IDLE: AuthQueryState<never> = Object.freeze({ status: 'pending', data: undefined, error: null, isFetching: false });
const idleObserver: AuthQueryObserver<never> = {
  subscribe: () => () => undefined,
  getState: () => IDLE,
  refetch: () => Promise.resolve(undefined),
};

/**
 * The signed-in customer's personal information, cached under
 * `['synerise-auth', 'customer', uuid, 'account']` (one request however many consumers;
 * the same entry an app's `useQuery(accountQueryOptions(client, uuid))` reads). No data
 * while anonymous.
 */
export function useAccount(): AccountResult {
  const { client } = useAuthContext();
  const cache = useDataCache();
  const status = useSession((s) => s.status);
  const uuid = useSession((s) => (s.status === 'authenticated' ? s.uuid : null));
  const observer = useMemo<AuthQueryObserver<PersonalInformation>>(
    () => (uuid ? cache.observe(accountQuery(client, uuid)) : idleObserver),
    [cache, client, uuid],
  );
  const subscribe = useCallback((l: () => void) => observer.subscribe(l), [observer]);
  const getState = useCallback(() => observer.getState(), [observer]);
  const getServerState = useCallback(() => IDLE as AuthQueryState<PersonalInformation>, []);
  const state = useSyncExternalStore(subscribe, getState, getServerState);
  const refetch = useCallback(() => observer.refetch(), [observer]);
  const update = useCacheMutation((c) => updateAccountMutation(c, (key, data) => cache.setQueryData(key, data)));
  return {
    data: state.data,
    // Anonymous: nothing to load. Booting: not known yet, so still loading.
    isLoading: status !== 'anonymous' && state.data === undefined && state.status !== 'error',
    isFetching: state.isFetching,
    error: state.error,
    refetch,
    update,
  };
}
