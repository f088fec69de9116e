import type { TabLock } from '../ports';

// In-process stand-in for Web Locks: pass the SAME instance to every simulated tab.
// Named exclusive locks, FIFO waiters, `ifAvailable` returns undefined when held.

export interface MemoryTabLock extends TabLock {
  isHeld(name: string): boolean;
}

export function createMemoryTabLock(): MemoryTabLock {
  const held = new Set<string>();
  const waiters = new Map<string, Array<() => void>>();

  function release(name: string): void {
    const next = waiters.get(name)?.shift();
    if (next) next();
    else held.delete(name);
  }

  return {
    async run(name, task, options) {
      if (held.has(name)) {
        if (options?.ifAvailable) return undefined;
        await new Promise<void>((resolve) => {
          const queue = waiters.get(name) ?? [];
          queue.push(resolve);
          waiters.set(name, queue);
        });
      } else {
        held.add(name);
      }
      try {
        return await task();
      } finally {
        release(name);
      }
    },
    isHeld: (name) => held.has(name),
  };
}
