import { useCallback, useRef, useState } from 'react';
import { useSocialSignIn } from '@synerise-auth/react';
import type { ConditionalSignInResult } from '@synerise-auth/react';
import type { Agreements, SocialProvider } from '@synerise-auth/core';

export type SocialFlowState = 'idle' | 'pending' | 'confirmCreate' | 'terms' | 'notice' | 'error' | 'success';

export interface SocialFlowOptions {
  provider: SocialProvider;
  /** Injected identity-token source (Storybook, demo, tests with the emulator's `identity.mint`, or your backend for OAUTH). */
  getIdentityToken?: () => Promise<string>;
  onSignedIn?: () => void;
}

export interface SocialFlow {
  provider: SocialProvider;
  state: SocialFlowState;
  /** The last non-success result (for notices and terms). */
  result: ConditionalSignInResult | null;
  /** Error to show; `{ code: 'SOCIAL_FAILED' }` when no token could be obtained. */
  error: unknown;
  /** Signs in with `token`, or with one from `getIdentityToken` (conditional first: never creates). */
  start(token?: string): Promise<void>;
  /** The provider's own widget failed or was closed. */
  fail(error?: unknown): void;
  /** REGISTRATION_REQUIRED → "Create account": the creating login with the same identity token. */
  confirmCreate(): Promise<void>;
  /** Back to idle (e.g. "Not now"); forgets the identity token. */
  cancel(): void;
  /** TERMS_ACCEPTANCE_REQUIRED → retries the conditional login with the accepted agreements. */
  acceptTerms(agreements: Agreements): Promise<void>;
}

export const SOCIAL_FAILED = { code: 'SOCIAL_FAILED' } as const;

/**
 * The flow every social button shares: identity token → conditional sign-in → (sign in |
 * offer to create the account | accept terms | notice | error). The identity token lives only
 * in a ref of this component, never in state, storage or messages.
 */
export function useSocialFlow({ provider, getIdentityToken, onSignedIn }: SocialFlowOptions): SocialFlow {
  const { mutateAsync } = useSocialSignIn();
  const token = useRef<string | null>(null);
  const busy = useRef(false);
  const [state, setState] = useState<SocialFlowState>('idle');
  const [result, setResult] = useState<ConditionalSignInResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async (mode: 'conditional' | 'create', agreements?: Agreements) => {
      const identityToken = token.current;
      if (!identityToken || busy.current) return;
      busy.current = true;
      setState('pending');
      setError(null);
      try {
        const next = await mutateAsync({ provider, identityToken, mode, ...(agreements ? { agreements } : {}) });
        setResult(next.status === 'success' ? null : next);
        if (next.status === 'success') {
          token.current = null;
          setState('success');
          onSignedIn?.();
        } else if (next.status === 'registrationRequired') setState('confirmCreate');
        else if (next.status === 'termsAcceptanceRequired') setState('terms');
        else setState('notice');
      } catch (e) {
        token.current = null;
        setError(e);
        setState('error');
      } finally {
        busy.current = false;
      }
    },
    [mutateAsync, provider, onSignedIn],
  );

  const fail = useCallback((e?: unknown) => {
    token.current = null;
    setError(e ?? SOCIAL_FAILED);
    setState('error');
  }, []);

  const start = useCallback(
    async (given?: string) => {
      if (busy.current) return;
      let identityToken = given;
      if (identityToken === undefined) {
        if (!getIdentityToken) return fail();
        setState('pending');
        try {
          identityToken = await getIdentityToken();
        } catch {
          return fail();
        }
      }
      if (!identityToken) return fail();
      token.current = identityToken;
      await run('conditional');
    },
    [getIdentityToken, run, fail],
  );

  const cancel = useCallback(() => {
    token.current = null;
    setResult(null);
    setError(null);
    setState('idle');
  }, []);

  return {
    provider,
    state,
    result,
    error,
    start,
    fail,
    confirmCreate: () => run('create'),
    cancel,
    acceptTerms: (agreements) => run('conditional', agreements),
  };
}
