import type { PersonalInformation } from '@synerise-auth/core';
import { useAuthContext } from './context';
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
  const { client, account } = useAuthContext();
  const signedIn = useSession((s) => s.status === 'authenticated');
  const query = useResource(account, signedIn);
  const update = useAuthMutation(async (patch: AccountPatch) => {
    const next = await client.updateAccount(patch);
    account.set(next);
    return next;
  });
  return { ...query, update };
}
