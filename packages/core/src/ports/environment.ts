import type { EnvironmentEvent, EnvironmentSignals } from '../ports';

/** Always online and visible, never emits: the server / non-browser default. */
export const staticEnvironment: EnvironmentSignals = {
  isOnline: () => true,
  isVisible: () => true,
  subscribe: () => () => undefined,
};

/**
 * Browser signals: `online`/`offline` and `pagehide` (window), `visibilitychange` (document), and `wake`
 * (page `resume`/`pageshow` from the bfcache, or a timer gap > 2× its interval — a frozen
 * tab or a sleeping laptop). Falls back to `staticEnvironment` outside a browser.
 */
export function createBrowserEnvironment(options: { wakeCheckMs?: number } = {}): EnvironmentSignals {
  if (typeof window === 'undefined' || typeof document === 'undefined') return staticEnvironment;
  const wakeCheckMs = options.wakeCheckMs ?? 10_000;
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    isVisible: () => document.visibilityState !== 'hidden',
    subscribe(listener) {
      const emit = (event: EnvironmentEvent) => () => listener(event);
      const onWake = emit('wake');
      const listeners: [Window | Document, string, () => void][] = [
        [window, 'online', emit('online')],
        [window, 'offline', emit('offline')],
        [window, 'pageshow', onWake],
        [window, 'pagehide', emit('pagehide')],
        [document, 'resume', onWake],
        [document, 'visibilitychange', () => listener(document.visibilityState === 'hidden' ? 'hidden' : 'visible')],
      ];
      for (const [target, type, handler] of listeners) target.addEventListener(type, handler);
      let last = Date.now();
      const timer = setInterval(() => {
        const now = Date.now();
        if (now - last > wakeCheckMs * 2) listener('wake');
        last = now;
      }, wakeCheckMs);
      return () => {
        clearInterval(timer);
        for (const [target, type, handler] of listeners) target.removeEventListener(type, handler);
      };
    },
  };
}
