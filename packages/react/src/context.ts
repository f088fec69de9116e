import { createContext, useContext } from 'react';
import type { AuthClient, AuthSettings, Clock, PersonalInformation } from '@synerise-auth/core';
import type { Resource } from './resource';

/** What the provider shares with the hooks (private to the package). */
export interface AuthContextValue {
  client: AuthClient;
  /** Drives countdowns (the client's clock when known, else system time). */
  clock: Clock;
  settings: Resource<AuthSettings>;
  account: Resource<PersonalInformation>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('Synerise auth hooks must be used inside <SyneriseAuthProvider>.');
  return value;
}

/** The core `AuthClient` of the nearest provider (for `getToken()` in the app's own calls). */
export function useAuthClient(): AuthClient {
  return useAuthContext().client;
}
