import type { KeyValueStorage } from '../ports';

/**
 * Storage that lives in this JS realm only: nothing survives a reload and tabs do not share
 * it. The safest place for a token against XSS persistence, at the cost of a fresh anonymous
 * login per page load.
 */
export function createMemoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
