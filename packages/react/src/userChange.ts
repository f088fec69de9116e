import { useEffect, useRef } from 'react';
import type { AuthClient, SessionSnapshot } from '@synerise-auth/core';
import type { AuthCache } from './cache/types';

/** Who the customer is, or null while booting (anonymous profiles count as "no customer"). */
export function customerKey(s: SessionSnapshot): string | null {
  if (s.status === 'booting') return null;
  return s.status === 'authenticated' ? ['customer', s.uuid, s.profile.email, s.profile.customId].join('|') : 'anonymous';
}

/**
 * A different customer (sign-in, sign-out, expiry, revocation — in this tab or another)
 * removes every customer-scoped query from the cache, so the next customer never sees the
 * previous one's data. Hooks watching the account load the new customer's under a new key.
 */
/** `getCache` is read at change time (the provider's current cache). */
export function useCustomerChange(client: AuthClient, getCache: () => AuthCache | undefined): void {
  const getCacheRef = useRef(getCache);
  useEffect(() => {
    getCacheRef.current = getCache;
  });
  useEffect(() => {
    let last = customerKey(client.getSnapshot());
    return client.subscribe(() => {
      const next = customerKey(client.getSnapshot());
      if (next === null || next === last) return;
      const first = last === null;
      last = next;
      if (!first) getCacheRef.current()?.removeCustomerQueries();
    });
  }, [client]);
}
