import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { shallowEqual } from '@synerise-auth/core';

// One level of keys (`shallowEqual` of core, the kit's only equality helper).
export { shallowEqual };

export type EqualityFn<T> = (a: T, b: T) => boolean;

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
