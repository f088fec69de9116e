import { useState, type FormEvent } from 'react';
import { useConditionalSignIn } from '@synerise-auth/react';
import { errorKey, useCopy } from './copy';

export interface CustomSignInProps {
  onPin: (email: string) => void;
  onRegister: () => void;
}

/** Conditional sign-in: every server status is a value, terms are asked for in place. */
export function CustomSignIn({ onPin, onRegister }: CustomSignInProps) {
  const t = useCopy();
  const signIn = useConditionalSignIn();
  const [accepted, setAccepted] = useState<Record<string, boolean>>({});
  const result = signIn.data;
  const conditions = result?.status === 'termsAcceptanceRequired' ? result.conditions : [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email')).trim();
    const agreements = conditions.length > 0 ? accepted : undefined;
    signIn.mutate(
      { identityProvider: 'SYNERISE', email, password: String(form.get('password')), ...(agreements ? { agreements } : {}) },
      { onSuccess: (r) => r.status === 'activationRequired' && r.conditions.includes('PIN_CODE') && onPin(email) },
    );
  }

  const problem = (() => {
    if (signIn.error) {
      const { key, params } = errorKey(signIn.error);
      return t(key, params);
    }
    switch (result?.status) {
      case 'unauthorized':
        return t('wrong');
      case 'registrationRequired':
        return t('noAccount');
      case 'activationRequired':
        return t('notActivated');
      case 'mfaRequired':
      case 'approvalRequired':
      case 'unknown':
        return t('unsupported', { status: result.status });
      default:
        return null;
    }
  })();

  return (
    <form className="demo-form" onSubmit={submit} aria-labelledby="custom-signin-title" noValidate={false}>
      <h2 id="custom-signin-title">{t('signInTitle')}</h2>
      <label className="demo-field">
        <span>{t('email')}</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="demo-field">
        <span>{t('password')}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {conditions.length > 0 && (
        <fieldset className="demo-terms">
          <legend>{t('terms')}</legend>
          {conditions.map((name) => (
            <label key={name} className="demo-check">
              <input type="checkbox" checked={accepted[name] ?? false} onChange={(e) => setAccepted({ ...accepted, [name]: e.target.checked })} />
              <span>{t('agreement', { name })}</span>
            </label>
          ))}
        </fieldset>
      )}
      {problem && (
        <p role="alert" className="demo-alert">
          {problem}
        </p>
      )}
      <button type="submit" className="demo-button" disabled={signIn.isPending}>
        {signIn.isPending ? t('signingIn') : t('submitSignIn')}
      </button>
      <button type="button" className="demo-link" onClick={onRegister}>
        {t('toRegister')}
      </button>
    </form>
  );
}
