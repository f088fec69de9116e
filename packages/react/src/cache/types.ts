import type { AuthError, EnvironmentEvent } from '@synerise-auth/core';

// The one seam between the kit's hooks and a cache. The main entry ships the built-in
// implementation (createAuthCache); `@synerise-auth/react/query` ships one over a TanStack
// QueryClient. The shapes are a subset of TanStack Query's options, so the same specs feed both.

/** A cached server read (e.g. the account), keyed like a TanStack query. */
export interface AuthQuerySpec<T> {
  queryKey: readonly unknown[];
  queryFn: () => Promise<T>;
  /** Data younger than this is fresh: no refetch on mount, focus or reconnect. */
  staleTime: number;
}

/** A server write (sign-in, register, update…), keyed like a TanStack mutation. */
export interface AuthMutationSpec<TData, TVariables> {
  mutationKey: readonly unknown[];
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** Runs before the caller sees the result (cache writes). */
  onSuccess?: (data: TData, variables: TVariables) => unknown;
}

export interface AuthQueryState<T> {
  status: 'pending' | 'success' | 'error';
  data: T | undefined;
  error: AuthError | null;
  /** A load (or a retry of it) is in flight. */
  isFetching: boolean;
}

/** One consumer's view of a query: `useSyncExternalStore`-ready (stable state identity). */
export interface AuthQueryObserver<T> {
  /** Subscribing loads the query when it has no fresh data (deduped across observers). */
  subscribe(listener: () => void): () => void;
  getState(): AuthQueryState<T>;
  refetch(): Promise<T | undefined>;
}

/**
 * Where the kit's hooks read and write server data. Pass one to
 * `<SyneriseAuthProvider cache={…}>`; without it the provider creates `createAuthCache()`
 * the first time a hook needs cached data (an app without `useAccount` does not ship it).
 */
export interface AuthCache {
  /** Side-effect free until `subscribe` (safe to call while rendering). */
  observe<T>(spec: AuthQuerySpec<T>): AuthQueryObserver<T>;
  setQueryData<T>(queryKey: readonly unknown[], data: T): void;
  /** Drops every customer-scoped query (`['synerise-auth', 'customer', …]`): the customer changed. */
  removeCustomerQueries(): void;
  /** Runs a kit mutation (through the shop's MutationCache with the react-query adapter). */
  runMutation<TData, TVariables>(spec: AuthMutationSpec<TData, TVariables>, variables: TVariables): Promise<TData>;
  /** Page visible again, network back, device woke (the provider forwards its environment's events). */
  onEnvironment?(event: EnvironmentEvent): void;
}
