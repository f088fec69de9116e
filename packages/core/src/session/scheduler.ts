import type { Clock, TimerHandle } from '../ports';
import { hasToken, type SessionRecord, type TokenRecord } from './record';
import { lastUsableAt, refreshDueAt, type TimingOptions } from './timing';

// One timer per tab, always aimed at the next thing that must happen: the proactive refresh
// (the leader tab — see leadership.ts — refreshes when due; the others follow up a little
// later, only in case no leader renewed, and normally find the new token already stored), a retry after a failure, or the moment the token stops
// being usable. Timers can be frozen (background tabs), so the engine also checks on
// wake/visible/online and before every request.

const MAX_FOLLOWER_DELAY_MS = 60_000;
const MAX_TIMER_MS = 86_400_000;

/** When this tab should try to refresh `record`. */
export function dueAtFor(record: TokenRecord, leader: boolean, timing: TimingOptions): number {
  const due = refreshDueAt(record, timing);
  if (leader) return due;
  const window = Math.max(0, lastUsableAt(record, timing) - due);
  return due + Math.min(MAX_FOLLOWER_DELAY_MS, window / 4);
}

export interface Plan {
  /** When the timer should fire (undefined: nothing to wait for). */
  wakeAt?: number;
  nextRefreshAt?: number;
}

export function planNext(record: SessionRecord | null, options: { leader: boolean; timing: TimingOptions; retryAt?: number; online: boolean; now: number }): Plan {
  const { timing, retryAt, online } = options;
  if (!hasToken(record) || options.now >= lastUsableAt(record, timing)) {
    // Nothing sendable: wait for the retry (or the `online` signal), never spin on a past expiry.
    if (!online) return {};
    const at = retryAt ?? options.now + timing.retryBaseMs;
    return { wakeAt: at, nextRefreshAt: at };
  }
  const expiryCheck = lastUsableAt(record, timing);
  // A retry time that has passed while the token is not due yet (a new token arrived) is void: never re-arm it.
  const next = retryAt !== undefined && retryAt > options.now ? retryAt : dueAtFor(record, options.leader, timing);
  // Offline: try once when due (it fails without a request and shows in health), then wait
  // for the `online` signal; the expiry check stays armed either way.
  const wakeAt = online || retryAt === undefined ? Math.min(next, expiryCheck) : expiryCheck;
  return { wakeAt, nextRefreshAt: next };
}

export interface Scheduler {
  schedule(at: number | undefined): void;
  stop(): void;
}

export function createScheduler(clock: Clock, onDue: () => void): Scheduler {
  let handle: TimerHandle | null = null;
  let stopped = false;
  const cancel = (): void => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };
  return {
    schedule(at) {
      cancel();
      if (stopped || at === undefined) return;
      // Browsers fire timers longer than 2^31-1 ms at once: wake up daily and re-plan instead.
      const delay = Math.min(MAX_TIMER_MS, Math.max(0, at - clock.now()));
      handle = clock.setTimeout(() => {
        handle = null;
        onDue();
      }, delay);
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}
