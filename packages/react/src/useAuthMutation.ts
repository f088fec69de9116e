import { useCallback, useEffect, useRef, useState } from 'react';
import { toAuthError, type AuthError } from '@synerise-auth/core';

export type MutationStatus = 'idle' | 'pending' | 'success' | 'error';

export interface MutateCallbacks<TData, TVariables> {
  onSuccess?: (data: TData, variables: TVariables) => void;
  onError?: (error: AuthError, variables: TVariables) => void;
  onSettled?: (data: TData | undefined, error: AuthError | null, variables: TVariables) => void;
}

/** The shape every action hook returns (same names as TanStack Query's `useMutation`). */
export interface AuthMutation<TData, TVariables> {
  /** Fire and forget: never throws (the error lands in `error`). */
  mutate: (variables: TVariables, callbacks?: MutateCallbacks<TData, TVariables>) => void;
  /** Resolves with the result or rejects with the `AuthError`. */
  mutateAsync: (variables: TVariables, callbacks?: MutateCallbacks<TData, TVariables>) => Promise<TData>;
  status: MutationStatus;
  isIdle: boolean;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  data: TData | undefined;
  error: AuthError | null;
  /** Back to `idle` (clears data and error). */
  reset: () => void;
}

interface State<TData> {
  status: MutationStatus;
  data: TData | undefined;
  error: AuthError | null;
}

const IDLE: State<never> = { status: 'idle', data: undefined, error: null };

/**
 * A tiny `useMutation`: tracks the LATEST call only (results of superseded calls and of
 * unmounted components are ignored), never throws into render.
 */
export function useAuthMutation<TData, TVariables = void>(
  fn: (variables: TVariables) => Promise<TData>,
): AuthMutation<TData, TVariables> {
  const [state, setState] = useState<State<TData>>(IDLE);
  const fnRef = useRef(fn);
  const callRef = useRef(0);
  const mountedRef = useRef(false);

  useEffect(() => {
    fnRef.current = fn;
  });
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
    };
  }, []);

  const mutateAsync = useCallback(
    async (variables: TVariables, callbacks?: MutateCallbacks<TData, TVariables>): Promise<TData> => {
      const id = ++callRef.current;
      const current = () => mountedRef.current && callRef.current === id;
      setState({ status: 'pending', data: undefined, error: null });
      try {
        const data = await fnRef.current(variables);
        if (current()) {
          setState({ status: 'success', data, error: null });
          callbacks?.onSuccess?.(data, variables);
          callbacks?.onSettled?.(data, null, variables);
        }
        return data;
      } catch (raw) {
        const error = toAuthError(raw);
        if (current()) {
          setState({ status: 'error', data: undefined, error });
          callbacks?.onError?.(error, variables);
          callbacks?.onSettled?.(undefined, error, variables);
        }
        throw error;
      }
    },
    [],
  );

  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateCallbacks<TData, TVariables>) => {
      mutateAsync(variables, callbacks).catch(() => undefined);
    },
    [mutateAsync],
  );

  const reset = useCallback(() => {
    callRef.current++;
    setState(IDLE);
  }, []);

  return {
    mutate,
    mutateAsync,
    reset,
    status: state.status,
    isIdle: state.status === 'idle',
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
    data: state.data,
    error: state.error,
  };
}
