import * as m from './operations';
import type {
  ChangePasswordInput, ConditionalSignInInput, ConditionalSignInResult, PasswordResetConfirmInput, RegisterInput, RegistrationResult,
  SignInInput, SignOutOptions, SocialSignInInput,
} from './operations';
import type { AuthMutation } from './useAuthMutation';
import { useCacheMutation } from './useCacheMutation';

export type {
  ChangePasswordInput, ConditionalSignInInput, ConditionalSignInResult, PasswordResetConfirmInput, RegisterInput, RegistrationResult,
  SignInInput, SignOutOptions, SocialSignInInput,
} from './operations';

/** RaaS sign-in with e-mail + password (creating login). Resolves once signed in. */
export function useSignIn(): AuthMutation<void, SignInInput> {
  return useCacheMutation(m.signInMutation);
}

/** Conditional sign-in (never creates an account): resolves with the status union
 *  (`SUCCESS`, `ACTIVATION_REQUIRED`, `TERMS_ACCEPTANCE_REQUIRED`…) instead of throwing. */
export function useConditionalSignIn(): AuthMutation<ConditionalSignInResult, ConditionalSignInInput> {
  return useCacheMutation(m.conditionalSignInMutation);
}

/** Sign-in with a provider identity token (Google, Facebook, Apple, OAuth);
 *  `mode: 'conditional'` (default) never creates, `'create'` creates the account. */
export function useSocialSignIn(): AuthMutation<ConditionalSignInResult, SocialSignInInput> {
  return useCacheMutation(m.socialSignInMutation);
}

/** Sign-out (back to anonymous). `mutate()` or `mutate({ mode: 'clearSession', fromAllDevices: true })`. */
export function useSignOut(): AuthMutation<void, SignOutOptions | void> {
  return useCacheMutation(m.signOutMutation);
}

/** Registration; the result says what comes next (signed in, check e-mail, activation, PIN). */
export function useRegister(): AuthMutation<RegistrationResult, RegisterInput> {
  return useCacheMutation(m.registerMutation);
}

/** Activation by e-mail link: `request(email)` sends the link, `confirm(token)` activates. */
export function useActivation(): { request: AuthMutation<void, string>; confirm: AuthMutation<void, string> } {
  return { request: useCacheMutation(m.requestActivationMutation), confirm: useCacheMutation(m.confirmActivationMutation) };
}

/** Forgotten password: `request(email)` mails a link, `confirm({ token, password })` sets it. */
export function usePasswordReset(): {
  request: AuthMutation<void, string>;
  confirm: AuthMutation<void, PasswordResetConfirmInput>;
} {
  return { request: useCacheMutation(m.requestPasswordResetMutation), confirm: useCacheMutation(m.confirmPasswordResetMutation) };
}

/** Change the signed-in customer's password. */
export function useChangePassword(): AuthMutation<void, ChangePasswordInput> {
  return useCacheMutation(m.changePasswordMutation);
}
