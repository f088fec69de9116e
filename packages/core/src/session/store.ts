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

/**
 * `Object.is` for primitives; for objects and arrays, the same keys with `Object.is` values,
 * looking `depth` levels further into object members (the session stores pass 1: profile).
 * The one equality of the kit: `@synerise-auth/react` re-exports it for `useSession` selectors.
 */
export function shallowEqual<T>(a: T, b: T, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((key) => Object.prototype.hasOwnProperty.call(y, key) && (Object.is(x[key], y[key]) || (depth > 0 && shallowEqual(x[key], y[key], depth - 1))))
  );
}

/** Equality of the session and health stores: one level deeper for members such as profile. */
export const sessionEqual = <T>(a: T, b: T): boolean => shallowEqual(a, b, 1);
