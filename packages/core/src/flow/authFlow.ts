// The orchestrator: one store for the whole journey, composed of the step machines, and
// following the session (booting → no form; a sign-out anywhere → signIn; a sign-in
// anywhere → signedIn).
import type { AuthClient } from '../client/types';
import type { Clock } from '../ports';
import { systemClock } from '../ports/clock';
import type { SessionStatus } from '../session/types';
import { createFlowKernel } from './kernel';
import { createPinStep, type PinActions } from './pin';
import { flowPortOf, type FlowPort } from './port';
import { createRegisterActions, type RegisterActions } from './register';
import { createResetActions, type ResetActions } from './reset';
import { createSignInActions, type SignInActions } from './signIn';
import { createSocialStep, type SocialActions } from './social';
import type { FlowLinkStep, FlowSnapshot } from './types';

export type AuthFlowStart = FlowLinkStep | 'resetConfirm' | 'pin';

export interface AuthFlowOptions {
  /** Where an anonymous customer starts; default `signIn`. `resetConfirm` needs `resetToken`, `pin` an `email`. */
  initialStep?: AuthFlowStart;
  /** The e-mail to start with (carried between steps). */
  email?: string;
  /** Token of a password-reset link (for `initialStep: 'resetConfirm'`). */
  resetToken?: string;
  /** Drives the PIN countdowns; default the system clock. */
  clock?: Clock;
  /**
   * Follow the session (default true): `booting` until it is known, `signedIn` after a sign-in
   * in any tab, back to `signIn` after a sign-out, expiry or revocation. `false`: a single
   * step used on its own (a standalone form), starting at `initialStep` at once.
   */
  followSession?: boolean;
  /** For tests and custom transports: replaces the adapter over the client. */
  port?: FlowPort;
}

export interface AuthFlow extends SignInActions, RegisterActions, PinActions, ResetActions, SocialActions {
  subscribe(listener: () => void): () => void;
  getSnapshot(): FlowSnapshot;
  /** What server rendering shows (the `booting` step when following the session). */
  getServerSnapshot(): FlowSnapshot;
  /** Keeps the typed e-mail (it is carried to the next step). */
  setEmail(email: string): void;
  /** Links between steps ("Create an account", "Forgot your password?", "Back to sign in"). */
  goTo(step: FlowLinkStep, email?: string): void;
  /** Enters the PIN step for the current e-mail; `send` asks for a code first. */
  startPin(options?: { send?: boolean; length?: number }): void;
  destroy(): void;
}

export function createAuthFlow(client: AuthClient, options: AuthFlowOptions = {}): AuthFlow {
  const port = options.port ?? flowPortOf(client);
  const follow = options.followSession ?? true;
  const start = options.initialStep ?? 'signIn';
  const email = options.email ?? '';
  const serverSnapshot: FlowSnapshot = { step: follow ? 'booting' : start === 'pin' ? 'pin' : start, status: 'idle', email, error: null, fieldErrors: {} };
  const k = createFlowKernel(port, options.clock ?? systemClock, { ...serverSnapshot, step: 'booting' });
  const pin = createPinStep(k);
  const social = createSocialStep(k, () => pin.enter({ purpose: 'activation', send: true }));
  const signIn = createSignInActions(k, () => pin.enter({ purpose: 'activation', send: true }), social.retryWithAgreements);
  const register = createRegisterActions(k, (length) => pin.enter({ length, purpose: 'registration', send: false }));
  const reset = createResetActions(k, options.resetToken);

  function enterStart(): void {
    if (start === 'resetConfirm') return options.resetToken ? reset.openResetLink(options.resetToken) : k.go('resetRequest');
    if (start === 'pin') return pin.enter({ purpose: 'registration', send: false });
    k.go(start);
  }

  let session: SessionStatus = follow ? port.sessionStatus() : 'anonymous';
  function follow_(next: SessionStatus): void {
    const previous = session;
    session = next;
    if (next === 'booting') return;
    if (next === 'authenticated') {
      const { step, signedIn, status } = k.get();
      // An action of this flow signed in: it picks the next step itself (e.g. checkEmail).
      if (status === 'pending' || step === 'signedIn' || (step === 'checkEmail' && signedIn)) return;
      pin.stop();
      k.go('signedIn');
    } else if (previous === 'booting') {
      enterStart();
    } else if (previous === 'authenticated' || k.get().step === 'signedIn') {
      pin.stop();
      k.go('signIn');
    }
  }

  if (follow) {
    if (session === 'authenticated') k.go('signedIn');
    else if (session === 'anonymous') enterStart();
  } else enterStart();
  const unsubscribe = follow ? port.subscribeSession(() => follow_(port.sessionStatus())) : () => undefined;

  return {
    subscribe: k.subscribe,
    getSnapshot: k.get,
    getServerSnapshot: () => serverSnapshot,
    setEmail: (next) => k.patch({ email: next }),
    goTo(step, nextEmail) {
      pin.stop();
      if (nextEmail !== undefined) k.patch({ email: nextEmail.trim() });
      k.go(step);
    },
    startPin: ({ send = false, length } = {}) => pin.enter({ purpose: send ? 'activation' : 'registration', send, ...(length ? { length } : {}) }),
    ...signIn,
    ...register,
    confirmPin: pin.confirmPin,
    resendPin: pin.resendPin,
    ...reset,
    socialSignIn: social.socialSignIn,
    socialFailed: social.socialFailed,
    acceptSocialOffer: social.acceptSocialOffer,
    declineSocialOffer: social.declineSocialOffer,
    destroy() {
      unsubscribe();
      pin.stop();
    },
  };
}
