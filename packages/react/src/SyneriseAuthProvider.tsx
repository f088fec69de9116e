import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createAuthClient, resolveAuthSettings, systemClock } from '@synerise-auth/core';
import type { AuthClient, AuthClientOptions, AuthSettingsInput, Clock, Fetch, KeyValueStorage, PersonalInformation } from '@synerise-auth/core';
import { AuthContext, type AuthContextValue } from './context';
import { createResource } from './resource';
import { syneriseAuthQueryKeys, type QueryClientLike } from './queryKeys';
import { useUserChangeInvalidation } from './userChange';

export interface SyneriseAuthProviderProps {
  /** Profile (workspace) API key; required unless `client` is given. */
  apiKey?: string;
  /** Default `https://api.synerise.com`. */
  baseUrl?: string;
  /** An existing core client: the provider starts it but never destroys it (its `settings` are used). */
  client?: AuthClient;
  /**
   * The workspace's auth settings as configuration (registration type, activation link/PIN, PIN
   * rules, password policy, required agreements, OAuth client ids); omitted fields get the
   * documented defaults. Plain JSON, e.g. from `loadAuthSettings()` of
   * `@synerise-auth/core/server` in a server component. Read when the client is created.
   */
  settings?: AuthSettingsInput;
  /** An app's TanStack `QueryClient` to mirror the account into (duck-typed). */
  queryClient?: QueryClientLike;
  storage?: KeyValueStorage;
  fetch?: Fetch;
  /** Time source of the created client, and of the countdowns (`useSessionHealth({tick})`, PIN). */
  clock?: Clock;
  /** Any other `createAuthClient` option (channel, lock, random, environment, timing…). */
  clientOptions?: Partial<AuthClientOptions>;
  children?: ReactNode;
}

/**
 * Shares a core client with the hooks. A given `client` is used as is; otherwise the client
 * is created in an effect after mount (core resolves its browser ports — storage,
 * BroadcastChannel, lock, window listeners — when created, so it must never be created while
 * rendering on the server, nor twice by StrictMode's double render). Until then, and on the
 * server, hooks see the stable `booting` snapshot, so hydration never mismatches.
 */
export function SyneriseAuthProvider(props: SyneriseAuthProviderProps): ReactNode {
  const { client: given, queryClient, children } = props;
  const [owned, setOwned] = useState<AuthClient | null>(null);
  const client = given ?? owned;
  const clock = props.clock ?? props.clientOptions?.clock ?? systemClock;
  // Synchronous on the server and before the client exists: the same values the client will resolve.
  // Keyed on the content: an inline `settings={{…}}` object must not re-resolve on every render.
  const settingsKey = JSON.stringify(props.settings ?? props.clientOptions?.settings ?? {});
  const configured = useMemo(() => resolveAuthSettings(JSON.parse(settingsKey) as AuthSettingsInput), [settingsKey]);

  const propsRef = useRef(props);
  const queryClientRef = useRef(queryClient);
  useEffect(() => {
    propsRef.current = props;
    queryClientRef.current = queryClient;
  });

  useEffect(() => {
    if (given) {
      given.start().catch(() => undefined);
      return;
    }
    const created = createOwnedClient(propsRef.current);
    let live = true;
    setOwned(created);
    // Started a microtask later: StrictMode's immediate unmount/remount must not bootstrap
    // (and request) twice.
    queueMicrotask(() => {
      if (live) created.start().catch(() => undefined);
    });
    return () => {
      live = false;
      setOwned(null);
      created.destroy();
    };
  }, [given]);

  const value = useMemo<AuthContextValue>(() => {
    const mirror = (key: readonly unknown[]) => (data: unknown) => {
      queryClientRef.current?.setQueryData(key, data);
    };
    const missing = () => Promise.reject(new Error('The auth client is not ready yet.'));
    return {
      client,
      clock,
      settings: client?.settings ?? configured,
      account: createResource<PersonalInformation>(client ? () => client.getAccount() : missing, mirror(syneriseAuthQueryKeys.account())),
    };
  }, [client, clock, configured]);

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
  if (props.settings !== undefined) options.settings = props.settings;
  return createAuthClient(options);
}
