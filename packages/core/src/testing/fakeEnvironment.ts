import type { EnvironmentEvent, EnvironmentSignals, Fetch } from '../ports';

// Online/visibility/wake toggles for tests. Events are delivered synchronously.

export interface FakeEnvironment extends EnvironmentSignals {
  goOffline(): void;
  goOnline(): void;
  hide(): void;
  show(): void;
  wake(): void;
  /** The page unloads or enters the bfcache (`wake()` brings it back). */
  pageHide(): void;
}

export function createFakeEnvironment(initial: { online?: boolean; visible?: boolean } = {}): FakeEnvironment {
  let online = initial.online ?? true;
  let visible = initial.visible ?? true;
  const listeners = new Set<(event: EnvironmentEvent) => void>();
  const emit = (event: EnvironmentEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };
  return {
    isOnline: () => online,
    isVisible: () => visible,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goOffline() {
      online = false;
      emit('offline');
    },
    goOnline() {
      online = true;
      emit('online');
    },
    hide() {
      visible = false;
      emit('hidden');
    },
    show() {
      visible = true;
      emit('visible');
    },
    wake: () => emit('wake'),
    pageHide: () => emit('pagehide'),
  };
}

/** Rejects like a browser without network (TypeError) while `env` is offline. */
export function offlineAwareFetch(fetch: Fetch, env: Pick<EnvironmentSignals, 'isOnline'>): Fetch {
  return async (request) => {
    if (!env.isOnline()) throw new TypeError('Failed to fetch');
    return fetch(request);
  };
}
