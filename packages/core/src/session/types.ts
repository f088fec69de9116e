import type { AuthError } from '../errors/AuthError';
import type { Realm } from './jwt';
import type { SessionProfile } from './record';

export type SessionStatus = 'booting' | 'anonymous' | 'authenticated';

/** Before the session is known (server render, hydration, until `start()` has read storage). */
export interface BootingSnapshot {
  status: 'booting';
  uuid?: undefined;
  deviceId?: undefined;
  realm?: undefined;
  expiresAt?: undefined;
  profile?: undefined;
}

/** An anonymous profile (it may hold an anonymous token: `realm: 'anonymous_client'`). */
export interface AnonymousSnapshot {
  status: 'anonymous';
  uuid: string;
  deviceId: string;
  realm?: Realm;
  /** Epoch ms (of the anonymous token, when there is one). */
  expiresAt?: number;
  profile?: undefined;
}

/** A signed-in customer: a client token, and what is known of the customer. */
export interface AuthenticatedSnapshot {
  status: 'authenticated';
  uuid: string;
  deviceId: string;
  realm: Realm;
  /** Epoch ms. */
  expiresAt: number;
  profile: SessionProfile;
}

/**
 * What the UI renders, a discriminated union on `status` (`profile` narrows on
 * 'authenticated'). A new object per change; never contains the token.
 */
export type SessionSnapshot = BootingSnapshot | AnonymousSnapshot | AuthenticatedSnapshot;

/** Diagnostics of the refresh machinery (a dev panel, a "reconnecting…" banner). */
export interface SessionHealth {
  status: SessionStatus;
  expiresAt?: number;
  nextRefreshAt?: number;
  /** When the token in use was obtained (sign-in, sign-out's new anonymous token or a refresh; in any tab). */
  lastRefreshAt?: number;
  lastError?: AuthError;
  /** When the next retry after a failure is due. */
  retryAt?: number;
  online: boolean;
  /** This tab currently leads the proactive refresh (others only follow up). */
  isLeader: boolean;
  refreshing: boolean;
}

/** Why a signed-in session ended: the customer signed out, the token ran out, or the server refused it. */
export type SignOutReason = 'signOut' | 'expired' | 'revoked';

export interface AuthEvents {
  signedIn: { uuid: string; profile?: SessionProfile; fromOtherTab: boolean };
  signedOut: { reason: 'signOut'; fromOtherTab: boolean };
  sessionExpired: { reason: 'expired'; fromOtherTab: boolean };
  /** The server refused the session (a 401 re-checked by one refresh that was refused too): every tab is anonymous again. */
  sessionRevoked: { reason: 'revoked'; fromOtherTab: boolean };
  refreshed: { expiresAt: number; realm: Realm; fromOtherTab: boolean };
  refreshFailed: { error: AuthError; retryAt?: number; willRetry: boolean };
}
