import type { AuthClient, AuthSettings } from '@synerise-auth/core';
import { BOOTING_HEALTH, BOOTING_SNAPSHOT } from './booting';

/**
 * A stable `AuthClient` that exists from the provider's first render (also on the server) and
 * forwards to the real client once the provider's mount effect attached it. Before that it
 * reads as `booting`, keeps subscriptions (moved onto the real client at attach) and makes
 * calls wait for the client. Creating it touches no browser API, so StrictMode's double
 * render and server rendering stay pure; the real client (which opens BroadcastChannel,
 * storage listeners…) is still created once, after mount.
 */
export interface DeferredClient {
  client: AuthClient;
  /** Reads and subscriptions go to `real` from now on. */
  attach(real: AuthClient): void;
  /** Calls go to the attached client from now on (waiting ones too): once it survived StrictMode's remount and started. */
  release(): void;
  detach(): void;
}

interface Binding {
  bind(real: AuthClient): () => void;
  /** Called when the target changes (attach/detach): the snapshot source changed. */
  changed?: () => void;
  off: () => void;
}

const noop = () => undefined;

type AsyncMethod = {
  [K in keyof AuthClient]: AuthClient[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof AuthClient];

const ASYNC_METHODS: Record<AsyncMethod, 1> = {
  start: 1, getToken: 1, signIn: 1, conditionalSignIn: 1, socialSignIn: 1, register: 1, requestPin: 1, resendPin: 1,
  confirmPin: 1, requestActivation: 1, confirmActivation: 1, requestPasswordReset: 1, confirmPasswordReset: 1,
  changePassword: 1, getAccount: 1, updateAccount: 1, signOut: 1, withToken: 1,
};

/** @param settings what `client.settings` reads before the real client is attached (the provider's resolved configuration). */
export function createDeferredClient(settings: AuthSettings): DeferredClient {
  let real: AuthClient | null = null;
  let released = false;
  let waiters: ((client: AuthClient) => void)[] = [];
  const bindings = new Set<Binding>();

  const ready = (): Promise<AuthClient> => (real && released ? Promise.resolve(real) : new Promise((resolve) => waiters.push(resolve)));
  const later = <T>(run: (c: AuthClient) => Promise<T>) => ready().then(run);
  const listen = (bind: Binding['bind'], changed?: () => void): (() => void) => {
    const binding: Binding = { bind, changed, off: real ? bind(real) : noop };
    bindings.add(binding);
    return () => {
      binding.off();
      bindings.delete(binding);
    };
  };
  const retarget = (next: AuthClient | null) => {
    for (const b of bindings) b.off();
    real = next;
    for (const b of bindings) b.off = next ? b.bind(next) : noop;
    for (const b of [...bindings]) b.changed?.();
  };

  // Every async method waits for the client; the table is exhaustive (a new method of
  // AuthClient fails the type check until it is listed here or handled below).
  const forwarded = {} as Pick<AuthClient, AsyncMethod>;
  for (const name of Object.keys(ASYNC_METHODS) as AsyncMethod[]) {
    (forwarded as Record<AsyncMethod, (...args: unknown[]) => Promise<unknown>>)[name] = (...args) =>
      later((c) => (c[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  const client: AuthClient = {
    ...forwarded,
    subscribe: (l) => listen((c) => c.subscribe(l), l),
    getSnapshot: () => (real ? real.getSnapshot() : BOOTING_SNAPSHOT),
    getServerSnapshot: () => BOOTING_SNAPSHOT,
    subscribeHealth: (l) => listen((c) => c.subscribeHealth(l), l),
    getHealth: () => (real ? real.getHealth() : BOOTING_HEALTH),
    on: (event, handler) => listen((c) => c.on(event, handler)),
    getPinState: (email) => real?.getPinState(email),
    get settings() {
      return real ? real.settings : settings;
    },
    // The provider owns the real client's lifetime.
    destroy: noop,
  };

  return {
    client,
    attach: retarget,
    release() {
      if (!real) return;
      released = true;
      const pending = waiters;
      waiters = [];
      for (const resolve of pending) resolve(real);
    },
    detach() {
      released = false;
      retarget(null);
    },
  };
}
