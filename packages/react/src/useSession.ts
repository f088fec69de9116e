import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionHealth, SessionSnapshot } from '@synerise-auth/core';
import { useAuthContext } from './context';
import { useStoreSelector, type EqualityFn } from './useStoreSelector';

import { BOOTING_HEALTH, BOOTING_SNAPSHOT } from './booting';

export { BOOTING_SNAPSHOT } from './booting';

const identity = <T>(value: T): T => value;
const getBootingSnapshot = (): SessionSnapshot => BOOTING_SNAPSHOT;
const getBootingHealth = () => BOOTING_HEALTH;

/**
 * The session snapshot (`status`, `uuid`, `profile`, `expiresAt`…). With a selector the
 * component re-renders only when its slice changes (compared with `isEqual`, default
 * shallow), e.g. `useSession(s => s.status)` ignores token refreshes.
 */
export function useSession(): SessionSnapshot;
export function useSession<T>(selector: (snapshot: SessionSnapshot) => T, isEqual?: EqualityFn<T>): T;
export function useSession<T>(selector?: (snapshot: SessionSnapshot) => T, isEqual?: EqualityFn<T>): T | SessionSnapshot {
  const { client } = useAuthContext();
  const subscribe = useCallback((l: () => void) => client.subscribe(l), [client]);
  const getSnapshot = useCallback(() => client.getSnapshot(), [client]);
  return useStoreSelector<SessionSnapshot, T | SessionSnapshot>(
    subscribe,
    getSnapshot,
    getBootingSnapshot,
    selector ?? identity,
    isEqual as EqualityFn<T | SessionSnapshot> | undefined,
  );
}

export interface SessionHealthView extends SessionHealth {
  /** Whole seconds until the next scheduled refresh / retry / token expiry (never negative). */
  secondsUntilRefresh: number | undefined;
  secondsUntilRetry: number | undefined;
  secondsUntilExpiry: number | undefined;
}

/**
 * The core health snapshot (next refresh, last error, retry time, online, leader tab).
 * With `{ tick: true }` the component also re-renders every second so the countdowns move;
 * without it, only when the health changes.
 */
export function useSessionHealth(options: { tick?: boolean } = {}): SessionHealthView {
  const { client, clock } = useAuthContext();
  const subscribe = useCallback((l: () => void) => client.subscribeHealth(l), [client]);
  const getHealth = useCallback(() => client.getHealth(), [client]);
  const health = useStoreSelector(subscribe, getHealth, getBootingHealth, identity, Object.is);
  const tickNow = useNow(options.tick === true);
  const now = tickNow ?? (health.status === 'booting' ? 0 : clock.now());
  return useMemo(
    () => ({
      ...health,
      secondsUntilRefresh: secondsUntil(health.nextRefreshAt, now),
      secondsUntilRetry: secondsUntil(health.retryAt, now),
      secondsUntilExpiry: secondsUntil(health.expiresAt, now),
    }),
    [health, now],
  );
}

function secondsUntil(at: number | undefined, now: number): number | undefined {
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The provider clock's time, updated every second while `enabled` (null until mounted). */
export function useNow(enabled: boolean): number | null {
  const { clock } = useAuthContext();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) {
      setNow(null);
      return;
    }
    let handle: unknown;
    const tick = () => {
      const t = clock.now();
      setNow(t);
      handle = clock.setTimeout(tick, 1000 - (t % 1000) || 1000);
    };
    tick();
    return () => clock.clearTimeout(handle);
  }, [clock, enabled]);
  return now;
}
