// A complete custom sign-in + registration + PIN form written only with the hooks of
// @synerise-auth/react and plain HTML (no styling). Kept in sync with the README and
// type-checked/tested as part of the package.
import { useState, type FormEvent } from 'react';
import type { AuthError } from '@synerise-auth/core';
import {
  useAuthSettings,
  useConditionalSignIn,
  usePasswordPolicy,
  usePinConfirmation,
  useRegister,
  useSession,
  useSignOut,
} from '../index';

type Step = { name: 'signIn' } | { name: 'register' } | { name: 'pin'; email: string };

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
  const status = useSession((s) => s.status);
  const email = useSession((s) => s.profile?.email);
  const signOut = useSignOut();
  const [step, setStep] = useState<Step>({ name: 'signIn' });

  if (status === 'booting') return <p>Loading…</p>;
  if (status === 'authenticated') {
    return (
      <section>
        <p>Signed in as {email}</p>
        <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => setStep({ name: 'signIn' }) })}>
          Sign out
        </button>
      </section>
    );
  }
  if (step.name === 'pin') return <PinForm email={step.email} onBack={() => setStep({ name: 'signIn' })} />;
  if (step.name === 'register') {
    return <RegisterForm onPin={(e) => setStep({ name: 'pin', email: e })} onSignIn={() => setStep({ name: 'signIn' })} />;
  }
  return <SignInForm onPin={(e) => setStep({ name: 'pin', email: e })} onRegister={() => setStep({ name: 'register' })} />;
}

function SignInForm({ onPin, onRegister }: { onPin: (email: string) => void; onRegister: () => void }) {
  const signIn = useConditionalSignIn();
  const [accepted, setAccepted] = useState<Record<string, boolean>>({});
  const result = signIn.data;
  // "Activation required" does not say link or PIN: the workspace configuration does.
  const byPin = useAuthSettings().activationMethod === 'pin';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    signIn.mutate(
      { email, password: String(form.get('password')), agreements: accepted },
      { onSuccess: (r) => r.status === 'activationRequired' && byPin && onPin(email) },
    );
  }

  return (
    <form onSubmit={submit} aria-label="Sign in">
      <label>
        E-mail <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {result?.status === 'termsAcceptanceRequired' && (
        <fieldset>
          <legend>Please accept to continue</legend>
          {result.conditions.map((name) => (
            <label key={name}>
              <input type="checkbox" checked={accepted[name] ?? false} onChange={(e) => setAccepted({ ...accepted, [name]: e.target.checked })} />{' '}
              {name}
            </label>
          ))}
        </fieldset>
      )}
      {result?.status === 'activationRequired' && !byPin && (
        <p role="status">Activate your account with the link we e-mailed you, then sign in.</p>
      )}
      {result?.status === 'unauthorized' && <p role="alert">Wrong e-mail or password.</p>}
      {result?.status === 'registrationRequired' && <p role="alert">No account with this e-mail yet. Create one?</p>}
      {(result?.status === 'mfaRequired' || result?.status === 'approvalRequired' || result?.status === 'unknown') && (
        <p role="alert">This account needs an extra step we do not support here ({result.status}).</p>
      )}
      {signIn.error && <p role="alert">{describeError(signIn.error)}</p>}
      <button type="submit" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      <button type="button" onClick={onRegister}>
        Create an account
      </button>
    </form>
  );
}

function RegisterForm({ onPin, onSignIn }: { onPin: (email: string) => void; onSignIn: () => void }) {
  const register = useRegister();
  const policy = usePasswordPolicy();
  const [password, setPassword] = useState('');
  const checklist = policy.evaluate(password);
  const outcome = register.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email'));
    register.mutate({ email, password }, { onSuccess: (r) => r.status === 'pinRequired' && onPin(email) });
  }

  if (outcome?.status === 'activationRequired') return <p role="status">Check your inbox for the activation link.</p>;
  if (outcome?.status === 'checkEmail' && !outcome.signedIn) return <p role="status">Confirm your e-mail, then sign in.</p>;

  return (
    <form onSubmit={submit} aria-label="Create an account">
      <label>
        E-mail <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password{' '}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={policy.minLength}
          maxLength={policy.maxLength}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={register.error?.code === 'POLICY_VIOLATION' || undefined}
          {...({ passwordrules: policy.passwordRules } as object)}
        />
      </label>
      <ul aria-label="Password rules">
        {checklist.map((rule) => (
          <li key={rule.id} data-passed={rule.passed}>
            {rule.passed ? '✓' : '✗'} {rule.id}
            {rule.params.min !== undefined ? ` ${rule.params.min}` : ''}
            {rule.params.max !== undefined ? ` ${rule.params.max}` : ''}
          </li>
        ))}
      </ul>
      {register.error && <p role="alert">{describeError(register.error)}</p>}
      <button type="submit" disabled={register.isPending || checklist.some((r) => !r.passed)}>
        Create account
      </button>
      <button type="button" onClick={onSignIn}>
        I have an account
      </button>
    </form>
  );
}

function PinForm({ email, onBack }: { email: string; onBack: () => void }) {
  const pin = usePinConfirmation(email);
  const length = useAuthSettings().pinConfirmationLength;
  const error = pin.confirm.error ?? pin.resend.error ?? pin.request.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pin.confirm.mutate(String(new FormData(event.currentTarget).get('pin')));
  }

  return (
    <form onSubmit={submit} aria-label="Confirm your e-mail">
      <p>We sent a {length}-digit code to {email}.</p>
      {pin.expiresInSeconds > 0 ? <p>The code expires in {pin.expiresInSeconds} s.</p> : <p>No valid code: send a new one.</p>}
      <label>
        Code{' '}
        <input name="pin" inputMode="numeric" autoComplete="one-time-code" pattern={`\\d{${length}}`} maxLength={length} required />
      </label>
      {error && <p role="alert">{describeError(error)}</p>}
      <button type="submit" disabled={pin.confirm.isPending}>
        Confirm
      </button>
      <button type="button" disabled={!pin.canResend || pin.resend.isPending} onClick={() => pin.resend.mutate()}>
        {pin.canResend ? 'Send a new code' : `Send a new code in ${pin.cooldownSeconds} s`}
      </button>
      <button type="button" onClick={onBack}>
        Back
      </button>
    </form>
  );
}
