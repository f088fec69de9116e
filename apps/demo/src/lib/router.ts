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

/** Id of the change-password section of the account page (target of the account menu's link). */
export const CHANGE_PASSWORD = 'change-password';

/** Goes to `route`; with `focusId`, focuses the first field inside that element once it renders. */
export function navigate(route: Route, focusId?: string): void {
  window.location.hash = href(route);
  if (!focusId) return;
  let tries = 0;
  const focus = () => {
    const target = document.getElementById(focusId)?.querySelector<HTMLElement>('input, button');
    if (target) target.focus();
    else if (++tries < 20) window.requestAnimationFrame(focus);
  };
  window.requestAnimationFrame(focus);
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
