import type { AuthApi } from '../api/contract';
import { AuthError, toAuthError } from '../errors/AuthError';
import type { Clock, EnvironmentSignals, Random, TabLock } from '../ports';
import type { Emitter } from './emitter';
import type { HealthStore } from './health';
import type { Identity } from './identity';
import { hasToken, isSignedIn, isUsable, replyFields, tokenRecord, tombstone, type SessionCause, type SessionRecord, type TokenRecord, type TokenReplyFields } from './record';
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
  /**
   * A call sent with `rejected` got 401: one refresh decides (shared by this tab's callers;
   * other tabs wait on the lock and find the outcome stored). Resolves with the token to
   * retry with; rejects SESSION_REVOKED when the server refused a signed-in session (it has
   * ended in every tab), or with the network error (the session is kept).
   */
  recheck(rejected: string): Promise<string>;
  retryAt(): number | undefined;
  clearRetry(): void;
  reset(): void;
  inFlight(): boolean;
}

export function isRejectedToken(error: AuthError): boolean {
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
    const reply: TokenReplyFields = await api.anonymousLogin({ uuid: ids.uuid, deviceId: ids.deviceId });
    deps.commit(tokenRecord({ ...replyFields(reply), uuid: ids.uuid, now: clock.now(), cause, realm: 'anonymous_client' }));
  }

  /** Ends a signed-in session (every tab follows the stored tombstone), then logs in anonymously. */
  async function endAndFallBack(current: SessionRecord | null, reason: 'expired' | 'revoked' = 'expired'): Promise<void> {
    const uuid = current?.uuid ?? identity.get().uuid;
    if (isSignedIn(current)) deps.commit(tombstone(uuid, reason, clock.now()));
    const latest = deps.current();
    await anonymousLogin(latest && !hasToken(latest) ? latest.cause : 'anonymous');
  }

  /** Refreshes `current` now. False when the server refused it (401/403): the caller ends it. */
  async function refreshNow(current: TokenRecord): Promise<boolean> {
    assertOnline();
    try {
      const reply: TokenReplyFields = await api.refresh(current.token);
      const next = tokenRecord({
        ...replyFields(reply), uuid: current.uuid, now: clock.now(), cause: 'refresh', realm: current.realm, ...(current.profile ? { profile: current.profile } : {}),
      });
      deps.commitIf(current.token, next);
      return true;
    } catch (error) {
      const authError = toAuthError(error);
      if (!isRejectedToken(authError)) throw authError;
      return false;
    }
  }

  async function recheckUnderLock(rejected: string): Promise<string> {
    deps.adoptStored();
    const current = deps.current();
    if (hasToken(current) && current.token === rejected && isUsable(current, clock.now(), deps.timing.skewMs)) {
      if (!(await refreshNow(current))) {
        // The token had time left, so the server ended the session: revoked, not expired.
        await endAndFallBack(current, 'revoked').catch(() => undefined); // a failed anonymous login is retried by the scheduler
        if (isSignedIn(current)) throw new AuthError('SESSION_REVOKED', { status: 401 });
      }
    } else if (!hasToken(current) || current.token === rejected) {
      // Expired meanwhile, or ended by another tab: the ordinary path decides (anonymous login).
      if (!hasToken(current) && current?.cause === 'revoked') throw new AuthError('SESSION_REVOKED', { status: 401 });
      await renewUnderLock();
    }
    // Else another tab (or an earlier re-check) has already stored the outcome.
    const latest = deps.current();
    if (latest?.cause === 'revoked' && !isSignedIn(latest)) throw new AuthError('SESSION_REVOKED', { status: 401 });
    if (!isUsable(latest, clock.now(), deps.timing.skewMs)) throw new AuthError('SESSION_EXPIRED');
    return latest.token;
  }

  async function renewUnderLock(): Promise<void> {
    deps.adoptStored();
    const current = deps.current();
    const now = clock.now();
    if (isUsable(current, now, deps.timing.skewMs)) {
      if (now < refreshDueAt(current, deps.timing)) return; // another tab already refreshed
      // Refused while it had time left: the server ended the session (revoked).
      if (!(await refreshNow(current))) await endAndFallBack(current, 'revoked');
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

  const rechecks = new Map<string, Promise<string>>();

  return {
    recheck(rejected) {
      let pending = rechecks.get(rejected);
      if (!pending) {
        pending = deps.lock
          .run(deps.lockName, () => recheckUnderLock(rejected))
          .then((token) => token ?? Promise.reject(new AuthError('ABORTED')))
          .finally(() => rechecks.delete(rejected));
        rechecks.set(rejected, pending);
      }
      return pending;
    },
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
