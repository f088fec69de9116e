import { useContext } from 'react';
import { useSocialStep } from '@synerise-auth/react';
import type { ConditionalSignInResult } from '@synerise-auth/react';
import type { Agreements, AuthError, SocialProvider } from '@synerise-auth/core';
import { FlowContext, useStepChange, useStepFlow } from '../shared/flowContext';

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
  /** Error to show; code `ABORTED` when no identity token could be obtained (the provider failed or was closed). */
  error: AuthError | null;
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
  /** Inside <AuthFlow>: the offer, terms and notices are the AuthFlow's steps, not shown by the button. */
  inAuthFlow: boolean;
}

const STATES = { idle: 'idle', pending: 'pending', offer: 'confirmCreate', terms: 'terms', notice: 'notice', error: 'error', success: 'success' } as const;

/**
 * What every social button shares: the flow's social step (core: identity token →
 * conditional sign-in → signed in | "create an account?" offer | terms | notice | error).
 * Inside <AuthFlow> the buttons drive the AuthFlow's flow; alone, a flow of their own.
 */
export function useSocialFlow({ provider, getIdentityToken, onSignedIn }: SocialFlowOptions): SocialFlow {
  const inAuthFlow = useContext(FlowContext) !== null;
  const flow = useStepFlow({ initialStep: 'signIn' });
  const step = useSocialStep(flow, { provider, ...(getIdentityToken ? { getIdentityToken } : {}) });
  const state = STATES[step.state];
  useStepChange(flow.step, (next) => {
    if (next === 'signedIn' && flow.social?.provider === provider) onSignedIn?.();
  });
  const result: ConditionalSignInResult | null =
    state === 'confirmCreate' ? { status: 'registrationRequired', conditions: [] } : (state === 'terms' || state === 'notice') && flow.condition ? flow.condition : null;
  const machine = flow.machine;
  return {
    provider,
    state,
    result,
    error: step.error,
    inAuthFlow,
    start: async (token) => {
      await machine?.socialSignIn({ provider, ...(token !== undefined ? { identityToken: token } : getIdentityToken ? { getIdentityToken } : {}) });
    },
    fail: step.fail,
    confirmCreate: async () => {
      await machine?.acceptSocialOffer();
    },
    cancel: step.decline,
    acceptTerms: async (agreements) => {
      await machine?.acceptTerms(agreements);
    },
  };
}
