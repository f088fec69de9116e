'use client';
// Public API of @synerise-auth/react: headless hooks over the core session (no styling,
// no react-query: that lives in `@synerise-auth/react/query`). Importing this module touches
// no browser global.

export { SyneriseAuthProvider } from './SyneriseAuthProvider';
export type { SyneriseAuthProviderProps } from './SyneriseAuthProvider';
export { useAuthClient } from './context';
export { useSession, useSessionHealth, BOOTING_SNAPSHOT } from './useSession';
export type { SessionHealthView } from './useSession';
export { shallowEqual } from './useStoreSelector';
export type { EqualityFn } from './useStoreSelector';
export {
  useSignIn,
  useConditionalSignIn,
  useSocialSignIn,
  useSignOut,
  useRegister,
  useActivation,
  usePasswordReset,
  useChangePassword,
} from './useAuthActions';
export type {
  SignInInput,
  ConditionalSignInInput,
  ConditionalSignInResult,
  SocialSignInInput,
  SignOutOptions,
  RegisterInput,
  RegistrationResult,
  PasswordResetConfirmInput,
  ChangePasswordInput,
} from './useAuthActions';
export { usePinConfirmation } from './usePinConfirmation';
export type { PinConfirmationResult } from './usePinConfirmation';
export { useAccount } from './useAccount';
export type { AccountResult, AccountPatch } from './useAccount';
export { useAuthSettings } from './useAuthSettings';
export type { QueryResult } from './useAuthSettings';
export { usePasswordPolicy } from './usePasswordPolicy';
export type { PasswordPolicyResult } from './usePasswordPolicy';
export { useAuthMutation } from './useAuthMutation';
export type { AuthMutation, MutateCallbacks, MutationStatus } from './useAuthMutation';
export { syneriseAuthQueryKeys, syneriseAuthMutationKey } from './queryKeys';
export type { SyneriseAuthMutationName } from './queryKeys';
export { createAuthCache } from './cache/createAuthCache';
export type { AuthCacheOptions } from './cache/createAuthCache';
export type { AuthCache, AuthMutationSpec, AuthQueryObserver, AuthQuerySpec, AuthQueryState } from './cache/types';
export * from './flow/index';
export type { AuthFlow as AuthFlowMachine, FlowCondition, FlowPin, FlowSnapshot, FlowStatus, FlowStep } from '@synerise-auth/core';
