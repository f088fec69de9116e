import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shallowEqual, useStoreSelector } from './useStoreSelector';

function createStore<S>(initial: S) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: S) {
      state = next;
      listeners.forEach((l) => l());
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

describe('useStoreSelector', () => {
  it('re-renders only when the selected slice changes', () => {
    const store = createStore({ status: 'a', n: 0 });
    let renders = 0;
    function View() {
      renders++;
      const status = useStoreSelector(store.subscribe, store.get, store.get, (s) => s.status);
      return <span>{status}</span>;
    }
    const { container } = render(<View />);
    expect(renders).toBe(1);
    act(() => store.set({ status: 'a', n: 1 }));
    act(() => store.set({ status: 'a', n: 2 }));
    expect(renders).toBe(1);
    act(() => store.set({ status: 'b', n: 2 }));
    expect(renders).toBe(2);
    expect(container.textContent).toBe('b');
  });

  it('keeps object selections equal by shallow comparison (no render loop, no re-render)', () => {
    const store = createStore({ status: 'a', email: 'x', n: 0 });
    let renders = 0;
    function View() {
      renders++;
      const slice = useStoreSelector(store.subscribe, store.get, store.get, (s) => ({ status: s.status, email: s.email }));
      return <span>{slice.email}</span>;
    }
    render(<View />);
    act(() => store.set({ status: 'a', email: 'x', n: 5 }));
    expect(renders).toBe(1);
  });

  it('uses the server snapshot for server rendering', async () => {
    const { renderToString } = await import('react-dom/server');
    const store = createStore('client');
    function View() {
      return <b>{useStoreSelector(store.subscribe, store.get, () => 'server', (s) => s)}</b>;
    }
    expect(renderToString(<View />)).toBe('<b>server</b>');
  });

  it('shallowEqual compares one level', () => {
    expect(shallowEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual([1, 2], [1, 2])).toBe(true);
    expect(shallowEqual([1], { 0: 1 })).toBe(false);
    expect(shallowEqual('x', 'x')).toBe(true);
    expect(shallowEqual(null, {})).toBe(false);
  });
});
