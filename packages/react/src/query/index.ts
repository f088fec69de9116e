'use client';
// @synerise-auth/react/query: the kit's server calls as TanStack Query options, and the cache
// adapter that makes the provider's hooks read and write the shop's QueryClient.
//
//   const queryClient = new QueryClient();
//   <QueryClientProvider client={queryClient}>
//     <SyneriseAuthProvider apiKey="…" cache={createQueryClientCache(queryClient)}>…
//
// `@tanstack/react-query` is an optional peer of the package: only this entry imports it.

export { createQueryClientCache } from './queryClientCache';
export {
  accountQueryOptions,
  updateAccountMutationOptions,
  signInMutationOptions,
  conditionalSignInMutationOptions,
  socialSignInMutationOptions,
  signOutMutationOptions,
  registerMutationOptions,
  requestPinMutationOptions,
  resendPinMutationOptions,
  confirmPinMutationOptions,
  requestActivationMutationOptions,
  confirmActivationMutationOptions,
  requestPasswordResetMutationOptions,
  confirmPasswordResetMutationOptions,
  changePasswordMutationOptions,
} from './options';
export { syneriseAuthQueryKeys, syneriseAuthMutationKey } from '../queryKeys';
export { ACCOUNT_STALE_TIME } from '../operations';
export type { PinConfirmInput, PinInput } from '../operations';
