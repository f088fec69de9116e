import type { Clock, KeyValueStorage, Random, TabLock } from '../ports';
import { createLeaseLock } from './leaseLock';

interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

/** TabLock on the Web Locks API (released by the browser if the tab dies). */
export function createWebLock(locks: LockManagerLike): TabLock {
  return {
    async run(name, task, options) {
      let ran = false;
      let value: Awaited<ReturnType<typeof task>> | undefined;
      await locks.request(name, { ifAvailable: options?.ifAvailable ?? false }, async (lock) => {
        if (lock === null) return;
        ran = true;
        value = await task();
      });
      return ran ? value : undefined;
    },
  };
}

/** Web Locks where the browser has them, else a storage lease that expires (never deadlocks). */
export function createWebLockOrLease(options: { storage: KeyValueStorage; clock: Clock; random: Random; keyPrefix?: string }): TabLock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return createWebLock(locks);
  return createLeaseLock(options);
}
