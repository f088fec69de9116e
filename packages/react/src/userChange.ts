import { useEffect } from 'react';
import type { AuthContextValue } from './context';
import { syneriseAuthQueryKeys, type QueryClientLike } from './queryKeys';

type RemovableQueryClient = QueryClientLike & { removeQueries?: (filters: { queryKey: readonly unknown[] }) => void };

/**
 * A different user (sign-in, sign-out, expiry — in this tab or another) drops the cached
 * account (reloading it when someone is signed in and watching) and invalidates the app's
 * `['synerise-auth']` queries; the account query data of the previous user is removed.
 */
export function useUserChangeInvalidation(value: AuthContextValue, queryClientRef: { current: QueryClientLike | undefined }): void {
  useEffect(() => {
    const { client, account } = value;
    if (!client) return;
    const userKey = () => {
      const s = client.getSnapshot();
      return s.status === 'booting' ? null : [s.status, s.uuid, s.profile?.email, s.profile?.customId].join('|');
    };
    let last = userKey();
    return client.subscribe(() => {
      const next = userKey();
      if (next === null || next === last) return;
      const first = last === null;
      last = next;
      if (first) return;
      account.invalidate(client.getSnapshot().status === 'authenticated');
      const qc = queryClientRef.current as RemovableQueryClient | undefined;
      if (!qc) return;
      qc.removeQueries?.({ queryKey: syneriseAuthQueryKeys.account() });
      void qc.invalidateQueries({ queryKey: syneriseAuthQueryKeys.all() });
    });
  }, [value, queryClientRef]);
}
