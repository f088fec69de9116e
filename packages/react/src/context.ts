import { createContext, useContext } from 'react';
import type { AuthClient, AuthSettings, Clock } from '@synerise-auth/core';
import type { AuthCache } from './cache/types';

/** What the provider shares with the hooks (private to the package). */
export interface AuthContextValue {
  /** Never null: before the real client exists (server, first client render) a stable deferred client reads as `booting`. */
  client: AuthClient;
  /** Drives countdowns (the provider's `clock`, else system time). */
  clock: Clock;
  /** Resolved workspace settings: the client's, or (before it exists) the provider's `settings` prop resolved with the defaults. */
  settings: AuthSettings;
  /** The given cache (e.g. a shop QueryClient's): server data and every mutation go through it. */
  cache: AuthCache | undefined;
  /** Without a given cache: the built-in one, created by the first hook that caches data. */
  local: { cache?: AuthCache };
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('Synerise auth hooks must be used inside <SyneriseAuthProvider>.');
  return value;
}

/**
 * The core `AuthClient` of the nearest provider (e.g. `getToken()` for the app's own
 * Synerise calls), from the first render on. Until the provider's mount effect created the
 * real client (and on the server) it reads as `booting` and its calls wait for the client.
 */
export function useAuthClient(): AuthClient {
  return useAuthContext().client;
}
