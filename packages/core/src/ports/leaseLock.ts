import type { Clock, KeyValueStorage, Random, TabLock } from '../ports';

// TabLock without Web Locks: a lease `{owner, until}` in shared storage. The holder renews
// it while its task runs; a crashed tab stops renewing, so its lease simply runs out and
// nobody can deadlock. localStorage has no compare-and-set, so an acquirer writes its claim,
// waits `settleMs`, and keeps the lock only if its claim is still the one stored.

export interface LeaseLockOptions {
  storage: KeyValueStorage;
  clock: Clock;
  random: Random;
  keyPrefix?: string;
  leaseMs?: number;
  pollMs?: number;
  settleMs?: number;
}

interface Lease {
  owner: string;
  until: number;
}

function readLease(storage: KeyValueStorage, key: string): Lease | null {
  try {
    const value = JSON.parse(storage.getItem(key) ?? 'null') as Partial<Lease> | null;
    return value && typeof value.owner === 'string' && typeof value.until === 'number' ? { owner: value.owner, until: value.until } : null;
  } catch {
    return null;
  }
}

export function createLeaseLock(options: LeaseLockOptions): TabLock {
  const { storage, clock } = options;
  const prefix = options.keyPrefix ?? 'synerise-auth:lease:';
  const leaseMs = options.leaseMs ?? 10_000;
  const pollMs = options.pollMs ?? 250;
  const settleMs = options.settleMs ?? 30;
  const owner = options.random.uuid();
  const local = new Map<string, Promise<unknown>>(); // one holder per name inside this tab
  const sleep = (ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, ms));

  const claim = (key: string): void => storage.setItem(key, JSON.stringify({ owner, until: clock.now() + leaseMs }));
  const isFree = (key: string): boolean => {
    const lease = readLease(storage, key);
    return !lease || lease.owner === owner || lease.until <= clock.now();
  };

  async function acquire(key: string, ifAvailable: boolean): Promise<boolean> {
    for (;;) {
      if (isFree(key)) {
        claim(key);
        await sleep(settleMs);
        if (readLease(storage, key)?.owner === owner) return true;
      }
      if (ifAvailable) return false;
      await sleep(pollMs);
    }
  }

  async function runExclusive<T>(key: string, task: () => Promise<T>, ifAvailable: boolean): Promise<T | undefined> {
    if (!(await acquire(key, ifAvailable))) return undefined;
    let holding = true;
    const renew = (): void => {
      if (!holding) return;
      claim(key);
      clock.setTimeout(renew, leaseMs / 3);
    };
    clock.setTimeout(renew, leaseMs / 3);
    try {
      return await task();
    } finally {
      holding = false;
      if (readLease(storage, key)?.owner === owner) storage.removeItem(key);
    }
  }

  return {
    run(name, task, runOptions) {
      const key = prefix + name;
      const ifAvailable = runOptions?.ifAvailable ?? false;
      const previous = local.get(key);
      if (previous && ifAvailable) return Promise.resolve(undefined);
      const result = (previous ?? Promise.resolve()).catch(() => undefined).then(() => runExclusive(key, task, ifAvailable));
      const tail = result.catch(() => undefined);
      local.set(key, tail);
      void tail.then(() => {
        if (local.get(key) === tail) local.delete(key);
      });
      return result;
    },
  };
}
