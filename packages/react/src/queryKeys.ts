/**
 * Integration with an app's existing TanStack Query client WITHOUT importing
 * `@tanstack/react-query` at runtime (bundle budget): the provider only needs these two
 * methods, which every `QueryClient` (v4/v5) has.
 */
export interface QueryClientLike {
  setQueryData(queryKey: readonly unknown[], updater: unknown): unknown;
  invalidateQueries(filters?: { queryKey?: readonly unknown[] }): Promise<void> | void;
}

/** Keys under which the provider mirrors its data into a given `queryClient`. */
export const syneriseAuthQueryKeys = {
  all: () => ['synerise-auth'] as const,
  account: () => ['synerise-auth', 'account'] as const,
};
