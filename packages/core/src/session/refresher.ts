import type { AuthApi } from '../api/contract';
import { AuthError, toAuthError } from '../errors/AuthError';
import type { Clock, EnvironmentSignals, Random, TabLock } from '../ports';
import type { Emitter } from './emitter';
import type { HealthStore } from './health';
import type { Identity } from './identity';
import { hasToken, isUsable, tokenRecord, tombstone, type SessionCause, type SessionRecord } from './record';
import { backoffDelay, refreshDueAt, type TimingOptions } from './timing';
import type { AuthEvents } from './types';

// Gets this tab a usable token: ONE in-flight renewal per tab (single-flight), ONE tab at a
// time (TabLock), and after taking the lock it re-reads storage first — if another tab
// already stored a fresh token, that token is adopted without a request.

export interface RefresherDeps {
  api: AuthApi;
  clock: Clock;
  random: Random;
  lock: TabLock;
  lockName: string;
  environment: EnvironmentSignals;
  identity: Identity;
  timing: TimingOptions;
  health: HealthStore;
  events: Emitter<AuthEvents>;
  current(): SessionRecord | null;
  adoptStored(): void;
  commit(record: SessionRecord): void;
  /** Commits only if storage still holds `expectedToken` (else adopts what is stored). */
  commitIf(expectedToken: string, record: SessionRecord): boolean;
}

export interface Refresher {
  renew(): Promise<void>;
  retryAt(): number | undefined;
  clearRetry(): void;
  reset(): void;
  inFlight(): boolean;
}

function isRejectedToken(error: AuthError): boolean {
  return error.status === 401 || error.status === 403 || error.code === 'TOKEN_INVALID' || error.code === 'SESSION_EXPIRED';
}

export function createRefresher(deps: RefresherDeps): Refresher {
  const { api, clock, identity, health } = deps;
  let inflight: Promise<void> | null = null;
  let attempt = 0;
  let retryAt: number | undefined;

  const assertOnline = (): void => {
    if (!deps.environment.isOnline()) throw new AuthError('NETWORK');
  };

  async function anonymousLogin(cause: SessionCause): Promise<void> {
    assertOnline();
    const ids = identity.get();
    const { token } = await api.anonymousLogin({ uuid: ids.uuid, deviceId: ids.deviceId });
    deps.commit(tokenRecord({ token, uuid: ids.uuid, now: clock.now(), cause, realm: 'anonymous_client' }));
  }

  async function endAndFallBack(current: SessionRecord | null): Promise<void> {
    const uuid = current?.uuid ?? identity.get().uuid;
    if (hasToken(current) && current.realm === 'client') deps.commit(tombstone(uuid, 'expired', clock.now()));
    const latest = deps.current();
    await anonymousLogin(latest && !hasToken(latest) ? latest.cause : 'anonymous');
  }

  async function renewUnderLock(): Promise<void> {
    deps.adoptStored();
    const current = deps.current();
    const now = clock.now();
    if (isUsable(current, now, deps.timing.skewMs)) {
      if (now < refreshDueAt(current, deps.timing)) return; // another tab already refreshed
      assertOnline();
      try {
        const { token } = await api.refresh(current.token);
        const next = tokenRecord({
          token, uuid: current.uuid, now: clock.now(), cause: 'refresh', realm: current.realm, ...(current.profile ? { profile: current.profile } : {}),
        });
        deps.commitIf(current.token, next);
      } catch (error) {
        const authError = toAuthError(error);
        if (!isRejectedToken(authError)) throw authError;
        await endAndFallBack(current);
      }
      return;
    }
    await endAndFallBack(current);
  }

  function succeed(): void {
    attempt = 0;
    retryAt = undefined;
    health.patch({ lastError: undefined, retryAt: undefined, lastRefreshAt: clock.now() });
  }

  function fail(error: unknown): AuthError {
    const authError = toAuthError(error);
    retryAt = clock.now() + backoffDelay(attempt++, deps.timing, deps.random);
    health.patch({ lastError: authError, retryAt });
    deps.events.emit('refreshFailed', { error: authError, retryAt, willRetry: true });
    return authError;
  }

  return {
    renew() {
      if (inflight) return inflight;
      health.patch({ refreshing: true });
      inflight = deps.lock
        .run(deps.lockName, renewUnderLock)
        .then(succeed, (error: unknown) => {
          throw fail(error);
        })
        .finally(() => {
          inflight = null;
          health.patch({ refreshing: false });
        });
      return inflight;
    },
    retryAt: () => retryAt,
    clearRetry() {
      retryAt = undefined;
      health.patch({ retryAt: undefined });
    },
    reset() {
      attempt = 0;
      retryAt = undefined;
      health.patch({ lastError: undefined, retryAt: undefined });
    },
    inFlight: () => inflight !== null,
  };
}
