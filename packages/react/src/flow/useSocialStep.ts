import type { SocialProvider } from '@synerise-auth/core';
import type { AuthFlowHandle } from './useAuthFlow';
import { mergeProps } from './props';

export interface SocialStepOptions {
  provider: SocialProvider;
  /** Where identity tokens come from (the provider's SDK, your backend for OAUTH, the emulator in tests). */
  getIdentityToken?: () => Promise<string>;
}

export type SocialState = 'idle' | 'pending' | 'offer' | 'terms' | 'notice' | 'error' | 'success';

export interface SocialStep {
  provider: SocialProvider;
  /** This provider's part of the flow. */
  state: SocialState;
  error: AuthFlowHandle['error'];
  /** Signs in with `token`, or one from `getIdentityToken`. */
  start(token?: string): void;
  /** The provider's own widget failed or was closed. */
  fail(error?: unknown): void;
  /** `offer`: create the account with the same identity. */
  accept(): void;
  /** `offer`: not now. */
  decline(): void;
  getButtonProps<P extends object = object>(props?: P): { type: 'button'; onClick: () => void; 'aria-busy'?: true; 'data-provider': string } & P;
}

/** Social sign-in through the flow: conditional first (never creates), then the "create an account?" offer. */
export function useSocialStep(flow: AuthFlowHandle, { provider, getIdentityToken }: SocialStepOptions): SocialStep {
  const mine = flow.social?.provider === provider;
  const state: SocialState = !mine
    ? flow.step === 'signedIn' ? 'success' : 'idle'
    : flow.status === 'pending' ? 'pending'
    : flow.step === 'socialOffer' ? 'offer'
    : flow.step === 'signedIn' ? 'success'
    : flow.step === 'conditions' && flow.via === 'social' ? (flow.condition?.status === 'termsAcceptanceRequired' ? 'terms' : 'notice')
    : flow.status === 'error' ? 'error'
    : 'idle';
  const start = (token?: string) =>
    void flow.socialSignIn({ provider, ...(token !== undefined ? { identityToken: token } : getIdentityToken ? { getIdentityToken } : {}) });
  return {
    provider,
    state,
    error: mine && state === 'error' ? flow.error : null,
    start,
    fail: (error) => flow.socialFailed(provider, error),
    accept: () => void flow.acceptSocialOffer(),
    decline: () => flow.declineSocialOffer(),
    getButtonProps: (props) =>
      mergeProps({ type: 'button' as const, onClick: () => start(), 'data-provider': provider.toLowerCase(), ...(state === 'pending' ? { 'aria-busy': true as const } : {}) }, props),
  };
}
