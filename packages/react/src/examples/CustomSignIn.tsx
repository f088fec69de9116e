// A complete custom sign-in + registration + PIN + reset UI written only with the flow hooks
// of @synerise-auth/react and plain HTML (no styling): the steps, errors and focus come from
// the hooks; the markup spreads their prop getters. Kept in sync with the README.
import type { AuthError } from '@synerise-auth/core';
import {
  useAuthFlow,
  useFlowFocus,
  usePinStep,
  useRegisterStep,
  useResetStep,
  useSession,
  useSignInStep,
  useSignOut,
  type AuthFlowHandle,
} from '../index';

/** Maps the stable error codes to your own copy (translate them in a real app). */
export function describeError(error: AuthError | null): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'Wrong e-mail or password.';
    case 'ACCOUNT_LOCKED':
      return `Too many attempts. Try again in ${Math.ceil((error.retryAfterSeconds ?? 60) / 60)} min.`;
    case 'ACCOUNT_EXISTS':
      return 'This e-mail is already registered.';
    case 'POLICY_VIOLATION':
      return 'The password does not meet the rules.';
    case 'PIN_INVALID':
      return 'That code is not right.';
    case 'PIN_EXPIRED':
      return 'That code has expired; send a new one.';
    case 'PIN_RESEND_COOLDOWN':
      return `Wait ${error.retryAfterSeconds ?? 60} s before sending a new code.`;
    case 'NETWORK':
    case 'TIMEOUT':
      return 'You seem to be offline. Try again.';
    default:
      return error.message;
  }
}

export function CustomSignIn() {
  const flow = useAuthFlow();
  const focus = useFlowFocus(flow.step);
  return (
    <div {...focus.getContainerProps()}>
      <Step flow={flow} />
      <p {...focus.getLiveRegionProps()} style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }} />
    </div>
  );
}

function Step({ flow }: { flow: AuthFlowHandle }) {
  switch (flow.step) {
    case 'booting':
      return <p>Loading…</p>; // never a sign-in form while the session is unknown
    case 'signedIn':
      return <SignedIn />;
    case 'register':
      return <RegisterForm flow={flow} />;
    case 'pin':
      return <PinForm flow={flow} />;
    case 'activationPending':
    case 'checkEmail':
      return <Notice title="Check your inbox" text={`We sent a link to ${flow.email}.`} onBack={() => flow.goTo('signIn')} />;
    case 'resetRequest':
    case 'resetSent':
    case 'resetConfirm':
      return <ResetForm flow={flow} />;
    default:
      return <SignInForm flow={flow} />;
  }
}

function SignedIn() {
  const email = useSession((s) => s.profile?.email);
  const signOut = useSignOut();
  return (
    <section aria-labelledby="signed-in">
      <h2 id="signed-in" tabIndex={-1}>Signed in as {email}</h2>
      <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </button>
    </section>
  );
}

function Notice({ title, text, onBack }: { title: string; text: string; onBack: () => void }) {
  return (
    <section aria-labelledby="notice">
      <h2 id="notice" tabIndex={-1}>{title}</h2>
      <p>{text}</p>
      <button type="button" onClick={onBack}>Back to sign in</button>
    </section>
  );
}

function SignInForm({ flow }: { flow: AuthFlowHandle }) {
  const step = useSignInStep(flow);
  const condition = step.condition;
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>Sign in</h2>
      <label htmlFor={step.getEmailInputProps().id}>E-mail</label>
      <input {...step.getEmailInputProps()} />
      <label htmlFor={step.getPasswordInputProps().id}>Password</label>
      <input {...step.getPasswordInputProps()} />
      {step.needsTerms && condition ? (
        <fieldset>
          <legend>Please accept to continue</legend>
          {condition.conditions.map((name) => (
            <label key={name}>
              <input {...step.getAgreementProps(name)} /> {name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {condition && !step.needsTerms ? (
        <p role="status">
          {condition.status === 'registrationRequired'
            ? 'No account with this e-mail yet.'
            : condition.status === 'activationRequired'
              ? 'Activate your account with the link we e-mailed you, then sign in.'
              : `This account needs an extra step we do not support here (${condition.status}).`}
        </p>
      ) : null}
      <p {...step.getErrorProps()}>{describeError(step.error)}</p>
      <button {...step.getSubmitButtonProps()}>{step.isPending ? 'Signing in…' : 'Sign in'}</button>
      <button type="button" onClick={step.goToReset}>Forgot your password?</button>
      <button type="button" onClick={step.goToRegister}>Create an account</button>
    </form>
  );
}

function RegisterForm({ flow }: { flow: AuthFlowHandle }) {
  const step = useRegisterStep(flow);
  const password = step.getPasswordInputProps();
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>Create an account</h2>
      <label htmlFor={step.getEmailInputProps().id}>E-mail</label>
      <input {...step.getEmailInputProps()} />
      <label htmlFor={password.id}>Password</label>
      <input {...password} aria-describedby={[password['aria-describedby'], 'password-rules'].filter(Boolean).join(' ')} />
      <p id="password-rules">At least {step.policy.minLength} characters.</p>
      <p {...step.getErrorProps()}>{describeError(step.error)}</p>
      <button {...step.getSubmitButtonProps()}>Create account</button>
      <button type="button" onClick={step.goToSignIn}>I have an account</button>
    </form>
  );
}

function PinForm({ flow }: { flow: AuthFlowHandle }) {
  const step = usePinStep(flow);
  const { pin } = step;
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>Enter the code</h2>
      <p>We sent a {pin.length}-digit code to {step.email}.</p>
      <p>{pin.expiresInSeconds > 0 ? `The code expires in ${pin.expiresInSeconds} s.` : 'No valid code: send a new one.'}</p>
      <label htmlFor={step.getPinInputProps().id}>Code</label>
      <input {...step.getPinInputProps()} />
      <p {...step.getErrorProps()}>{describeError(step.error)}</p>
      <button {...step.getSubmitButtonProps()}>Confirm</button>
      <button {...step.getResendButtonProps()}>{pin.canResend ? 'Send a new code' : `Send a new code in ${pin.cooldownSeconds} s`}</button>
    </form>
  );
}

function ResetForm({ flow }: { flow: AuthFlowHandle }) {
  const step = useResetStep(flow);
  if (step.isDone) {
    return <Notice title={step.mode === 'confirm' ? 'Password saved' : 'Check your inbox'} text="Follow the link, then sign in." onBack={step.goToSignIn} />;
  }
  const input = step.mode === 'confirm' ? step.getPasswordInputProps() : step.getEmailInputProps();
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>{step.mode === 'confirm' ? 'Set a new password' : 'Reset your password'}</h2>
      <label htmlFor={input.id}>{step.mode === 'confirm' ? 'New password' : 'E-mail'}</label>
      <input {...input} />
      <p {...step.getErrorProps()}>{describeError(step.error)}</p>
      <button {...step.getSubmitButtonProps()}>{step.mode === 'confirm' ? 'Save password' : 'Send reset link'}</button>
      <button type="button" onClick={step.goToSignIn}>Back to sign in</button>
    </form>
  );
}
