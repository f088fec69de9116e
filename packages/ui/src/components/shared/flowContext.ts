import { createContext, useContext, useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useAuthFlow, type AuthFlowHandle, type UseAuthFlowOptions } from '@synerise-auth/react';
import type { FlowStep } from '@synerise-auth/core';
import { applyServerError, type ServerErrorOptions } from './serverErrors';

/** The flow of the surrounding <AuthFlow>: its steps (and social buttons) share it. */
export const FlowContext = createContext<AuthFlowHandle | null>(null);

/** The surrounding AuthFlow's flow, or a flow of this component's own (a standalone step). */
export function useStepFlow(options: Omit<UseAuthFlowOptions, 'enabled' | 'followSession'>): AuthFlowHandle {
  const shared = useContext(FlowContext);
  const own = useAuthFlow({ ...options, followSession: false, enabled: !shared });
  return shared ?? own;
}

export const useIsInAuthFlow = (): boolean => useContext(FlowContext) !== null;

/** Options of the surrounding <AuthFlow> its steps honour (e.g. `hideRegistration`). */
export interface FlowOptions {
  hideRegistration: boolean;
}
export const FlowOptionsContext = createContext<FlowOptions>({ hideRegistration: false });
export const useFlowOptions = (): FlowOptions => useContext(FlowOptionsContext);

/** Puts each new flow error on the react-hook-form form (secrets cleared, fields marked, focus). */
export function useFlowErrorsOnForm<V extends FieldValues>(
  flow: AuthFlowHandle,
  form: UseFormReturn<V>,
  options: ServerErrorOptions<V> & { onFormError?: () => void } = {},
): boolean {
  const seen = useRef(flow.error);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (flow.error === seen.current) return;
    seen.current = flow.error;
    if (flow.error && applyServerError(form, flow.error, latest.current)) latest.current.onFormError?.();
  }, [flow.error, form]);
  const error = flow.status === 'error' ? flow.error : null;
  if (!error) return false;
  const fields = options.fields ?? {};
  const landed = error.fieldErrors.filter((f) => fields[f.field]).length + (error.code === 'ACCOUNT_EXISTS' && fields.email && error.fieldErrors.length === 0 ? 1 : 0);
  return !(landed > 0 && landed >= error.fieldErrors.length);
}

/** Calls `listener(step, previous)` after each step (or view) change. */
export function useStepChange<S extends string = FlowStep>(step: S, listener: (step: S, previous: S) => void): void {
  const previous = useRef(step);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (previous.current === step) return;
    const before = previous.current;
    previous.current = step;
    latest.current(step, before);
  }, [step]);
}
