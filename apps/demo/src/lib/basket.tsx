import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface Basket {
  /** Product ids in the basket. */
  items: readonly string[];
  has(id: string): boolean;
  toggle(id: string): void;
}

const BasketContext = createContext<Basket | null>(null);
const KEY = 'demo:basket';

function load(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The shop's basket (this browser, kept in localStorage): the same for visitors and customers. */
export function BasketProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<string[]>(load);
  useEffect(() => window.localStorage.setItem(KEY, JSON.stringify(items)), [items]);
  const value = useMemo<Basket>(
    () => ({
      items,
      has: (id) => items.includes(id),
      toggle: (id) => setItems((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])),
    }),
    [items],
  );
  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket(): Basket {
  const basket = useContext(BasketContext);
  if (!basket) throw new Error('useBasket needs <BasketProvider>.');
  return basket;
}
