import { AuthError } from '@synerise-auth/core';
import type { AuthClient, PersonalInformation } from '@synerise-auth/core';
import type { AuthMutationSpec, AuthQuerySpec } from './cache/types';
import { syneriseAuthMutationKey as key, syneriseAuthQueryKeys } from './queryKeys';

// Every server call of the kit as a key + function, written once: the hooks run them through
// the provider's cache, and `@synerise-auth/react/query` hands them to react-query as
// queryOptions/mutationOptions.

type Input<K extends keyof AuthClient> = AuthClient[K] extends (input: infer I, ...rest: never[]) => unknown ? I : never;
type Output<K extends keyof AuthClient> = AuthClient[K] extends (...args: never[]) => Promise<infer O> ? O : never;

export type SignInInput = Input<'signIn'>;
export type ConditionalSignInInput = Input<'conditionalSignIn'>;
export type SocialSignInInput = Input<'socialSignIn'>;
export type SignOutOptions = NonNullable<Input<'signOut'>>;
export type RegisterInput = Input<'register'>;
export type ConditionalSignInResult = Output<'conditionalSignIn'>;
export type RegistrationResult = Output<'register'>;
export type AccountPatch = Partial<PersonalInformation>;

export interface PasswordResetConfirmInput {
  token: string;
  password: string;
}

export interface ChangePasswordInput {
  oldPassword: string;
  newPassword: string;
}

export interface PinInput {
  email: string;
}

export interface PinConfirmInput {
  email: string;
  pin: string;
}

/** How long account data counts as fresh (no refetch on mount/focus/reconnect). */
export const ACCOUNT_STALE_TIME = 60_000;

/** The account of customer `uuid`. Data arriving for another customer is refused, never cached under this key. */
export function accountQuery(client: AuthClient, uuid: string): AuthQuerySpec<PersonalInformation> {
  return {
    queryKey: syneriseAuthQueryKeys.account(uuid),
    queryFn: async () => {
      const data = await client.getAccount();
      if (!isCustomer(client, uuid)) throw new AuthError('SESSION_EXPIRED');
      return data;
    },
    staleTime: ACCOUNT_STALE_TIME,
  };
}

function isCustomer(client: AuthClient, uuid: string): boolean {
  const s = client.getSnapshot();
  return s.status === 'authenticated' && s.uuid === uuid;
}

/** Updates the signed-in customer's account and writes the reply under that customer's key. */
export function updateAccountMutation(
  client: AuthClient,
  write: (queryKey: readonly unknown[], data: PersonalInformation) => void,
): AuthMutationSpec<PersonalInformation, AccountPatch> {
  return {
    mutationKey: key('updateAccount'),
    mutationFn: async (patch) => {
      const s = client.getSnapshot();
      const data = await client.updateAccount(patch);
      if (s.status === 'authenticated' && isCustomer(client, s.uuid)) write(syneriseAuthQueryKeys.account(s.uuid), data);
      return data;
    },
  };
}

const spec = <TData, TVariables>(
  name: Parameters<typeof key>[0],
  mutationFn: (variables: TVariables) => Promise<TData>,
): AuthMutationSpec<TData, TVariables> => ({ mutationKey: key(name), mutationFn });

// The mutations without cache writes (a customer change clears customer data by itself).
// One export each, so an app bundles only the ones it uses.
export const signInMutation = (c: AuthClient) => spec('signIn', (i: SignInInput) => c.signIn(i));
export const conditionalSignInMutation = (c: AuthClient) => spec('conditionalSignIn', (i: ConditionalSignInInput) => c.conditionalSignIn(i));
export const socialSignInMutation = (c: AuthClient) => spec('socialSignIn', (i: SocialSignInInput) => c.socialSignIn(i));
export const signOutMutation = (c: AuthClient) => spec('signOut', (o: SignOutOptions | void) => c.signOut(o ?? undefined));
export const registerMutation = (c: AuthClient) => spec('register', (i: RegisterInput) => c.register(i));
export const requestPinMutation = (c: AuthClient) => spec('requestPin', (i: PinInput) => c.requestPin(i.email));
export const resendPinMutation = (c: AuthClient) => spec('resendPin', (i: PinInput) => c.resendPin(i.email));
export const confirmPinMutation = (c: AuthClient) => spec('confirmPin', (i: PinConfirmInput) => c.confirmPin(i.email, i.pin));
export const requestActivationMutation = (c: AuthClient) => spec('requestActivation', (email: string) => c.requestActivation(email));
export const confirmActivationMutation = (c: AuthClient) => spec('confirmActivation', (token: string) => c.confirmActivation(token));
export const requestPasswordResetMutation = (c: AuthClient) => spec('requestPasswordReset', (email: string) => c.requestPasswordReset(email));
export const confirmPasswordResetMutation = (c: AuthClient) =>
  spec('confirmPasswordReset', (i: PasswordResetConfirmInput) => c.confirmPasswordReset(i.token, i.password));
export const changePasswordMutation = (c: AuthClient) =>
  spec('changePassword', (i: ChangePasswordInput) => c.changePassword(i.oldPassword, i.newPassword));
