import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { isAuthError } from '@synerise-auth/core';
import type { AuthClient } from '@synerise-auth/core';
import type { AuthMutationSpec } from '../cache/types';
import * as ops from '../operations';

/** Retry a failed load only for transient errors (network, timeout, 5xx, 429), at most 3 times. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && isAuthError(error) && error.isTransient;
}

/**
 * The signed-in customer's account: `useQuery(accountQueryOptions(client, uuid))` shares its
 * cache entry (and request) with the kit's `useAccount()` under a provider given
 * `createQueryClientCache(queryClient)`. Pass the uuid of an `authenticated` snapshot
 * (`useSession(s => s.status === 'authenticated' ? s.uuid : null)`); without one the query is disabled.
 */
export function accountQueryOptions(client: AuthClient, uuid: string | null | undefined) {
  const spec = ops.accountQuery(client, uuid ?? '');
  return queryOptions({
    queryKey: spec.queryKey,
    queryFn: spec.queryFn,
    staleTime: spec.staleTime,
    retry: retryTransient,
    enabled: Boolean(uuid),
  });
}

/** Updates the account and writes the reply into `queryClient` under the customer's key. */
export function updateAccountMutationOptions(client: AuthClient, queryClient: QueryClient) {
  return toOptions(ops.updateAccountMutation(client, (key, data) => queryClient.setQueryData(key, data)));
}

function toOptions<TData, TVariables>(spec: AuthMutationSpec<TData, TVariables>) {
  return mutationOptions<TData, Error, TVariables>({ mutationKey: spec.mutationKey, mutationFn: spec.mutationFn });
}

export const signInMutationOptions = (client: AuthClient) => toOptions(ops.signInMutation(client));
export const conditionalSignInMutationOptions = (client: AuthClient) => toOptions(ops.conditionalSignInMutation(client));
export const socialSignInMutationOptions = (client: AuthClient) => toOptions(ops.socialSignInMutation(client));
export const signOutMutationOptions = (client: AuthClient) => toOptions(ops.signOutMutation(client));
export const registerMutationOptions = (client: AuthClient) => toOptions(ops.registerMutation(client));
export const requestPinMutationOptions = (client: AuthClient) => toOptions(ops.requestPinMutation(client));
export const resendPinMutationOptions = (client: AuthClient) => toOptions(ops.resendPinMutation(client));
export const confirmPinMutationOptions = (client: AuthClient) => toOptions(ops.confirmPinMutation(client));
export const requestActivationMutationOptions = (client: AuthClient) => toOptions(ops.requestActivationMutation(client));
export const confirmActivationMutationOptions = (client: AuthClient) => toOptions(ops.confirmActivationMutation(client));
export const requestPasswordResetMutationOptions = (client: AuthClient) => toOptions(ops.requestPasswordResetMutation(client));
export const confirmPasswordResetMutationOptions = (client: AuthClient) => toOptions(ops.confirmPasswordResetMutation(client));
export const changePasswordMutationOptions = (client: AuthClient) => toOptions(ops.changePasswordMutation(client));
