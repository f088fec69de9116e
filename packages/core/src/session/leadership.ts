import type { TabLock } from '../ports';

// Which tab leads the proactive refresh: the one holding a long-lived named TabLock for its
// lifetime (Web Locks: the browser frees it when the tab dies; the lease fallback: the lease
// runs out). The others queue for it, so when the leader closes exactly one takes over. A
// lone tab after a reload is leader at once: the closed tab's lock is gone.

export interface Leadership {
  isLeader(): boolean;
  /** Queues for the lock (no-op while queued or holding). */
  claim(): void;
  /** Gives the lock up (or leaves the queue); `claim()` may queue again later. */
  release(): void;
}

export function createLeadership(lock: TabLock, name: string, onChange: () => void): Leadership {
  let leader = false;
  let current: (() => void) | null = null; // set while queued or holding

  function setLeader(next: boolean): void {
    if (leader === next) return;
    leader = next;
    onChange();
  }

  return {
    isLeader: () => leader,
    claim() {
      if (current) return;
      let done!: () => void;
      const held = new Promise<void>((resolve) => (done = resolve));
      const release = (): void => done();
      current = release;
      const task = (): Promise<void> => {
        if (current !== release) return Promise.resolve(); // given up before it was granted
        setLeader(true);
        return held;
      };
      lock.run(name, task).catch(() => undefined).finally(() => {
        if (current !== release) return;
        current = null; // the lock was lost (it should not be): stop leading
        setLeader(false);
      });
    },
    release() {
      const release = current;
      current = null;
      release?.();
      setLeader(false);
    },
  };
}
