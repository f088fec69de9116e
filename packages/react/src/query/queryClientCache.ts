import { MutationObserver, QueryObserver, type QueryClient, type QueryObserverResult } from '@tanstack/react-query';
import { toAuthError } from '@synerise-auth/core';
import type { AuthCache, AuthQueryObserver, AuthQuerySpec, AuthQueryState } from '../cache/types';
import { syneriseAuthQueryKeys } from '../queryKeys';
import { retryTransient } from './options';

/**
 * The provider's cache over a shop's TanStack `QueryClient`:
 * `<SyneriseAuthProvider cache={createQueryClientCache(queryClient)}>`. The kit's hooks then
 * read and write the shop's queries (one entry, one request with the app's own `useQuery`),
 * every kit mutation runs through its MutationCache (devtools, global `onError`), and a
 * customer change removes every `['synerise-auth', 'customer']` query. Focus and reconnect
 * refetching are react-query's own (`QueryClientProvider` mounts them).
 */
export function createQueryClientCache(queryClient: QueryClient): AuthCache {
  return {
    observe<T>(spec: AuthQuerySpec<T>): AuthQueryObserver<T> {
      const observer = new QueryObserver<T, Error, T, T, readonly unknown[]>(queryClient, {
        queryKey: spec.queryKey,
        queryFn: spec.queryFn,
        staleTime: spec.staleTime,
        retry: retryTransient,
      });
      let seen: QueryObserverResult<T, Error> | undefined;
      let state: AuthQueryState<T>;
      const getState = (): AuthQueryState<T> => {
        const result = observer.getCurrentResult();
        if (result !== seen) {
          seen = result;
          state = {
            status: result.status,
            data: result.data,
            error: result.error ? toAuthError(result.error) : null,
            isFetching: result.isFetching,
          };
        }
        return state;
      };
      return {
        subscribe: (listener) => observer.subscribe(() => listener()),
        getState,
        refetch: () => observer.refetch().then((r) => r.data),
      };
    },
    setQueryData(queryKey, data) {
      queryClient.setQueryData(queryKey, data);
    },
    removeCustomerQueries() {
      queryClient.removeQueries({ queryKey: syneriseAuthQueryKeys.customers() });
    },
    runMutation(spec, variables) {
      const observer = new MutationObserver(queryClient, spec);
      return observer.mutate(variables);
    },
  };
}
