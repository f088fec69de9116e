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

/**
 * Synchronous key/value storage shared by the tabs of one browser (localStorage on the web,
 * memory on the server / in tests). `subscribe` reports keys changed by OTHER tabs
 * (the web `storage` event); `null` key = everything cleared.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  subscribe?(listener: (key: string | null) => void): () => void;
}

/** Randomness (ids and retry jitter). */
export interface Random {
  /** RFC 4122 v4 UUID. */
  uuid(): string;
  /** Uniform in [0, 1). */
  next(): number;
}

/** Cross-tab messages (BroadcastChannel on the web). Never carries a password or PIN. */
export interface TabChannel {
  post(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
}

/**
 * Mutual exclusion across tabs (Web Locks where available, else a storage lease that
 * expires so it can never deadlock). Runs `task` while holding the named lock, or returns
 * `undefined` without running it when `ifAvailable` is set and another tab holds it.
 */
export interface TabLock {
  run<T>(name: string, task: () => Promise<T>, options?: { ifAvailable?: boolean }): Promise<T | undefined>;
}

/** `pagehide`: the page is unloading or entering the bfcache (a `wake` follows if it comes back). */
export type EnvironmentEvent = 'online' | 'offline' | 'visible' | 'hidden' | 'wake' | 'pagehide';

/** Online/visibility/wake signals (window events on the web; a no-op on the server). */
export interface EnvironmentSignals {
  isOnline(): boolean;
  isVisible(): boolean;
  subscribe(listener: (event: EnvironmentEvent) => void): () => void;
}

/**
 * A second home for the profile UUID that other scripts read: on the web, the Synerise
 * tracker's `_snrs_uuid` cookie. Read first (the tracker may have set it), written on change.
 */
export interface IdentityMirror {
  read(): string | null;
  write(uuid: string): void;
}

/** The host's real event loop, for test fakes that must let real I/O settle (manual clock). */
export interface EventLoop {
  /** Resolves after one macrotask of the real event loop. */
  yield(): Promise<void>;
  /** Monotonic real milliseconds (only differences are meaningful). */
  elapsedMs(): number;
}
