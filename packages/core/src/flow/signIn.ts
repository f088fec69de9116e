// Sign-in with e-mail + password (conditional login: never creates an account) and what
// each server status means for the next step.
import type { Agreements, CustomId } from '../api/contract';
import type { Identifier } from '../client/types';
import { AuthError } from '../errors/AuthError';
import type { PublicConditionalResult } from '../flows/conditional';
import type { FlowKernel } from './kernel';
import type { FlowSignInInput } from './types';

export interface SignInActions {
  /** Signs in; on `conditions` (terms) call `acceptTerms`, which re-sends with the agreements. */
  signIn(input: FlowSignInInput): Promise<void>;
  /** TERMS_ACCEPTANCE_REQUIRED: the same sign-in (password or social) again with the accepted agreements. */
  acceptTerms(agreements: Agreements): Promise<void>;
  /** Re-sends the activation e-mail (ACTIVATION_REQUIRED by link, or the activation step). */
  requestActivation(): Promise<void>;
}

/** Hands the result of any conditional login (password or social) to the next step. */
export function routeConditional(k: FlowKernel, result: PublicConditionalResult, via: 'password' | 'social', pinStep: () => void): void {
  switch (result.status) {
    case 'success':
      k.go('signedIn');
      return;
    case 'unauthorized':
      k.fail(new AuthError('INVALID_CREDENTIALS'));
      return;
    case 'activationRequired':
      // "Activation required" does not say link or PIN: the configured activation method does.
      if (k.port.activationMethod() === 'pin' || result.conditions.includes('PIN_CODE')) return pinStep();
      k.go('conditions', { condition: result, via });
      return;
    default:
      k.go('conditions', { condition: result, via });
  }
}

export function createSignInActions(k: FlowKernel, pinStep: () => void, retrySocial: (agreements: Agreements) => Promise<void>): SignInActions {
  // The credentials of a sign-in stopped for terms, kept in memory only until it completes.
  let pending: { email: string; customId?: CustomId; password: string } | null = null;

  async function signIn(input: FlowSignInInput): Promise<void> {
    const email = input.email.trim();
    k.patch({ email });
    const credentials = { email, ...(input.customId ? { customId: input.customId } : {}), password: input.password };
    const identifier: Identifier = input.customId ? { customId: input.customId } : { email };
    const body = { ...identifier, password: input.password, ...(input.agreements ? { agreements: input.agreements } : {}) };
    await k.run(
      async (): Promise<PublicConditionalResult> => {
        if (input.mode !== 'login') return k.port.signIn(body);
        await k.port.login(body);
        return { status: 'success', expiresAt: undefined };
      },
      (result) => {
        pending = result.status === 'termsAcceptanceRequired' ? credentials : null;
        routeConditional(k, result, 'password', pinStep);
      },
      () => {
        pending = null;
      },
    );
  }

  return {
    signIn,
    async acceptTerms(agreements) {
      const { via } = k.get();
      if (via === 'social') return retrySocial(agreements);
      if (!pending) return k.go('signIn');
      await signIn({ ...pending, agreements });
    },
    async requestActivation() {
      const { email } = k.get();
      await k.run(() => k.port.requestActivation(email), () => k.patch({ status: 'success' }));
    },
  };
}
