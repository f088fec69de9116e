// Social sign-in: identity token → conditional login (never creates) → signed in, or an
// offer to create the account (REGISTRATION_REQUIRED), or terms / another condition. The
// identity token is kept in memory only, for the "create" and "accept terms" retries.
import type { Agreements } from '../api/contract';
import { AuthError } from '../errors/AuthError';
import type { SocialProvider } from '../client/types';
import type { FlowKernel } from './kernel';
import { routeConditional } from './signIn';
import type { FlowSocialInput, FlowStep } from './types';

export interface SocialActions {
  /** Signs in with a provider's identity token (or one from `getIdentityToken`). A token that cannot be had fails with `ABORTED`. */
  socialSignIn(input: FlowSocialInput): Promise<void>;
  /** The provider's own widget failed or was closed. */
  socialFailed(provider: SocialProvider, error?: unknown): void;
  /** `socialOffer`: creates the account with the same identity token. */
  acceptSocialOffer(): Promise<void>;
  /** `socialOffer` → back to where the customer was; forgets the identity token. */
  declineSocialOffer(): void;
}

export interface SocialStep extends SocialActions {
  retryWithAgreements(agreements: Agreements): Promise<void>;
}

export function createSocialStep(k: FlowKernel, pinStep: () => void): SocialStep {
  let identity: { provider: SocialProvider; token: string } | null = null;
  let from: FlowStep = 'signIn';

  async function send(mode: 'conditional' | 'create', agreements?: Agreements): Promise<void> {
    const current = identity;
    if (!current) return k.go(from);
    await k.run(
      () => k.port.social({ provider: current.provider, identityToken: current.token, mode, ...(agreements ? { agreements } : {}) }),
      (result) => {
        if (result.status === 'registrationRequired') return k.go('socialOffer', { social: { provider: current.provider } });
        if (result.status !== 'termsAcceptanceRequired') identity = null;
        routeConditional(k, result, 'social', pinStep);
        k.patch({ social: { provider: current.provider } });
      },
      () => {
        identity = null;
      },
    );
  }

  function socialFailed(provider: SocialProvider, error?: unknown): void {
    identity = null;
    k.patch({ social: { provider } });
    k.fail(error ?? new AuthError('ABORTED'));
  }

  return {
    async socialSignIn({ provider, identityToken, getIdentityToken }) {
      if (k.get().status === 'pending') return;
      const step = k.get().step;
      if (step !== 'socialOffer' && step !== 'conditions') from = step;
      let token = identityToken;
      if (token === undefined && getIdentityToken) {
        k.patch({ status: 'pending', error: null, social: { provider } });
        token = await getIdentityToken().catch(() => undefined);
        k.patch({ status: 'idle' });
      }
      if (!token) return socialFailed(provider);
      identity = { provider, token };
      k.patch({ social: { provider } });
      await send('conditional');
    },
    socialFailed,
    acceptSocialOffer: () => send('create'),
    declineSocialOffer() {
      identity = null;
      k.go(from);
    },
    retryWithAgreements: (agreements) => send('conditional', agreements),
  };
}
