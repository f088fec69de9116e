import { useEffect, useState } from 'react';

export type Route = 'shop' | 'custom' | 'account' | 'workspace';
const ROUTES: readonly Route[] = ['shop', 'custom', 'account', 'workspace'];

/** `#/custom` → 'custom'; anything unknown is the storefront. */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'shop';
}

export function href(route: Route): string {
  return route === 'shop' ? '#/' : `#/${route}`;
}

/** A hash router in a few lines: the current route, updated on `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
