import type { Clock, EventLoop, Fetch, TimerHandle } from '../ports';
import { systemEventLoop } from '../ports/eventLoop';

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
  /** Lets promise chains and tracked in-flight fetches settle without moving time. */
  flush(): Promise<void>;
  /** Wraps a fetch so `advance`/`flush` wait for its in-flight requests to settle. */
  trackFetch(fetch: Fetch): Fetch;
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
  inFlight: number;
  settled: number;
  /** The real event loop in-flight requests run on (injected; real time never drives `now`). */
  loop: EventLoop;
}

// A request with no progress for this long is treated as hung (e.g. an injected timeout).
const STALL_MS = 1_000;

async function settle(world: World): Promise<void> {
  let idleTurns = 0;
  let lastSettled = world.settled;
  let stalledSince = world.loop.elapsedMs();
  for (;;) {
    await world.loop.yield();
    if (world.inFlight === 0) {
      if (++idleTurns >= 3) return;
      continue;
    }
    idleTurns = 0;
    if (world.settled !== lastSettled) {
      lastSettled = world.settled;
      stalledSince = world.loop.elapsedMs();
    } else if (world.loop.elapsedMs() - stalledSince > STALL_MS) {
      return; // a request that never answers (e.g. an injected timeout): let timers abort it
    }
  }
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
    trackFetch(fetch) {
      return async (request) => {
        world.inFlight++;
        try {
          return await fetch(request);
        } finally {
          world.inFlight--;
          world.settled++;
        }
      };
    },
    pendingTimers: () => [...world.timers.values()].filter((t) => t.owner === owner).length,
  };
  return clock;
}

/**
 * A manual clock starting at `startMs` (epoch ms). `fork()` it for each simulated tab.
 * `eventLoop` is the real loop that in-flight requests settle on (default: the host's).
 */
export function createManualClock(startMs = Date.UTC(2026, 0, 1), options: { eventLoop?: EventLoop } = {}): ManualClock {
  return makeClock({ now: startMs, nextId: 1, timers: new Map(), inFlight: 0, settled: 0, loop: options.eventLoop ?? systemEventLoop });
}
