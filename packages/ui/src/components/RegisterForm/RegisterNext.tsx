import type { RegistrationResult } from '@synerise-auth/react';
import { Button, FormAlert } from '../../primitives';
import type { I18n, MessageOverrides } from '../../i18n';
import { ActivationPending } from '../ActivationPending/ActivationPending';
import { EmailConfirmationPending } from '../EmailConfirmationPending/EmailConfirmationPending';
import { PinConfirmation } from '../PinConfirmation/PinConfirmation';

export interface RegisterNextProps {
  result: RegistrationResult;
  email: string;
  i18n: I18n;
  messages?: MessageOverrides;
  onSignedIn?: () => void;
  onSignInRequested?: (email: string) => void;
  onStartOver: () => void;
}

/** The built-in step after a successful registration, per outcome (the server's answer; link or PIN from configuration). */
export function RegisterNext({ result, email, i18n, messages, onSignedIn, onSignInRequested, onStartOver }: RegisterNextProps) {
  switch (result.status) {
    case 'pinRequired':
      return <PinConfirmation email={email} length={result.pinLength} onConfirmed={onSignedIn} onChangeEmail={onStartOver} messages={messages} />;
    case 'activationRequired':
      return <ActivationPending email={email} onBackToSignIn={onSignInRequested ? () => onSignInRequested(email) : undefined} messages={messages} />;
    case 'checkEmail':
      return <EmailConfirmationPending email={email} onContinue={onSignedIn} messages={messages} />;
    case 'signInRequired':
      // The account exists but the server did not sign the customer in (e.g. approval pending).
      return (
        <>
          <FormAlert tone="success">{i18n.t('register.success')}</FormAlert>
          {onSignInRequested ? (
            <Button variant="link" data-slot="sign-in" onClick={() => onSignInRequested(email)}>
              {i18n.t('register.signIn')}
            </Button>
          ) : null}
        </>
      );
    default:
      return <FormAlert tone="success">{i18n.t('register.success')}</FormAlert>;
  }
}
