import type { EventLoop } from '../ports';

// What the manual clock waits for between timers: tracked requests that are genuinely in
// flight. Real time never decides when waiting ends: only a request settling, or declaring
// itself parked (it waits for time to pass, e.g. until a timeout aborts it), lets `flush`
// move on. Real time only turns a wait that never ends into a clear test failure.

/** Real milliseconds without any progress after which `flush` fails with a diagnostic. */
export const HANG_DIAGNOSTIC_MS = 60_000;

export interface InFlight {
  /** Tracked requests started and not yet settled (parked ones included). */
  started: number;
  /** Declared-parked work not yet settled. */
  parked: number;
  /** Resolvers of waits for the next change of `started`/`parked`. */
  waiters: Set<() => void>;
  loop: EventLoop;
  diagnosticMs: number;
}

export function createInFlight(loop: EventLoop, diagnosticMs = HANG_DIAGNOSTIC_MS): InFlight {
  return { started: 0, parked: 0, waiters: new Set(), loop, diagnosticMs };
}

/** Requests `flush` must still wait for (a parked one is not waited for). */
export function awaited(state: InFlight): number {
  return Math.max(0, state.started - state.parked);
}

function changed(state: InFlight): void {
  const waiters = [...state.waiters];
  state.waiters.clear();
  for (const wake of waiters) wake();
}

/** Runs `work` as one tracked in-flight request. */
export async function track<T>(state: InFlight, work: () => Promise<T>): Promise<T> {
  state.started++;
  changed(state);
  try {
    return await work();
  } finally {
    state.started--;
    changed(state);
  }
}

/** Declares `work` parked until it settles: `settle` does not wait for one request meanwhile. */
export function park<T>(state: InFlight, work: Promise<T>): Promise<T> {
  state.parked++;
  changed(state);
  const done = (): void => {
    state.parked--;
    changed(state);
  };
  work.then(done, done);
  return work;
}

/** Resolves on the next change; rejects with a diagnostic after `diagnosticMs` of real time without one. */
function nextChange(state: InFlight): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const wake = (): void => {
      cancel();
      resolve();
    };
    const cancel = state.loop.after(state.diagnosticMs, () => {
      state.waiters.delete(wake);
      const n = awaited(state);
      reject(
        new Error(
          `manual clock: ${n} tracked request(s) made no progress for ${state.diagnosticMs} ms of real time. ` +
            'A request that waits for time to pass (never answers until aborted) must declare it with clock.park(promise).',
        ),
      );
    });
    state.waiters.add(wake);
  });
}

/** Lets promise chains run and waits for every tracked request that is not parked. */
export async function settle(state: InFlight): Promise<void> {
  let idleTurns = 0;
  for (;;) {
    await state.loop.yield();
    if (awaited(state) === 0) {
      if (++idleTurns >= 3) return;
      continue;
    }
    idleTurns = 0;
    await nextChange(state);
  }
}
