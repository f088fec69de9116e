// The shared state of one flow: a store with `subscribe`/`getSnapshot`, step transitions
// and the one way every step runs a server action (double-submit guard, typed errors, field
// errors, lock times; a result that arrives after the step changed is ignored).
import { AuthError, isAuthError } from '../errors/AuthError';
import { errorFieldsToForm } from '../flows/formErrors';
import type { Clock } from '../ports';
import { createExternalStore, shallowEqual } from '../session/store';
import type { FlowPort } from './port';
import type { FlowSnapshot, FlowStep } from './types';

export interface FlowKernel {
  port: FlowPort;
  clock: Clock;
  get(): FlowSnapshot;
  subscribe(listener: () => void): () => void;
  /** Enters a step: the previous step's status, error and details are dropped; the e-mail stays. */
  go(step: FlowStep, details?: Partial<FlowSnapshot>): void;
  patch(details: Partial<FlowSnapshot>): void;
  /** Runs an action of the current step; `done` runs only if the step did not change meanwhile. */
  run<T>(action: () => Promise<T>, done: (value: T) => void, failed?: (error: AuthError) => void): Promise<void>;
  /** Reports an error on the current step (as `run` does). */
  fail(error: unknown): void;
}

const BLANK: Omit<FlowSnapshot, 'step' | 'email'> = { status: 'idle', error: null, fieldErrors: {} };

export function toAuthError(error: unknown): AuthError {
  return isAuthError(error) ? error : new AuthError('UNKNOWN', { cause: error });
}

export function createFlowKernel(port: FlowPort, clock: Clock, initial: FlowSnapshot): FlowKernel {
  const store = createExternalStore<FlowSnapshot>(initial, shallowEqual);
  let generation = 0;
  const get = store.get;
  const patch = (details: Partial<FlowSnapshot>) => store.set({ ...get(), ...details });

  function fail(raw: unknown): void {
    const error = toAuthError(raw);
    const fieldErrors = errorFieldsToForm(error);
    if (error.code === 'ACCOUNT_EXISTS' && !fieldErrors.email) fieldErrors.email = 'ACCOUNT_EXISTS';
    const locked = (error.code === 'ACCOUNT_LOCKED' || error.code === 'RATE_LIMITED') && error.retryAfterSeconds !== undefined;
    patch({ status: 'error', error, fieldErrors, retryAt: locked ? clock.now() + (error.retryAfterSeconds ?? 0) * 1000 : undefined });
  }

  return {
    port,
    clock,
    get,
    subscribe: store.subscribe,
    go(step, details = {}) {
      generation++;
      store.set({ ...BLANK, step, email: get().email, ...details });
    },
    patch,
    fail,
    async run(action, done, failed) {
      if (get().status === 'pending') return;
      const at = ++generation;
      patch({ status: 'pending', error: null, fieldErrors: {}, retryAt: undefined });
      try {
        const value = await action();
        if (at === generation) done(value);
      } catch (raw) {
        if (at !== generation) return;
        generation++;
        fail(raw);
        failed?.(toAuthError(raw));
      }
    },
  };
}
