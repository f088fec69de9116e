import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createAuthClient, createBrowserEnvironment, resolveAuthSettings, systemClock } from '@synerise-auth/core';
import type { AuthClient, AuthClientOptions, AuthSettingsInput, Clock, Fetch, KeyValueStorage } from '@synerise-auth/core';
import type { AuthCache } from './cache/types';
import { AuthContext, type AuthContextValue } from './context';
import { createDeferredClient } from './deferredClient';
import { useCustomerChange } from './userChange';

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
  /**
   * Where server data lives and mutations run: default the kit's own cache
   * (`createAuthCache`, created on first use); `createQueryClientCache(queryClient)` from
   * `@synerise-auth/react/query` puts them in the shop's TanStack QueryClient.
   */
  cache?: AuthCache;
  storage?: KeyValueStorage;
  fetch?: Fetch;
  /** Time source of the created client, the countdowns (`useSessionHealth({tick})`, PIN) and the built-in cache. */
  clock?: Clock;
  /** Any other `createAuthClient` option (channel, lock, random, environment, timing…). */
  clientOptions?: Partial<AuthClientOptions>;
  children?: ReactNode;
}

/**
 * Shares a core client with the hooks. A given `client` is used as is; otherwise the real
 * client is created in an effect after mount (core resolves its browser ports — storage,
 * BroadcastChannel, lock, window listeners — when created, so never while rendering on the
 * server, nor twice under StrictMode) and the hooks get a stable deferred client from the
 * first render on, which reads as `booting` until then: hydration never mismatches.
 */
export function SyneriseAuthProvider(props: SyneriseAuthProviderProps): ReactNode {
  const { client: given, children } = props;
  const [deferred] = useState(() => createDeferredClient(resolveAuthSettings(props.settings ?? props.clientOptions?.settings)));
  const client = given ?? deferred.client;
  const clock = props.clock ?? props.clientOptions?.clock ?? systemClock;
  // Synchronous on the server and before the client exists: the same values the client will resolve.
  // Keyed on the content: an inline `settings={{…}}` object must not re-resolve on every render.
  const settingsKey = JSON.stringify(props.settings ?? props.clientOptions?.settings ?? {});
  const configured = useMemo(() => resolveAuthSettings(JSON.parse(settingsKey) as AuthSettingsInput), [settingsKey]);
  const cache = props.cache;
  const [local] = useState<AuthContextValue['local']>(() => ({}));

  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    if (given) {
      given.start().catch(() => undefined);
      return;
    }
    const created = createOwnedClient(propsRef.current);
    let live = true;
    deferred.attach(created);
    // Started a microtask later: StrictMode's immediate unmount/remount must not bootstrap
    // (and request) twice.
    queueMicrotask(() => {
      if (!live) return;
      created.start().catch(() => undefined);
      deferred.release();
    });
    return () => {
      live = false;
      deferred.detach();
      created.destroy();
    };
  }, [given, deferred]);

  // Focus/reconnect refetching of the built-in cache (react-query has its own managers).
  useEffect(() => {
    const environment = propsRef.current.clientOptions?.environment ?? createBrowserEnvironment();
    return environment.subscribe((event) => (cache ?? local.cache)?.onEnvironment?.(event));
  }, [cache, local]);

  const value = useMemo<AuthContextValue>(
    () => ({ client, clock, cache, local, settings: given ? given.settings : configured }),
    [client, clock, cache, local, given, configured],
  );

  useCustomerChange(client, () => cache ?? local.cache);

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
