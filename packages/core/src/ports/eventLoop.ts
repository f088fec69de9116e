import type { EventLoop } from '../ports';

/**
 * The host's real event loop: yields one macrotask, and runs a real-time timer. Only the
 * manual test clock needs it (to let in-flight requests settle; the timer only turns a
 * request that never settles into a test-failure diagnostic, it never decides an outcome).
 */
export const systemEventLoop: EventLoop = {
  yield() {
    const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
    return new Promise((resolve) => {
      if (immediate) immediate(resolve);
      else globalThis.setTimeout(resolve, 0);
    });
  },
  after(ms, callback) {
    const handle = globalThis.setTimeout(callback, ms);
    return () => globalThis.clearTimeout(handle);
  },
};
