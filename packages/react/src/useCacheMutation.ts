import type { AuthClient } from '@synerise-auth/core';
import { createAuthCache } from './cache/createAuthCache';
import type { AuthCache, AuthMutationSpec } from './cache/types';
import { useAuthContext } from './context';
import { useAuthMutation, type AuthMutation } from './useAuthMutation';

/** A kit mutation run through the provider's cache (so a shop's MutationCache sees it). */
export function useCacheMutation<TData, TVariables>(
  build: (client: AuthClient) => AuthMutationSpec<TData, TVariables>,
): AuthMutation<TData, TVariables> {
  const { client, cache } = useAuthContext();
  return useAuthMutation((variables: TVariables) => (cache ? cache.runMutation(build(client), variables) : run(build(client), variables)));
}

/** Without a given cache a mutation just runs (the built-in cache adds nothing to it). */
async function run<TData, TVariables>(spec: AuthMutationSpec<TData, TVariables>, variables: TVariables): Promise<TData> {
  const data = await spec.mutationFn(variables);
  await spec.onSuccess?.(data, variables);
  return data;
}

/** The given cache, else the provider's built-in one (created here on first use). */
export function useDataCache(): AuthCache {
  const { cache, local, clock } = useAuthContext();
  return cache ?? (local.cache ??= createAuthCache({ clock }));
}

/** The same spec with the hook's variables mapped onto the operation's (e.g. a bound e-mail). */
export function mapVariables<TData, TInner, TOuter>(
  spec: AuthMutationSpec<TData, TInner>,
  map: (variables: TOuter) => TInner,
): AuthMutationSpec<TData, TOuter> {
  return {
    mutationKey: spec.mutationKey,
    mutationFn: (variables) => spec.mutationFn(map(variables)),
    ...(spec.onSuccess ? { onSuccess: (data: TData, variables: TOuter) => spec.onSuccess?.(data, map(variables)) } : {}),
  };
}
