import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

export type EqualityFn<T> = (a: T, b: T) => boolean;

/** Object.is for primitives; one level of keys for plain objects and arrays. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a) as (keyof T)[];
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is(a[k], b[k]));
}

/**
 * `useSyncExternalStore` with a memoised selector (the idea of
 * `use-sync-external-store/with-selector`, inline): the selection is recomputed only when
 * the snapshot object changes, and kept (same identity → no re-render) when `isEqual`
 * says the new selection equals the previous one.
 */
export function useStoreSelector<S, T>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => S,
  getServerSnapshot: () => S,
  selector: (snapshot: S) => T,
  isEqual: EqualityFn<T> = shallowEqual,
): T {
  const committed = useRef<{ value: T } | null>(null);

  const [getSelection, getServerSelection] = useMemo(() => {
    let memo: { snapshot: S; selection: T } | null = null;
    const select = (snapshot: S): T => {
      if (memo && Object.is(memo.snapshot, snapshot)) return memo.selection;
      const next = selector(snapshot);
      const previous = memo ? { value: memo.selection } : committed.current;
      const selection = previous && isEqual(previous.value, next) ? previous.value : next;
      memo = { snapshot, selection };
      return selection;
    };
    return [() => select(getSnapshot()), () => select(getServerSnapshot())];
  }, [getSnapshot, getServerSnapshot, selector, isEqual]);

  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    committed.current = { value };
  }, [value]);
  useDebugValue(value);
  return value;
}
