import type { Emitter } from './emitter';
import type { Identity } from './identity';
import { hasToken, isSignedIn, type SessionRecord } from './record';
import { createExternalStore, sessionEqual, type ExternalStore } from './store';
import type { AnonymousSnapshot, AuthEvents, SessionSnapshot } from './types';

// This tab's view of the session: the current record, the snapshot derived from it, and the
// events a transition implies. Every change — own or adopted from another tab — passes here.

export type ApplyOrigin = 'self' | 'tab' | 'restore';

export interface SessionState {
  current(): SessionRecord | null;
  apply(next: SessionRecord | null, origin: ApplyOrigin): void;
  markStarted(): void;
  snapshot: ExternalStore<SessionSnapshot>;
}

export const SERVER_SNAPSHOT: SessionSnapshot = Object.freeze({ status: 'booting' } as const);

export function createSessionState(identity: Identity, events: Emitter<AuthEvents>): SessionState {
  let current: SessionRecord | null = null;
  let started = false;
  const snapshot = createExternalStore<SessionSnapshot>(SERVER_SNAPSHOT, sessionEqual);

  function derive(): SessionSnapshot {
    if (!started) return SERVER_SNAPSHOT;
    const ids = identity.get();
    if (hasToken(current) && isSignedIn(current)) {
      return {
        status: 'authenticated', uuid: current.uuid, deviceId: ids.deviceId,
        realm: current.realm, expiresAt: current.expiresAt, profile: { ...current.profile },
      };
    }
    const next: AnonymousSnapshot = { status: 'anonymous', uuid: current?.uuid ?? ids.uuid, deviceId: ids.deviceId };
    if (hasToken(current)) {
      next.realm = current.realm;
      next.expiresAt = current.expiresAt;
    }
    return next;
  }

  function emitTransition(prev: SessionRecord | null, next: SessionRecord | null, fromOtherTab: boolean): void {
    const wasIn = isSignedIn(prev);
    const isIn = isSignedIn(next);
    if (wasIn && !isIn) {
      if (next?.cause === 'expired') events.emit('sessionExpired', { reason: 'expired', fromOtherTab });
      else if (next?.cause === 'revoked') events.emit('sessionRevoked', { reason: 'revoked', fromOtherTab });
      else events.emit('signedOut', { reason: 'signOut', fromOtherTab });
    } else if (isIn && next && (!wasIn || (prev?.token !== next.token && next.cause !== 'refresh'))) {
      events.emit('signedIn', { uuid: next.uuid, ...(next.profile ? { profile: { ...next.profile } } : {}), fromOtherTab });
    }
    if (hasToken(next) && next.cause === 'refresh' && prev?.token !== next.token) {
      events.emit('refreshed', { expiresAt: next.expiresAt, realm: next.realm, fromOtherTab });
    }
  }

  return {
    current: () => current,
    apply(next, origin) {
      const prev = current;
      current = next;
      snapshot.set(derive());
      if (origin !== 'restore' && started) emitTransition(prev, next, origin === 'tab');
    },
    markStarted() {
      started = true;
      snapshot.set(derive());
    },
    snapshot,
  };
}
