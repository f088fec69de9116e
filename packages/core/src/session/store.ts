// A tiny external store for useSyncExternalStore: the value object changes identity only
// when `equals` says it changed, so selectors on unchanged parts stay stable.

export interface ExternalStore<T> {
  get(): T;
  set(next: T): boolean;
  subscribe(listener: () => void): () => void;
}

export function createExternalStore<T>(initial: T, equals: (a: T, b: T) => boolean): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (equals(value, next)) return false;
      value = next;
      for (const listener of [...listeners]) listener();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Shallow equality, one level deeper for plain-object members (profile). */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (Object.is(x, y)) continue;
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && shallowEqual(x, y)) continue;
    return false;
  }
  return true;
}
