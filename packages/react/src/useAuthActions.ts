import type { AuthClient } from '@synerise-auth/core';
import { useClientGetter } from './context';
import { useAuthMutation, type AuthMutation } from './useAuthMutation';

type Input<K extends keyof AuthClient> = AuthClient[K] extends (input: infer I, ...rest: never[]) => unknown ? I : never;
type Output<K extends keyof AuthClient> = AuthClient[K] extends (...args: never[]) => Promise<infer O> ? O : never;

export type SignInInput = Input<'signIn'>;
export type ConditionalSignInInput = Input<'conditionalSignIn'>;
export type SocialSignInInput = Input<'socialSignIn'>;
export type SignOutOptions = NonNullable<Input<'signOut'>>;
export type RegisterInput = Input<'register'>;
export type ConditionalSignInResult = Output<'conditionalSignIn'>;
export type RegistrationResult = Output<'register'>;

/** RaaS sign-in with e-mail + password (creating login). Resolves once signed in. */
export function useSignIn(): AuthMutation<void, SignInInput> {
  const client = useClientGetter();
  return useAuthMutation((input: SignInInput) => client().signIn(input));
}

/** Conditional sign-in (never creates an account): resolves with the status union
 *  (`SUCCESS`, `ACTIVATION_REQUIRED`, `TERMS_ACCEPTANCE_REQUIRED`…) instead of throwing. */
export function useConditionalSignIn(): AuthMutation<ConditionalSignInResult, ConditionalSignInInput> {
  const client = useClientGetter();
  return useAuthMutation((input: ConditionalSignInInput) => client().conditionalSignIn(input));
}

/** Sign-in with a provider identity token (Google, Facebook, Apple, OAuth);
 *  `mode: 'conditional'` (default) never creates, `'create'` creates the account. */
export function useSocialSignIn(): AuthMutation<ConditionalSignInResult, SocialSignInInput> {
  const client = useClientGetter();
  return useAuthMutation((input: SocialSignInInput) => client().socialSignIn(input));
}

/** Sign-out (back to anonymous). `mutate()` or `mutate({ mode: 'clearSession', fromAllDevices: true })`. */
export function useSignOut(): AuthMutation<void, SignOutOptions | void> {
  const client = useClientGetter();
  return useAuthMutation((options: SignOutOptions | void) => client().signOut(options ?? undefined));
}

/** Registration; the result says what comes next (signed in, check e-mail, activation, PIN). */
export function useRegister(): AuthMutation<RegistrationResult, RegisterInput> {
  const client = useClientGetter();
  return useAuthMutation((input: RegisterInput) => client().register(input));
}

/** Activation by e-mail link: `request(email)` sends the link, `confirm(token)` activates. */
export function useActivation(): { request: AuthMutation<void, string>; confirm: AuthMutation<void, string> } {
  const client = useClientGetter();
  return {
    request: useAuthMutation((email: string) => client().requestActivation(email)),
    confirm: useAuthMutation((token: string) => client().confirmActivation(token)),
  };
}

export interface PasswordResetConfirmInput {
  token: string;
  password: string;
}

/** Forgotten password: `request(email)` mails a link, `confirm({ token, password })` sets it. */
export function usePasswordReset(): {
  request: AuthMutation<void, string>;
  confirm: AuthMutation<void, PasswordResetConfirmInput>;
} {
  const client = useClientGetter();
  return {
    request: useAuthMutation((email: string) => client().requestPasswordReset(email)),
    confirm: useAuthMutation((i: PasswordResetConfirmInput) => client().confirmPasswordReset(i.token, i.password)),
  };
}

export interface ChangePasswordInput {
  oldPassword: string;
  newPassword: string;
}

/** Change the signed-in customer's password. */
export function useChangePassword(): AuthMutation<void, ChangePasswordInput> {
  const client = useClientGetter();
  return useAuthMutation((i: ChangePasswordInput) => client().changePassword(i.oldPassword, i.newPassword));
}
