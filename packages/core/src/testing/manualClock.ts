import type { Clock, EventLoop, Fetch, TimerHandle } from '../ports';
import { systemEventLoop } from '../ports/eventLoop';
import { awaited, createInFlight, park, settle as settleInFlight, track, type InFlight } from './inFlight';

// A deterministic clock for tests. Every clock made by `fork()` shares one world time (the
// tabs of one browser) but owns its timers, which can be frozen with `suspend()` while time
// passes (a backgrounded tab, a sleeping laptop) and thawed with `resume()`.

export interface ManualClock extends Clock {
  /** Moves world time forward, firing due timers of running clocks in time order. */
  advance(ms: number): Promise<void>;
  /** Jumps world time to `ms` (a clock jump): overdue timers then fire late, at `ms`. */
  set(ms: number): Promise<void>;
  /** Freezes this clock's timers; time keeps passing. */
  suspend(): void;
  /** Thaws this clock; overdue timers fire at once (late), like a woken tab. */
  resume(): Promise<void>;
  readonly suspended: boolean;
  /** Another clock (tab) on the same world time. */
  fork(): ManualClock;
  /**
   * Lets promise chains and tracked in-flight fetches settle without moving time. Waits for
   * every tracked request however long it takes in real time, except parked ones; fails
   * with a diagnostic after 60 s of real time without progress (a hang nobody declared).
   */
  flush(): Promise<void>;
  /** Wraps a fetch so `advance`/`flush` wait for its in-flight requests to settle. */
  trackFetch(fetch: Fetch): Fetch;
  /**
   * Declares `work` (inside a tracked request) as waiting for time to pass, e.g. a request
   * that never answers until a timeout aborts it: `flush`/`advance` stop waiting for one
   * in-flight request while it is pending. Returns `work`.
   */
  park<T>(work: Promise<T>): Promise<T>;
  /** Tracked requests in flight that `flush` waits for (parked ones excluded). */
  pendingRequests(): number;
  /** Timers (of this clock) waiting to fire. */
  pendingTimers(): number;
}

interface Owner {
  suspended: boolean;
}

interface Timer {
  id: number;
  at: number;
  callback: () => void;
  owner: Owner;
}

interface World {
  now: number;
  nextId: number;
  timers: Map<number, Timer>;
  /** Tracked requests on the real event loop (real time never drives `now`). */
  inFlight: InFlight;
}

function settle(world: World): Promise<void> {
  return settleInFlight(world.inFlight);
}

function nextDue(world: World, limit: number, owner?: Owner): Timer | undefined {
  let best: Timer | undefined;
  for (const timer of world.timers.values()) {
    if (timer.owner.suspended || timer.at > limit) continue;
    if (owner && timer.owner !== owner) continue;
    if (!best || timer.at < best.at || (timer.at === best.at && timer.id < best.id)) best = timer;
  }
  return best;
}

async function runDue(world: World, limit: number, options: { late: boolean; owner?: Owner }): Promise<void> {
  const errors: unknown[] = [];
  for (let timer = nextDue(world, limit, options.owner); timer; timer = nextDue(world, limit, options.owner)) {
    world.timers.delete(timer.id);
    if (!options.late) world.now = Math.max(world.now, timer.at);
    try {
      timer.callback();
    } catch (error) {
      errors.push(error);
    }
    await settle(world);
  }
  if (errors.length > 0) throw errors[0];
}

function makeClock(world: World): ManualClock {
  const owner: Owner = { suspended: false };
  const clock: ManualClock = {
    now: () => world.now,
    setTimeout(callback, ms) {
      const id = world.nextId++;
      world.timers.set(id, { id, at: world.now + Math.max(0, ms), callback, owner });
      return id;
    },
    clearTimeout(handle: TimerHandle) {
      if (typeof handle === 'number') world.timers.delete(handle);
    },
    async advance(ms) {
      const target = world.now + ms;
      await settle(world);
      await runDue(world, target, { late: false });
      world.now = Math.max(world.now, target);
      await settle(world);
    },
    async set(ms) {
      world.now = ms;
      await settle(world);
      await runDue(world, world.now, { late: true });
    },
    suspend() {
      owner.suspended = true;
    },
    async resume() {
      owner.suspended = false;
      await runDue(world, world.now, { late: true, owner });
    },
    get suspended() {
      return owner.suspended;
    },
    fork: () => makeClock(world),
    flush: () => settle(world),
    trackFetch: (fetch) => (request) => track(world.inFlight, () => fetch(request)),
    park: (work) => park(world.inFlight, work),
    pendingRequests: () => awaited(world.inFlight),
    pendingTimers: () => [...world.timers.values()].filter((t) => t.owner === owner).length,
  };
  return clock;
}

export interface ManualClockOptions {
  /** The real loop that in-flight requests settle on (default: the host's). */
  eventLoop?: EventLoop;
  /** Real ms without progress before `flush` fails with a diagnostic (default 60 000). */
  hangDiagnosticMs?: number;
}

/** A manual clock starting at `startMs` (epoch ms). `fork()` it for each simulated tab. */
export function createManualClock(startMs = Date.UTC(2026, 0, 1), options: ManualClockOptions = {}): ManualClock {
  const inFlight = createInFlight(options.eventLoop ?? systemEventLoop, options.hangDiagnosticMs);
  return makeClock({ now: startMs, nextId: 1, timers: new Map(), inFlight });
}
