import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createAuthFlow } from '@synerise-auth/core';
import type { AuthFlow, AuthFlowOptions, FlowSnapshot } from '@synerise-auth/core';
import { useAuthContext } from '../context';

export type UseAuthFlowOptions = Omit<AuthFlowOptions, 'clock' | 'port'> & {
  /** `false`: no machine is created (e.g. a component that was handed a flow); default true. */
  enabled?: boolean;
};

type Actions = Omit<AuthFlow, 'subscribe' | 'getSnapshot' | 'getServerSnapshot' | 'destroy'>;

/** The orchestrator's state (the current step and its details) plus its actions. */
export type AuthFlowHandle = FlowSnapshot &
  Actions & {
    /** The core machine (null on the server and before the client exists). */
    machine: AuthFlow | null;
  };

const ACTIONS: ReadonlyArray<keyof Actions> = [
  'setEmail', 'goTo', 'startPin', 'signIn', 'acceptTerms', 'requestActivation', 'register', 'confirmPin', 'resendPin',
  'requestReset', 'confirmReset', 'openResetLink', 'socialSignIn', 'socialFailed', 'acceptSocialOffer', 'declineSocialOffer',
];

const noop = () => () => undefined;

/**
 * The whole sign-in journey as state + actions (core's `createAuthFlow` over the provider's
 * client). Server rendering and the first client render are in the `booting` step (unless
 * `followSession: false`), so no sign-in form is ever rendered for a signed-in customer.
 * Options are read when the machine is created (once per client).
 */
export function useAuthFlow(options: UseAuthFlowOptions = {}): AuthFlowHandle {
  const { client, clock } = useAuthContext();
  const optionsRef = useRef(options);
  const [machine, setMachine] = useState<AuthFlow | null>(null);
  const [fallback] = useState<FlowSnapshot>(() => ({
    step: options.followSession === false ? (options.initialStep === 'resetConfirm' && !options.resetToken ? 'resetRequest' : (options.initialStep ?? 'signIn')) : 'booting',
    status: 'idle',
    email: options.email ?? '',
    error: null,
    fieldErrors: {},
  }));

  const enabled = options.enabled ?? true;
  useEffect(() => {
    if (!client || !enabled) return;
    const created = createAuthFlow(client, { ...optionsRef.current, clock });
    setMachine(created);
    return () => {
      created.destroy();
      setMachine(null);
    };
  }, [client, clock, enabled]);

  const snapshot = useSyncExternalStore(
    machine ? machine.subscribe : noop,
    machine ? machine.getSnapshot : () => fallback,
    () => fallback,
  );
  const machineRef = useRef(machine);
  machineRef.current = machine;
  const actions = useMemo(() => {
    const bound = {} as Record<string, (...args: never[]) => unknown>;
    for (const name of ACTIONS) {
      bound[name] = (...args: never[]) => (machineRef.current?.[name] as ((...a: never[]) => unknown) | undefined)?.(...args);
    }
    return bound as unknown as Actions;
  }, []);
  return useMemo(() => ({ ...snapshot, ...actions, machine }), [snapshot, actions, machine]);
}
