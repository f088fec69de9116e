import type { EventLoop } from '../ports';

/**
 * The host's real event loop: yields one macrotask and reads real elapsed time. Only the
 * manual test clock needs it (to let in-flight requests settle and to notice hung ones).
 */
export const systemEventLoop: EventLoop = {
  yield() {
    const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
    return new Promise((resolve) => {
      if (immediate) immediate(resolve);
      else globalThis.setTimeout(resolve, 0);
    });
  },
  elapsedMs: () => globalThis.performance.now(),
};
