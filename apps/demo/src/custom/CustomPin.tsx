import { usePinStep, type AuthFlowHandle } from '@synerise-auth/react';
import { errorKey, useCopy } from './copy';

/** PIN confirmation: the countdowns tick and survive a reload (the flow reads the core's PIN state). */
export function CustomPin({ flow }: { flow: AuthFlowHandle }) {
  const t = useCopy();
  const step = usePinStep(flow);
  const { pin } = step;
  const problem = step.error ? errorKey(step.error) : null;

  return (
    <form className="demo-form" {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>{t('pinTitle')}</h2>
      <p>{t('pinSent', { n: pin.length, email: step.email })}</p>
      <p className="demo-muted" aria-live="off">
        {pin.expiresInSeconds > 0 ? t('pinExpires', { s: pin.expiresInSeconds }) : t('pinNone')}
      </p>
      <div className="demo-field">
        <label htmlFor={step.getPinInputProps().id}>{t('code')}</label>
        <input className="demo-pin" {...step.getPinInputProps()} />
      </div>
      <p className="demo-alert" {...step.getErrorProps()} hidden={!problem}>
        {problem ? t(problem.key, problem.params) : null}
      </p>
      <button className="demo-button" {...step.getSubmitButtonProps()}>
        {t('confirm')}
      </button>
      <div className="demo-row">
        <button className="demo-button demo-button--ghost" {...step.getResendButtonProps()}>
          {pin.canResend ? t('resend') : t('resendIn', { s: pin.cooldownSeconds })}
        </button>
        <button type="button" className="demo-link" onClick={() => flow.goTo('signIn')}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
