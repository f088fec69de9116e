import { useState } from 'react';
import { useRegisterStep, type AuthFlowHandle } from '@synerise-auth/react';
import { errorKey, useCopy } from './copy';

/** Registration with the workspace password policy as a live checklist; the flow picks the next step. */
export function CustomRegister({ flow }: { flow: AuthFlowHandle }) {
  const t = useCopy();
  const step = useRegisterStep(flow);
  const [password, setPassword] = useState('');
  const checklist = step.policy.evaluate(password);

  if (flow.step === 'activationPending' || flow.step === 'checkEmail') {
    return (
      <div className="demo-form">
        <h2 tabIndex={-1}>{t('registerTitle')}</h2>
        <p role="status" className="demo-note">
          {t(flow.step === 'activationPending' ? 'checkInbox' : 'confirmThenSignIn', { email: flow.email })}
        </p>
        <button type="button" className="demo-link" onClick={step.goToSignIn}>
          {t('toSignIn')}
        </button>
      </div>
    );
  }

  const error = step.error ? errorKey(step.error) : null;
  const passwordProps = step.getPasswordInputProps({ value: password, onChange: (e: { target: { value: string } }) => setPassword(e.target.value) });
  return (
    <form className="demo-form" {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>{t('registerTitle')}</h2>
      <div className="demo-field">
        <label htmlFor={step.getEmailInputProps().id}>{t('email')}</label>
        <input {...step.getEmailInputProps()} />
      </div>
      <div className="demo-field">
        <label htmlFor={step.getNameInputProps('firstName').id}>{t('firstName')}</label>
        <input {...step.getNameInputProps('firstName')} />
      </div>
      <div className="demo-field">
        <label htmlFor={passwordProps.id}>{t('password')}</label>
        <input {...passwordProps} aria-describedby={[passwordProps['aria-describedby'], 'custom-rules'].filter(Boolean).join(' ')} />
      </div>
      <ul id="custom-rules" className="demo-rules" aria-label={t('rules')}>
        {checklist.map((rule) => (
          <li key={rule.id} data-passed={rule.passed}>
            <span aria-hidden="true">{rule.passed ? '✓' : '•'}</span> {t(`rule_${rule.id}`, { n: rule.params.min ?? rule.params.max ?? '' })}
            <span className="demo-sr-only"> ({rule.passed ? t('met') : t('notMet')})</span>
          </li>
        ))}
      </ul>
      <p className="demo-alert" {...step.getErrorProps()} hidden={!error}>
        {error ? t(error.key, error.params) : null}
      </p>
      <button className="demo-button" {...step.getSubmitButtonProps()} disabled={checklist.some((r) => !r.passed)}>
        {step.isPending ? t('creating') : t('submitRegister')}
      </button>
      <button type="button" className="demo-link" onClick={step.goToSignIn}>
        {t('toSignIn')}
      </button>
    </form>
  );
}
