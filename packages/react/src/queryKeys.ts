/**
 * Query and mutation keys of the kit (the same in the built-in cache and in a shop's
 * QueryClient). Customer data lives under `['synerise-auth', 'customer', uuid]` and is removed
 * whenever the customer changes.
 */
export const syneriseAuthQueryKeys = {
  all: () => ['synerise-auth'] as const,
  /** Prefix of every customer-scoped query (removed on any customer change). */
  customers: () => ['synerise-auth', 'customer'] as const,
  customer: (uuid: string) => ['synerise-auth', 'customer', uuid] as const,
  account: (uuid: string) => ['synerise-auth', 'customer', uuid, 'account'] as const,
};

export type SyneriseAuthMutationName =
  | 'signIn' | 'conditionalSignIn' | 'socialSignIn' | 'signOut' | 'register'
  | 'requestPin' | 'resendPin' | 'confirmPin' | 'requestActivation' | 'confirmActivation'
  | 'requestPasswordReset' | 'confirmPasswordReset' | 'changePassword' | 'updateAccount';

/** `['synerise-auth', name]`: filter the MutationCache with `mutationKey: ['synerise-auth']`. */
export const syneriseAuthMutationKey = (name: SyneriseAuthMutationName) => ['synerise-auth', name] as const;

/** True for a key under `prefix` (element-wise equality). */
export function hasKeyPrefix(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, i) => Object.is(key[i], part));
}
