import { useState, type FormEvent } from 'react';
import { usePasswordPolicy, useRegister } from '@synerise-auth/react';
import { errorKey, useCopy, type CopyKey } from './copy';

export interface CustomRegisterProps {
  onPin: (email: string) => void;
  onSignIn: () => void;
}

/** Registration with the workspace password policy as a live checklist. */
export function CustomRegister({ onPin, onSignIn }: CustomRegisterProps) {
  const t = useCopy();
  const register = useRegister();
  const policy = usePasswordPolicy();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const checklist = policy.evaluate(password);
  const outcome = register.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const firstName = String(new FormData(event.currentTarget).get('firstName') ?? '').trim();
    const address = email.trim();
    register.mutate(
      { email: address, password, ...(firstName ? { firstName } : {}) },
      { onSuccess: (r) => r.status === 'pinRequired' && onPin(address) },
    );
  }

  if (outcome?.status === 'activationRequired' || (outcome?.status === 'checkEmail' && !outcome.signedIn)) {
    const key: CopyKey = outcome.status === 'activationRequired' ? 'checkInbox' : 'confirmThenSignIn';
    return (
      <div className="demo-form">
        <h2>{t('registerTitle')}</h2>
        <p role="status" className="demo-note">
          {t(key, { email })}
        </p>
        <button type="button" className="demo-link" onClick={onSignIn}>
          {t('toSignIn')}
        </button>
      </div>
    );
  }

  const error = register.error ? errorKey(register.error) : null;
  return (
    <form className="demo-form" onSubmit={submit} aria-labelledby="custom-register-title">
      <h2 id="custom-register-title">{t('registerTitle')}</h2>
      <label className="demo-field">
        <span>{t('email')}</span>
        <input name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className="demo-field">
        <span>{t('firstName')}</span>
        <input name="firstName" autoComplete="given-name" />
      </label>
      <label className="demo-field">
        <span>{t('password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={policy.minLength}
          maxLength={policy.maxLength}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="custom-rules"
          aria-invalid={register.error?.code === 'POLICY_VIOLATION' || undefined}
          {...({ passwordrules: policy.passwordRules } as object)}
        />
      </label>
      <ul id="custom-rules" className="demo-rules" aria-label={t('rules')}>
        {checklist.map((rule) => (
          <li key={rule.id} data-passed={rule.passed}>
            <span aria-hidden="true">{rule.passed ? '✓' : '•'}</span> {t(`rule_${rule.id}`, { n: rule.params.min ?? rule.params.max ?? '' })}
            <span className="demo-sr-only"> ({rule.passed ? t('met') : t('notMet')})</span>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="demo-alert">
          {t(error.key, error.params)}
        </p>
      )}
      <button type="submit" className="demo-button" disabled={register.isPending || checklist.some((r) => !r.passed)}>
        {register.isPending ? t('creating') : t('submitRegister')}
      </button>
      <button type="button" className="demo-link" onClick={onSignIn}>
        {t('toSignIn')}
      </button>
    </form>
  );
}
