import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from '@synerise-auth/react';
import type { RegistrationResult } from '@synerise-auth/react';
import { Divider, FormAlert, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { ActivationPending } from '../ActivationPending/ActivationPending';
import { EmailConfirmationPending } from '../EmailConfirmationPending/EmailConfirmationPending';
import { PasswordResetConfirm } from '../PasswordResetConfirm/PasswordResetConfirm';
import { PasswordResetRequest } from '../PasswordResetRequest/PasswordResetRequest';
import { PinConfirmation } from '../PinConfirmation/PinConfirmation';
import { RegisterForm } from '../RegisterForm/RegisterForm';
import { SignInForm } from '../SignInForm/SignInForm';
import { useMessages } from '../shared/useMessages';

export type AuthFlowView = 'signIn' | 'register' | 'pin' | 'activation' | 'emailConfirmation' | 'resetRequest' | 'resetConfirm' | 'signedIn';

export interface AuthFlowProps {
  /** Called once the customer is signed in (sign-in, registration, PIN, social). */
  onSignedIn?: () => void;
  /** Default `signIn`; `resetConfirm` needs `resetToken`. */
  initialView?: 'signIn' | 'register' | 'resetRequest' | 'resetConfirm';
  /** Token from a password-reset link (for `initialView="resetConfirm"`). */
  resetToken?: string;
  defaultEmail?: string;
  /**
   * Social buttons shown below the sign-in and registration forms (after an "or" divider); a
   * function receives the flow's sign-in handler to pass as the buttons' `onSignedIn`.
   */
  social?: ReactNode | ((onSignedIn: () => void) => ReactNode);
  /** Called whenever the view changes (e.g. to sync the URL). */
  onViewChange?: (view: AuthFlowView) => void;
  className?: string;
  messages?: MessageOverrides;
}

interface FlowState {
  view: AuthFlowView;
  email: string;
  /** PIN step only: ask for a PIN on entry (from sign-in) or not (registration just sent one). */
  requestPin?: boolean;
}

/**
 * The whole journey in one drop-in: follows server states between sign-in, registration,
 * PIN confirmation, activation / e-mail confirmation notices and password reset (terms are
 * accepted inside sign-in). Focus moves to the new step's heading when the view changes.
 */
export function AuthFlow({ onSignedIn, initialView = 'signIn', resetToken, defaultEmail = '', social, onViewChange, className, messages }: AuthFlowProps) {
  const { t } = useMessages(messages);
  const [state, setState] = useState<FlowState>({ view: initialView === 'resetConfirm' && !resetToken ? 'resetRequest' : initialView, email: defaultEmail });
  const root = useRef<HTMLDivElement>(null);
  // The view whose heading last got focus: survives StrictMode's double effect run, so the
  // initial view is never announced as a change.
  const shown = useRef<AuthFlowView>(state.view);
  const { view, email } = state;

  const status = useSession((s) => s.status);
  const notified = useRef(false);
  const go = (next: AuthFlowView, nextEmail = email, requestPin = false) => setState({ view: next, email: nextEmail, requestPin });
  const signedIn = () => {
    go('signedIn');
    if (notified.current) return;
    notified.current = true;
    onSignedIn?.();
  };
  // A sign-in the flow did not drive itself (a social button given as a plain node, another tab).
  useEffect(() => {
    if (status === 'authenticated' && view === 'signIn') signedIn();
    if (status === 'anonymous') notified.current = false;
  });
  const registered = (result: RegistrationResult, details: { email: string }) => {
    if (result.status === 'pinRequired') go('pin', details.email);
    else if (result.status === 'activationRequired') go('activation', details.email);
    else if (result.status === 'checkEmail') {
      go('emailConfirmation', details.email);
      if (result.signedIn && !notified.current) {
        notified.current = true;
        onSignedIn?.();
      }
    } else signedIn();
  };

  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    onViewChange?.(view);
    const heading = root.current?.querySelector<HTMLElement>('h1, h2, h3');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [view]);

  const withSocial = (form: ReactNode) =>
    social ? (
      <>
        {form}
        <Divider />
        <div className="sa-auth-flow-social" data-slot="auth-flow-social">{typeof social === 'function' ? social(signedIn) : social}</div>
      </>
    ) : (
      form
    );

  let content: ReactNode;
  switch (view) {
    case 'register':
      content = withSocial(
        <RegisterForm
          key={`register-${email}`}
          defaultEmail={email}
          showNextStep={false}
          onRegistered={registered}
          onSignInRequested={(e) => go('signIn', e)}
          messages={messages}
        />,
      );
      break;
    case 'pin':
      content = <PinConfirmation email={email} requestOnMount={state.requestPin ?? false} onConfirmed={signedIn} onChangeEmail={() => go('register')} messages={messages} />;
      break;
    case 'activation':
      content = <ActivationPending email={email} onBackToSignIn={() => go('signIn')} messages={messages} />;
      break;
    case 'emailConfirmation':
      content = <EmailConfirmationPending email={email} onContinue={() => go('signedIn')} messages={messages} />;
      break;
    case 'resetRequest':
      content = <PasswordResetRequest defaultEmail={email} onBackToSignIn={() => go('signIn')} messages={messages} />;
      break;
    case 'resetConfirm':
      content = <PasswordResetConfirm token={resetToken ?? ''} onSignInRequested={() => go('signIn')} onRequestNewLink={() => go('resetRequest')} messages={messages} />;
      break;
    case 'signedIn':
      content = <FormAlert tone="success">{t('signIn.success')}</FormAlert>;
      break;
    default:
      content = withSocial(
        <SignInForm
          key={`signIn-${email}`}
          defaultEmail={email}
          onSignedIn={signedIn}
          onRegisterRequested={(e) => go('register', e)}
          onForgotPassword={(e) => go('resetRequest', e)}
          onPinRequired={(e) => go('pin', e, true)}
          messages={messages}
        />,
      );
  }

  return (
    <div ref={root} className={cx('sa-auth-flow', className)} data-slot="auth-flow" data-view={view}>
      {content}
    </div>
  );
}
