import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useSignInStep } from '@synerise-auth/react';
import type { ConditionalSignInResult } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, PasswordInput, TextInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { ConditionalNotice, isNoticeStatus } from '../shared/ConditionalNotice';
import { useFlowErrorsOnForm, useFlowOptions, useIsInAuthFlow, useStepChange, useStepFlow } from '../shared/flowContext';
import { checks, formResolver } from '../shared/formSchema';
import { TermsFields, useTerms } from '../shared/TermsFields';
import { useMessages } from '../shared/useMessages';

export interface SignInFormProps {
  /** Called once the customer is signed in. */
  onSignedIn?: () => void;
  /** "Create an account" (footer link and REGISTRATION_REQUIRED); gets the typed e-mail. */
  onRegisterRequested?: (email: string) => void;
  /** "Forgot your password?"; gets the typed e-mail. */
  onForgotPassword?: (email: string) => void;
  /** ACTIVATION_REQUIRED by PIN (`conditions` has PIN_CODE): hand over to a PIN step instead of the notice. */
  onPinRequired?: (email: string) => void;
  defaultEmail?: string;
  /** `conditional` (default) never creates an account and reports every server status; `login` is the plain RaaS login. */
  mode?: 'conditional' | 'login';
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  email: string;
  password: string;
}

export type SignInFormState = 'idle' | 'pending' | 'error' | ConditionalSignInResult['status'];

const ACTIVATION_BY_PIN: ConditionalSignInResult = { status: 'activationRequired', conditions: ['PIN_CODE'] };

/**
 * E-mail + password sign-in that shows every server outcome. The step logic is the flow's
 * (`useSignInStep`); inside <AuthFlow> it drives the AuthFlow's steps.
 */
export function SignInForm({ onSignedIn, onRegisterRequested, onForgotPassword, onPinRequired, defaultEmail = '', mode = 'conditional', className, messages }: SignInFormProps) {
  const i18n = useMessages(messages);
  const { t, formatError } = i18n;
  const inFlow = useIsInAuthFlow();
  const { hideRegistration } = useFlowOptions();
  const offerRegister = !hideRegistration && (onRegisterRequested !== undefined || inFlow);
  const flow = useStepFlow({ initialStep: 'signIn', email: defaultEmail });
  const step = useSignInStep(flow);
  const resolver = useMemo(() => formResolver<Values>({ email: checks.email, password: checks.required }), []);
  const form = useForm<Values>({ resolver, defaultValues: { email: defaultEmail || flow.email, password: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors } = form.formState;
  const conditions = useMemo(() => (step.needsTerms && step.condition ? step.condition.conditions : []), [step.needsTerms, step.condition]);
  const terms = useTerms(conditions);
  const formError = useFlowErrorsOnForm(flow, form, { secrets: ['password'], fields: { email: 'email', password: 'password' }, onFormError: () => form.setFocus('password') });
  const email = form.watch('email');

  useStepChange(flow.step, (next) => {
    if (next === 'signedIn') onSignedIn?.();
    if (next === 'pin') onPinRequired?.(flow.email);
  });

  const onSubmit = form.handleSubmit(({ email: typed, password }) => {
    if (conditions.length > 0 && !terms.validate()) return;
    step.submit({ email: typed, password, mode, ...(conditions.length > 0 ? { agreements: terms.agreements() } : {}) });
  });

  // Outside AuthFlow without onPinRequired, activation by PIN stays a notice (as before).
  const notice = flow.step === 'pin' && !onPinRequired ? ACTIVATION_BY_PIN : step.condition;
  const state: SignInFormState = step.isPending ? 'pending' : formError ? 'error' : flow.step === 'signedIn' ? 'success' : (notice?.status ?? 'idle');
  const fieldError = (key: string | undefined) => (key ? t(key as MessageKey) : undefined);
  // Inside AuthFlow the links move the flow; on its own the form reports them.
  const register = () => (inFlow ? step.goToRegister() : onRegisterRequested?.(email.trim()));
  const footer = offerRegister ? (
    <div className="sa-sign-in-links" data-slot="sign-in-links">
      <p className="sa-hint">
        {t('signIn.noAccount')}{' '}
        <Button variant="link" data-slot="create-account" onClick={register}>
          {t('signIn.createAccount')}
        </Button>
      </p>
    </div>
  ) : undefined;
  // By the password label (like Clerk's <SignIn/>), where a customer who forgot it looks.
  const forgot = onForgotPassword || inFlow ? (
    <Button variant="link" data-slot="forgot-password" onClick={() => (inFlow ? step.goToReset() : onForgotPassword?.(email.trim()))}>
      {t('signIn.forgotPassword')}
    </Button>
  ) : undefined;

  return (
    <div className={cx('sa-sign-in', className)} data-slot="sign-in-form" data-state={state} data-mode={mode}>
      <FormLayout title={t('signIn.title')} description={t('signIn.description')} onSubmit={onSubmit} footer={footer}>
        <FormAlert tone="error">{formError ? formatError(step.error) : null}</FormAlert>
        <Field label={t('field.email')} error={fieldError(errors.email?.message)} required>
          <TextInput type="email" autoComplete="username" inputMode="email" autoCapitalize="none" spellCheck={false} readOnly={step.isPending} {...form.register('email', { onChange: (e: { target: { value: string } }) => flow.setEmail(e.target.value) })} />
        </Field>
        <Field label={t('field.password')} action={forgot} error={fieldError(errors.password?.message)} required>
          <PasswordInput autoComplete="current-password" readOnly={step.isPending} {...form.register('password')} />
        </Field>
        {conditions.length > 0 ? <TermsFields terms={terms} i18n={i18n} /> : null}
        {notice && isNoticeStatus(notice) ? (
          <ConditionalNotice result={notice} email={email.trim()} i18n={i18n} onRegisterRequested={offerRegister ? register : undefined} />
        ) : null}
        <FormAlert tone="success">{flow.step === 'signedIn' && !onSignedIn && !inFlow ? t('signIn.success') : null}</FormAlert>
        <Button type="submit" block loading={step.isPending} loadingText={t('signIn.submitting')}>
          {conditions.length > 0 ? t('status.termsRequired.submit') : t('signIn.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
