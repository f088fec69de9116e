import { useRef, type ReactNode } from 'react';
import { useAuthFlow, useFlowFocus, type AuthFlowHandle } from '@synerise-auth/react';
import type { FlowStep } from '@synerise-auth/core';
import { Divider, FormAlert, Spinner, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { ActivationPending } from '../ActivationPending/ActivationPending';
import { EmailConfirmationPending } from '../EmailConfirmationPending/EmailConfirmationPending';
import { PasswordResetConfirm } from '../PasswordResetConfirm/PasswordResetConfirm';
import { PasswordResetRequest } from '../PasswordResetRequest/PasswordResetRequest';
import { PinConfirmation } from '../PinConfirmation/PinConfirmation';
import { RegisterForm } from '../RegisterForm/RegisterForm';
import { SignInForm } from '../SignInForm/SignInForm';
import { FlowContext, useStepChange } from '../shared/flowContext';
import { useMessages } from '../shared/useMessages';
import { SocialConditionsStep, SocialOfferStep } from './SocialSteps';

export type AuthFlowView =
  | 'booting' | 'signIn' | 'register' | 'pin' | 'activation' | 'emailConfirmation' | 'resetRequest' | 'resetConfirm' | 'socialOffer' | 'conditions' | 'signedIn';

export interface AuthFlowProps {
  /** Called once the customer is signed in (sign-in, registration, PIN, social, another tab). */
  onSignedIn?: () => void;
  /** Default `signIn`; `resetConfirm` needs `resetToken`. */
  initialView?: 'signIn' | 'register' | 'resetRequest' | 'resetConfirm';
  /** Token from a password-reset link (for `initialView="resetConfirm"`). */
  resetToken?: string;
  defaultEmail?: string;
  /**
   * Social buttons shown below the sign-in and registration forms (after an "or" divider); they
   * drive this flow (the "create an account?" offer becomes a step). A function receives a
   * sign-in handler to pass as the buttons' `onSignedIn`.
   */
  social?: ReactNode | ((onSignedIn: () => void) => ReactNode);
  /** Called whenever the view changes (e.g. to sync the URL). */
  onViewChange?: (view: AuthFlowView) => void;
  /** Focus the first field once the first step shows (e.g. in a dialog opened from the keyboard). */
  autoFocus?: boolean;
  className?: string;
  messages?: MessageOverrides;
}

function viewOf(flow: AuthFlowHandle): AuthFlowView {
  switch (flow.step) {
    case 'activationPending':
      return 'activation';
    case 'checkEmail':
      return 'emailConfirmation';
    case 'resetSent':
      return 'resetRequest';
    case 'conditions':
      return flow.via === 'social' ? 'conditions' : 'signIn';
    default:
      return flow.step;
  }
}

function socialButton(root: HTMLElement, provider: string | undefined): HTMLElement | null {
  const social = provider ? root.querySelector(`[data-slot="social"][data-provider="${provider}"]`) : null;
  return social?.querySelector<HTMLElement>('[data-slot="social-button"], button') ?? null;
}

/**
 * The whole journey in one drop-in, a view over the flow machine (`useAuthFlow`): nothing
 * but a spinner while the session boots, the step the server's answers lead to, back to
 * sign-in after a sign-out in any tab. Focus moves to each new step's heading (the social
 * offer itself; back to its button when declined), and with `autoFocus` to the first field.
 */
export function AuthFlow({ onSignedIn, initialView = 'signIn', resetToken, defaultEmail = '', social, onViewChange, autoFocus = false, className, messages }: AuthFlowProps) {
  const i18n = useMessages(messages);
  const flow = useAuthFlow({ initialStep: initialView, email: defaultEmail, ...(resetToken ? { resetToken } : {}) });
  const view = viewOf(flow);
  // After a declined "create an account?" offer focus goes back to the provider's button.
  const offered = useRef<string | undefined>(undefined);
  if (flow.step === 'socialOffer') offered.current = flow.social?.provider.toLowerCase();
  const focus = useFlowFocus(view === 'signIn' ? 'signIn' : flow.step, {
    autoFocus,
    getFocusTarget: (root, _step, previous) => (previous === 'socialOffer' ? socialButton(root, offered.current) : null),
  });
  const notified = useRef(false);
  const notify = () => {
    if (notified.current) return;
    notified.current = true;
    onSignedIn?.();
  };

  useStepChange(flow.step, (next: FlowStep) => {
    if (next === 'signedIn' || (next === 'checkEmail' && flow.signedIn)) notify();
    if (next === 'signIn') notified.current = false;
  });
  useStepChange<AuthFlowView>(view, (next, previous) => {
    if (previous !== 'booting') onViewChange?.(next);
  });

  const withSocial = (form: ReactNode) =>
    social ? (
      <>
        {form}
        <Divider />
        <div className="sa-auth-flow-social" data-slot="auth-flow-social">{typeof social === 'function' ? social(notify) : social}</div>
      </>
    ) : (
      form
    );

  let content: ReactNode;
  switch (flow.step) {
    case 'booting':
      content = <Spinner />;
      break;
    case 'register':
      content = withSocial(<RegisterForm key="register" defaultEmail={flow.email} showNextStep={false} messages={messages} />);
      break;
    case 'pin':
      content = <PinConfirmation key={`pin-${flow.email}`} email={flow.email} onChangeEmail={() => flow.goTo('register')} messages={messages} />;
      break;
    case 'activationPending':
      content = <ActivationPending email={flow.email} onBackToSignIn={() => flow.goTo('signIn')} messages={messages} />;
      break;
    case 'checkEmail':
      content = <EmailConfirmationPending email={flow.email} onContinue={flow.signedIn ? notify : () => flow.goTo('signIn')} messages={messages} />;
      break;
    case 'resetRequest':
    case 'resetSent':
      content = <PasswordResetRequest defaultEmail={flow.email} messages={messages} />;
      break;
    case 'resetConfirm':
      content = <PasswordResetConfirm token={resetToken ?? ''} messages={messages} />;
      break;
    case 'socialOffer':
      content = <SocialOfferStep flow={flow} i18n={i18n} />;
      break;
    case 'signedIn':
      content = <FormAlert tone="success">{i18n.t('signIn.success')}</FormAlert>;
      break;
    default:
      content = flow.via === 'social' && flow.step === 'conditions' ? <SocialConditionsStep flow={flow} i18n={i18n} /> : withSocial(<SignInForm key="signIn" defaultEmail={flow.email} messages={messages} />);
  }

  return (
    <FlowContext.Provider value={flow}>
      <div {...focus.getContainerProps()} className={cx('sa-auth-flow', className)} data-slot="auth-flow" data-view={view} aria-busy={flow.step === 'booting' || undefined}>
        {content}
        <p className="sa-visually-hidden" data-slot="auth-flow-announcer" {...focus.getLiveRegionProps()} />
      </div>
    </FlowContext.Provider>
  );
}
