import type { Clock, EnvironmentSignals, Fetch, IdentityMirror, KeyValueStorage, Random, TabChannel, TabLock } from '../ports';
import { createBrowserStorage } from './browserStorage';
import { createBroadcastTabChannel } from './channel';
import { systemClock } from './clock';
import { createBrowserEnvironment } from './environment';
import { globalFetch } from './fetch';
import { systemRandom } from './random';
import { createUuidCookieMirror } from './uuidCookie';
import { createWebLockOrLease } from './webLock';

export interface ResolvedPorts {
  fetch: Fetch;
  clock: Clock;
  storage: KeyValueStorage;
  random: Random;
  channel: TabChannel | null;
  lock: TabLock;
  environment: EnvironmentSignals;
  identityMirror: IdentityMirror | null;
  /** Ports created here (not injected) that the client must close on destroy. */
  owned: { channel: boolean };
}

/** Fills every port the caller did not inject with its platform default (called lazily, never at import). */
export function resolvePorts(given: Partial<Omit<ResolvedPorts, 'owned'>> & { storageKey: string }): ResolvedPorts {
  const clock = given.clock ?? systemClock;
  const random = given.random ?? systemRandom;
  const storage = given.storage ?? createBrowserStorage();
  const channel = given.channel !== undefined ? given.channel : createBroadcastTabChannel(given.storageKey);
  return {
    fetch: given.fetch ?? globalFetch,
    clock,
    storage,
    random,
    channel,
    lock: given.lock ?? createWebLockOrLease({ storage, clock, random, keyPrefix: `${given.storageKey}:lease:` }),
    environment: given.environment ?? createBrowserEnvironment(),
    identityMirror: given.identityMirror !== undefined ? given.identityMirror : createUuidCookieMirror(),
    owned: { channel: given.channel === undefined && channel !== null },
  };
}
