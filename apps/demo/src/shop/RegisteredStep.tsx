import { ActivationPending, EmailConfirmationPending, PinConfirmation } from '@synerise-auth/ui';

/** The step after a registration that did not sign the customer in at once. */
export type AfterRegister = { view: 'pin' | 'activation' | 'emailConfirmation'; email: string };

export const AFTER_REGISTER: ReadonlySet<string> = new Set(['pin', 'activation', 'emailConfirmation']);

export interface RegisteredStepProps {
  step: AfterRegister;
  onSignedIn: () => void;
  /** Back to the flow (sign-in, or registration for "Use a different e-mail"). */
  onBack: (view: 'signIn' | 'register') => void;
}

/**
 * WORKAROUND (kit bug, see the demo README): `<AuthFlow>` does not learn the e-mail typed into
 * its registration form, so its PIN / activation / confirmation steps get an empty address
 * (the PIN cannot be confirmed). The dialog hands those steps to the same kit components with
 * the address the customer typed. The registration already sent the PIN: no request on mount.
 */
export function RegisteredStep({ step, onSignedIn, onBack }: RegisteredStepProps) {
  if (step.view === 'pin') return <PinConfirmation email={step.email} onConfirmed={onSignedIn} onChangeEmail={() => onBack('register')} />;
  if (step.view === 'activation') return <ActivationPending email={step.email} onBackToSignIn={() => onBack('signIn')} />;
  return <EmailConfirmationPending email={step.email} onContinue={onSignedIn} />;
}
