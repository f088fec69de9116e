import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createAuthClient, systemClock } from '@synerise-auth/core';
import type { AuthClient, AuthClientOptions, Clock, Fetch, KeyValueStorage } from '@synerise-auth/core';
import { AuthContext, type AuthContextValue } from './context';
import { createResource } from './resource';
import { syneriseAuthQueryKeys, type QueryClientLike } from './queryKeys';

export interface SyneriseAuthProviderProps {
  /** Profile API key (required unless `client` is given). */
  apiKey?: string;
  /** Default `https://api.synerise.com`. */
  baseUrl?: string;
  /** An existing core client: the provider starts it but never destroys it. */
  client?: AuthClient;
  /** An app's TanStack `QueryClient` to mirror settings/account into (duck-typed). */
  queryClient?: QueryClientLike;
  storage?: KeyValueStorage;
  fetch?: Fetch;
  clock?: Clock;
  /** Any other `createAuthClient` option (channel, lock, random, environment, timing…). */
  clientOptions?: Partial<AuthClientOptions>;
  children?: ReactNode;
}

/**
 * Creates (or accepts) a core client, starts it after mount and shares it with the hooks.
 * Server rendering touches no browser global: the client is only started in an effect and
 * the hooks render the `booting` server snapshot until hydration is done.
 */
export function SyneriseAuthProvider(props: SyneriseAuthProviderProps): ReactNode {
  const { client: given, queryClient, children } = props;
  const [client] = useState<AuthClient>(() => given ?? createOwnedClient(props));
  const owned = client !== given;
  const clock = props.clock ?? props.clientOptions?.clock ?? clientClock(client) ?? systemClock;

  const queryClientRef = useRef(queryClient);
  useEffect(() => {
    queryClientRef.current = queryClient;
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(() => {
    const mirror = (key: readonly unknown[]) => (data: unknown) => {
      queryClientRef.current?.setQueryData(key, data);
    };
    return {
      client,
      clock,
      settings: createResource(() => client.getSettings(), mirror(syneriseAuthQueryKeys.settings())),
      account: createResource(() => client.getAccount(), mirror(syneriseAuthQueryKeys.account())),
    };
  }, [client, clock]);

  useClientLifecycle(client, owned);
  useUserChangeInvalidation(value, queryClientRef);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

function createOwnedClient(props: SyneriseAuthProviderProps): AuthClient {
  const apiKey = props.apiKey ?? props.clientOptions?.apiKey;
  if (!apiKey) throw new Error('<SyneriseAuthProvider> needs an `apiKey` or a `client`.');
  const options: AuthClientOptions = { ...props.clientOptions, apiKey };
  if (props.baseUrl !== undefined) options.baseUrl = props.baseUrl;
  if (props.storage !== undefined) options.storage = props.storage;
  if (props.fetch !== undefined) options.fetch = props.fetch;
  if (props.clock !== undefined) options.clock = props.clock;
  return createAuthClient(options);
}

function clientClock(client: AuthClient): Clock | undefined {
  const candidate = (client as { clock?: Clock }).clock;
  return candidate && typeof candidate.now === 'function' ? candidate : undefined;
}

/** start() after mount; destroy() on unmount when the provider created the client.
 *  The destroy is deferred one microtask so StrictMode's unmount/remount keeps it alive. */
function useClientLifecycle(client: AuthClient, owned: boolean): void {
  const mounts = useRef(0);
  useEffect(() => {
    mounts.current++;
    client.start().catch(() => undefined);
    return () => {
      mounts.current--;
      if (!owned) return;
      queueMicrotask(() => {
        if (mounts.current === 0) client.destroy();
      });
    };
  }, [client, owned]);
}

/** A different user (sign-in, sign-out, expiry, another tab) drops the cached account and
 *  invalidates the app's `['synerise-auth']` queries. */
function useUserChangeInvalidation(value: AuthContextValue, queryClientRef: { current: QueryClientLike | undefined }): void {
  useEffect(() => {
    const { client, account } = value;
    const userKey = () => {
      const s = client.getSnapshot();
      return s.status === 'booting' ? null : `${s.status}|${s.uuid ?? ''}|${s.profile?.email ?? ''}|${s.profile?.customId ?? ''}`;
    };
    let last = userKey();
    return client.subscribe(() => {
      const next = userKey();
      if (next === last || next === null) return;
      const wasBooting = last === null;
      last = next;
      if (wasBooting) return;
      account.invalidate(client.getSnapshot().status === 'authenticated');
      const qc = queryClientRef.current;
      if (qc) {
        const removable = qc as QueryClientLike & { removeQueries?: (f: { queryKey: readonly unknown[] }) => void };
        removable.removeQueries?.({ queryKey: syneriseAuthQueryKeys.account() });
        void qc.invalidateQueries({ queryKey: syneriseAuthQueryKeys.all() });
      }
    });
  }, [value, queryClientRef]);
}
