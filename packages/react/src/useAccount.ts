import type { PersonalInformation } from '@synerise-auth/core';
import { useAuthContext, useClientGetter } from './context';
import { useResource, type QueryResult } from './useAuthSettings';
import { useAuthMutation, type AuthMutation } from './useAuthMutation';
import { useSession } from './useSession';

export type AccountPatch = Partial<PersonalInformation>;

export interface AccountResult extends QueryResult<PersonalInformation> {
  /** Update personal information; the cache (and a mirrored QueryClient) gets the reply. */
  update: AuthMutation<PersonalInformation, AccountPatch>;
}

/** The signed-in customer's personal information (shared cache; no data when anonymous). */
export function useAccount(): AccountResult {
  const { account } = useAuthContext();
  const client = useClientGetter();
  const status = useSession((s) => s.status);
  const query = useResource(account, status === 'authenticated');
  // Anonymous: nothing to load. Booting: not known yet, so still loading.
  if (status === 'anonymous') query.isLoading = false;
  const update = useAuthMutation(async (patch: AccountPatch) => {
    const next = await client().updateAccount(patch);
    account.set(next);
    return next;
  });
  return { ...query, update };
}
