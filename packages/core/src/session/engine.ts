import type { AuthApi } from '../api/contract';
import { AuthError } from '../errors/AuthError';
import type { Clock, EnvironmentSignals, KeyValueStorage, Random, TabChannel, TabLock } from '../ports';
import type { Emitter } from './emitter';
import { createHealthStore, type HealthStore } from './health';
import type { Identity } from './identity';
import { hasToken, isSignedIn, isUsable, type SessionRecord } from './record';
import { createRefresher } from './refresher';
import { createScheduler, dueAtFor, isLeaderOf, planNext } from './scheduler';
import { createSessionState } from './sessionState';
import type { ExternalStore } from './store';
import { createTabSync } from './tabSync';
import type { TimingOptions } from './timing';
import { createTokenStore } from './tokenStore';
import type { AuthEvents, SessionSnapshot } from './types';

// Composes the session parts of one tab: state (snapshot + events), token store, tab sync,
// refresher (lock + single-flight + backoff) and scheduler. Every authenticated call gets
// its token from `ensureValidToken()`, which checks the clock against `exp` first.

export interface EngineOptions {
  api: AuthApi;
  clock: Clock;
  random: Random;
  storage: KeyValueStorage;
  channel: TabChannel | null;
  lock: TabLock;
  environment: EnvironmentSignals;
  identity: Identity;
  timing: TimingOptions;
  storageKey: string;
  events: Emitter<AuthEvents>;
}

export interface SessionEngine {
  start(): Promise<void>;
  ensureValidToken(): Promise<string>;
  ensureSignedInToken(): Promise<string>;
  /** A call sent with `rejected` got 401: see Refresher.recheck (one refresh decides; revoked → every tab anonymous). */
  recheck(rejected: string): Promise<string>;
  /** Stores a new session (sign-in, sign-out) and tells every tab. */
  commit(record: SessionRecord): void;
  current(): SessionRecord | null;
  /** The current token if it may still be sent right now, without any request. */
  usableToken(): string | null;
  snapshot: ExternalStore<SessionSnapshot>;
  health: HealthStore;
  destroy(): void;
}

export function createSessionEngine(options: EngineOptions): SessionEngine {
  const { clock, timing, environment, identity } = options;
  const tabId = options.random.uuid();
  const tokenStore = createTokenStore(options.storage, `${options.storageKey}:session`);
  const state = createSessionState(identity, options.events);
  const health = createHealthStore(environment.isOnline());
  const scheduler = createScheduler(clock, () => check());
  let startPromise: Promise<void> | null = null;
  // Set synchronously when start() begins: with a stored usable token the start-up runs to
  // the end without awaiting, i.e. before `startPromise` is even assigned.
  let started = false;
  let destroyed = false;
  const cleanups: Array<() => void> = [];

  function reschedule(): void {
    if (destroyed || !started) return;
    const current = state.current();
    const plan = planNext(current, { tabId, timing, retryAt: refresher.retryAt(), online: environment.isOnline(), now: clock.now() });
    scheduler.schedule(plan.wakeAt);
    health.patch({
      status: state.snapshot.get().status,
      expiresAt: hasToken(current) ? current.expiresAt : undefined,
      // When the token in use was obtained (sign-in, refresh, by any tab): "never" only before any.
      lastRefreshAt: hasToken(current) ? current.obtainedAt : undefined,
      nextRefreshAt: plan.nextRefreshAt,
      isLeader: isLeaderOf(current, tabId),
      online: environment.isOnline(),
    });
  }

  function adoptStored(): void {
    const stored = tokenStore.read();
    const current = state.current();
    if (!stored || (current && stored.savedAt === current.savedAt && stored.token === current.token && stored.cause === current.cause && stored.uuid === current.uuid)) return;
    state.apply(stored, 'tab');
    if (hasToken(stored)) refresher.reset();
    reschedule();
  }

  function commit(record: SessionRecord): void {
    const written: SessionRecord = { ...record, writer: tabId };
    sync.publish(written);
    state.apply(written, 'self');
    if (hasToken(written)) refresher.reset(); // a new token voids a failed refresh's retry time
    reschedule();
  }

  const refresher = createRefresher({
    ...options,
    lockName: `${options.storageKey}:session`,
    health,
    current: state.current,
    adoptStored,
    commit,
    commitIf(expectedToken, record) {
      const stored = tokenStore.read();
      if (stored && stored.token !== expectedToken) {
        adoptStored();
        return false;
      }
      commit(record);
      return true;
    },
  });

  const sync = createTabSync({ tokenStore, channel: options.channel, key: options.storageKey, onChange: () => adoptStored() });
  cleanups.push(() => sync.stop());

  const renewQuietly = (): void => {
    refresher.renew().catch(() => undefined).finally(reschedule);
  };

  function check(): void {
    if (destroyed) return;
    adoptStored();
    const current = state.current();
    const now = clock.now();
    const retryAt = refresher.retryAt();
    if (retryAt !== undefined && now < retryAt) return reschedule();
    if (!isUsable(current, now, timing.skewMs) || now >= dueAtFor(current, tabId, timing)) {
      if (!hasToken(current) && !environment.isOnline()) return reschedule();
      return renewQuietly();
    }
    reschedule();
  }

  function start(): Promise<void> {
    startPromise ??= (async () => {
      started = true;
      cleanups.push(
        environment.subscribe((event) => {
          if (event === 'hidden') return;
          if (event === 'offline') return reschedule();
          refresher.clearRetry(); // timers may have been frozen, or the network is back: look now
          check();
        }),
      );
      const stored = tokenStore.read();
      if (stored) state.apply(stored, 'restore');
      const current = state.current();
      if (!isUsable(current, clock.now(), timing.skewMs)) await refresher.renew().catch(() => undefined);
      state.markStarted();
      check();
    })();
    return startPromise;
  }

  async function ensureValidToken(): Promise<string> {
    await start();
    for (let round = 0; round < 3; round++) {
      if (destroyed) throw new AuthError('ABORTED');
      adoptStored();
      const current = state.current();
      const now = clock.now();
      if (isUsable(current, now, timing.skewMs)) {
        if (now >= dueAtFor(current, tabId, timing) && !refresher.inFlight()) renewQuietly();
        return current.token;
      }
      await refresher.renew();
    }
    throw new AuthError('SESSION_EXPIRED');
  }

  return {
    start,
    ensureValidToken,
    async ensureSignedInToken() {
      const token = await ensureValidToken();
      if (!isSignedIn(state.current())) throw new AuthError('SESSION_EXPIRED');
      return token;
    },
    async recheck(rejected) {
      await start();
      if (destroyed) throw new AuthError('ABORTED');
      try {
        return await refresher.recheck(rejected);
      } finally {
        reschedule();
      }
    },
    commit,
    current: state.current,
    usableToken() {
      const current = state.current();
      return isUsable(current, clock.now(), timing.skewMs) ? current.token : null;
    },
    snapshot: state.snapshot,
    health,
    destroy() {
      destroyed = true;
      scheduler.stop();
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
