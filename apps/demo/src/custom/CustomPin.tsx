import type { FormEvent } from 'react';
import { useAuthSettings, usePinConfirmation } from '@synerise-auth/react';
import { errorKey, useCopy } from './copy';

/** PIN confirmation: the countdowns tick and survive a reload (the core keeps the PIN state). */
export function CustomPin({ email, onBack }: { email: string; onBack: () => void }) {
  const t = useCopy();
  const pin = usePinConfirmation(email);
  const length = useAuthSettings().pinConfirmationLength;
  const error = pin.confirm.error ?? pin.resend.error ?? pin.request.error;
  const problem = error ? errorKey(error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pin.confirm.mutate(String(new FormData(event.currentTarget).get('pin')).trim());
  }

  return (
    <form className="demo-form" onSubmit={submit} aria-labelledby="custom-pin-title">
      <h2 id="custom-pin-title">{t('pinTitle')}</h2>
      <p>{t('pinSent', { n: length, email })}</p>
      <p className="demo-muted" aria-live="off">
        {pin.expiresInSeconds > 0 ? t('pinExpires', { s: pin.expiresInSeconds }) : t('pinNone')}
      </p>
      <label className="demo-field">
        <span>{t('code')}</span>
        <input
          name="pin"
          className="demo-pin"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern={`\\d{${length}}`}
          maxLength={length}
          required
        />
      </label>
      {problem && (
        <p role="alert" className="demo-alert">
          {t(problem.key, problem.params)}
        </p>
      )}
      <button type="submit" className="demo-button" disabled={pin.confirm.isPending}>
        {t('confirm')}
      </button>
      <div className="demo-row">
        <button type="button" className="demo-button demo-button--ghost" disabled={!pin.canResend || pin.resend.isPending} onClick={() => pin.resend.mutate()}>
          {pin.canResend ? t('resend') : t('resendIn', { s: pin.cooldownSeconds })}
        </button>
        <button type="button" className="demo-link" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
