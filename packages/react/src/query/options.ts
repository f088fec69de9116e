import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { isAuthError } from '@synerise-auth/core';
import type { AuthClient } from '@synerise-auth/core';
import type { AuthMutationSpec } from '../cache/types';
import { accountQuery, authMutations, updateAccountMutation } from '../operations';

/** Retry a failed load only for transient errors (network, timeout, 5xx, 429), at most 3 times. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && isAuthError(error) && error.isTransient;
}

/**
 * The signed-in customer's account: `useQuery(accountQueryOptions(client, uuid))` shares its
 * cache entry (and request) with the kit's `useAccount()` under a provider given
 * `createQueryClientCache(queryClient)`. Pass the uuid of an `authenticated` snapshot.
 */
export function accountQueryOptions(client: AuthClient, uuid: string) {
  const spec = accountQuery(client, uuid);
  return queryOptions({ queryKey: spec.queryKey, queryFn: spec.queryFn, staleTime: spec.staleTime, retry: retryTransient });
}

/** Updates the account and writes the reply into `queryClient` under the customer's key. */
export function updateAccountMutationOptions(client: AuthClient, queryClient: QueryClient) {
  return toOptions(updateAccountMutation(client, (key, data) => queryClient.setQueryData(key, data)));
}

function toOptions<TData, TVariables>(spec: AuthMutationSpec<TData, TVariables>) {
  return mutationOptions<TData, Error, TVariables>({ mutationKey: spec.mutationKey, mutationFn: spec.mutationFn });
}

export const signInMutationOptions = (client: AuthClient) => toOptions(authMutations.signIn(client));
export const conditionalSignInMutationOptions = (client: AuthClient) => toOptions(authMutations.conditionalSignIn(client));
export const socialSignInMutationOptions = (client: AuthClient) => toOptions(authMutations.socialSignIn(client));
export const signOutMutationOptions = (client: AuthClient) => toOptions(authMutations.signOut(client));
export const registerMutationOptions = (client: AuthClient) => toOptions(authMutations.register(client));
export const requestPinMutationOptions = (client: AuthClient) => toOptions(authMutations.requestPin(client));
export const resendPinMutationOptions = (client: AuthClient) => toOptions(authMutations.resendPin(client));
export const confirmPinMutationOptions = (client: AuthClient) => toOptions(authMutations.confirmPin(client));
export const requestActivationMutationOptions = (client: AuthClient) => toOptions(authMutations.requestActivation(client));
export const confirmActivationMutationOptions = (client: AuthClient) => toOptions(authMutations.confirmActivation(client));
export const requestPasswordResetMutationOptions = (client: AuthClient) => toOptions(authMutations.requestPasswordReset(client));
export const confirmPasswordResetMutationOptions = (client: AuthClient) => toOptions(authMutations.confirmPasswordReset(client));
export const changePasswordMutationOptions = (client: AuthClient) => toOptions(authMutations.changePassword(client));
