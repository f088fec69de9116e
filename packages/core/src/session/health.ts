import { createExternalStore, sessionEqual, type ExternalStore } from './store';
import type { SessionHealth } from './types';

export interface HealthStore extends ExternalStore<SessionHealth> {
  patch(patch: Partial<SessionHealth>): void;
}

export function createHealthStore(online: boolean): HealthStore {
  const store = createExternalStore<SessionHealth>(
    { status: 'booting', online, isLeader: false, refreshing: false },
    sessionEqual,
  );
  return {
    ...store,
    patch(patch) {
      const next: SessionHealth = { ...store.get(), ...patch };
      for (const key of Object.keys(next) as (keyof SessionHealth)[]) if (next[key] === undefined) delete next[key];
      store.set(next);
    },
  };
}
