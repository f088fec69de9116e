// Ports: everything core needs from the outside world is injected through these.
// Browser defaults live in src/ports/*; fakes for tests in src/testing/*.

export type TimerHandle = unknown;

/** Time source and timers. Core never calls Date.now()/setTimeout directly. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The fetch shape core uses (a standard Request in, a standard Response out). */
export type Fetch = (request: Request) => Promise<Response>;
