import { useSignInStep, type AuthFlowHandle } from '@synerise-auth/react';
import { errorKey, useCopy } from './copy';

/** Conditional sign-in: the flow says what each server status means; terms are asked for in place. */
export function CustomSignIn({ flow }: { flow: AuthFlowHandle }) {
  const t = useCopy();
  const step = useSignInStep(flow);
  const condition = step.condition;
  const problem = step.error
    ? t(errorKey(step.error).key, errorKey(step.error).params)
    : condition?.status === 'registrationRequired'
      ? t('noAccount')
      : condition?.status === 'activationRequired'
        ? t('notActivated')
        : condition && !step.needsTerms
          ? t('unsupported', { status: condition.status })
          : null;

  return (
    <form className="demo-form" {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>{t('signInTitle')}</h2>
      <div className="demo-field">
        <label htmlFor={step.getEmailInputProps().id}>{t('email')}</label>
        <input {...step.getEmailInputProps()} />
      </div>
      <div className="demo-field">
        <label htmlFor={step.getPasswordInputProps().id}>{t('password')}</label>
        <input {...step.getPasswordInputProps()} />
      </div>
      {step.needsTerms && condition ? (
        <fieldset className="demo-terms">
          <legend>{t('terms')}</legend>
          {condition.conditions.map((name) => (
            <label key={name} className="demo-check">
              <input {...step.getAgreementProps(name)} />
              <span>{t('agreement', { name })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="demo-alert" {...step.getErrorProps()} hidden={!problem}>
        {problem}
      </p>
      <button className="demo-button" {...step.getSubmitButtonProps()}>
        {step.isPending ? t('signingIn') : t('submitSignIn')}
      </button>
      <button type="button" className="demo-link" onClick={step.goToRegister}>
        {t('toRegister')}
      </button>
    </form>
  );
}
