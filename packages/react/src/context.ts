import { createContext, useContext } from 'react';
import type { AuthClient, AuthSettings, Clock, PersonalInformation } from '@synerise-auth/core';
import type { Resource } from './resource';

/** What the provider shares with the hooks (private to the package). */
export interface AuthContextValue {
  /** null while rendering on the server and until the provider's mount effect created it. */
  client: AuthClient | null;
  /** Drives countdowns (the provider's `clock`, else system time). */
  clock: Clock;
  /** Resolved workspace settings: the client's, or (before it exists) the provider's `settings` prop resolved with the defaults. */
  settings: AuthSettings;
  account: Resource<PersonalInformation>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('Synerise auth hooks must be used inside <SyneriseAuthProvider>.');
  return value;
}

/**
 * The core `AuthClient` of the nearest provider (e.g. `getToken()` for the app's own
 * Synerise calls). `null` during server rendering and the first client render when the
 * provider creates the client itself; always set inside event handlers and effects.
 */
export function useAuthClient(): AuthClient | null {
  return useAuthContext().client;
}

/** For action hooks: the client at call time (event handlers run after mount). */
export function useClientGetter(): () => AuthClient {
  const { client } = useAuthContext();
  return () => {
    if (!client) throw new Error('The auth client is not ready yet (server render or before mount).');
    return client;
  };
}
