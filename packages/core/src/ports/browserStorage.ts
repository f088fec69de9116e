import type { KeyValueStorage } from '../ports';
import { createMemoryStorage } from './memoryStorage';

/**
 * `localStorage` (shared by the tabs of this origin, survives reloads) with the `storage`
 * event as `subscribe`; falls back to memory where it is missing or throws (SSR, Safari
 * private mode, blocked cookies).
 */
export function createBrowserStorage(options: { area?: 'local' | 'session' } = {}): KeyValueStorage {
  const area = resolveArea(options.area ?? 'local');
  if (!area) return createMemoryStorage();
  const fallback = createMemoryStorage();
  // Storage may throw at any call (quota exceeded, disabled mid-session): the memory fallback answers.
  const guarded = <T>(op: (store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) => T): T => {
    try {
      return op(area);
    } catch {
      return op(fallback);
    }
  };
  return {
    getItem: (key) => guarded((store) => store.getItem(key)),
    setItem: (key, value) => guarded((store) => store.setItem(key, value)),
    removeItem: (key) => guarded((store) => store.removeItem(key)),
    subscribe(listener) {
      if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined;
      const handler = (event: StorageEvent): void => {
        if (event.storageArea === area) listener(event.key);
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  };
}

function resolveArea(kind: 'local' | 'session'): Storage | null {
  try {
    const area = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    if (!area) return null;
    const probe = '__synerise_auth_probe__';
    area.setItem(probe, '1');
    area.removeItem(probe);
    return area;
  } catch {
    return null;
  }
}
