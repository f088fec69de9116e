import type { KeyValueStorage } from '../ports';

// Storage shared by simulated tabs: one map, and a write in one tab notifies the OTHER
// tabs' subscribers on a microtask, like the web `storage` event.

export interface MemoryStorageHub {
  createStorage(): KeyValueStorage;
  /** Current contents (for assertions). */
  entries(): Record<string, string>;
}

export function createMemoryStorageHub(initial: Record<string, string> = {}): MemoryStorageHub {
  const data = new Map<string, string>(Object.entries(initial));
  const tabs = new Set<{ listeners: Set<(key: string | null) => void> }>();

  function notifyOthers(source: { listeners: Set<(key: string | null) => void> }, key: string): void {
    for (const tab of tabs) {
      if (tab === source) continue;
      for (const listener of [...tab.listeners]) queueMicrotask(() => {
        if (tab.listeners.has(listener)) listener(key);
      });
    }
  }

  return {
    createStorage() {
      const tab = { listeners: new Set<(key: string | null) => void>() };
      tabs.add(tab);
      return {
        getItem: (key) => data.get(key) ?? null,
        setItem(key, value) {
          if (data.get(key) === value) return;
          data.set(key, String(value));
          notifyOthers(tab, key);
        },
        removeItem(key) {
          if (!data.has(key)) return;
          data.delete(key);
          notifyOthers(tab, key);
        },
        subscribe(listener) {
          tab.listeners.add(listener);
          return () => tab.listeners.delete(listener);
        },
      };
    },
    entries: () => Object.fromEntries(data),
  };
}
