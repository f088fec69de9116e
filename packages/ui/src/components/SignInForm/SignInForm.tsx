import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useAuthSettings, useConditionalSignIn, useSignIn } from '@synerise-auth/react';
import type { ConditionalSignInResult } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, PasswordInput, TextInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { ConditionalNotice, isNoticeStatus } from '../shared/ConditionalNotice';
import { checks, formResolver } from '../shared/formSchema';
import { applyServerError } from '../shared/serverErrors';
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

type Outcome = ConditionalSignInResult | null;
export type SignInFormState = 'idle' | 'pending' | 'error' | ConditionalSignInResult['status'];

/** E-mail + password sign-in (RaaS) that shows every server outcome. */
export function SignInForm({ onSignedIn, onRegisterRequested, onForgotPassword, onPinRequired, defaultEmail = '', mode = 'conditional', className, messages }: SignInFormProps) {
  const i18n = useMessages(messages);
  const { t, formatError } = i18n;
  const conditional = useConditionalSignIn();
  const login = useSignIn();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<unknown>(null);
  const resolver = useMemo(() => formResolver<Values>({ email: checks.email, password: checks.required }), []);
  const form = useForm<Values>({ resolver, defaultValues: { email: defaultEmail, password: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors, isSubmitting } = form.formState;
  const conditions = useMemo(() => (outcome?.status === 'termsAcceptanceRequired' ? outcome.conditions : []), [outcome]);
  const terms = useTerms(conditions);
  const pending = isSubmitting || conditional.isPending || login.isPending;
  const inFlight = useRef(false);

  const fail = (e: unknown) => {
    setOutcome(null);
    if (applyServerError(form, e, { secrets: ['password'], fields: { email: 'email', password: 'password' } })) {
      setError(e);
      form.setFocus('password');
    }
  };

  const { activationMethod } = useAuthSettings();
  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    if (inFlight.current) return;
    if (conditions.length > 0 && !terms.validate()) return;
    inFlight.current = true;
    setError(null);
    try {
      if (mode === 'login') {
        await login.mutateAsync({ email: email.trim(), password });
        setOutcome({ status: 'success', expiresAt: undefined });
        onSignedIn?.();
        return;
      }
      const agreements = conditions.length > 0 ? terms.agreements() : undefined;
      const result = await conditional.mutateAsync({ identityProvider: 'SYNERISE', email: email.trim(), password, ...(agreements ? { agreements } : {}) });
      if (result.status === 'unauthorized') return fail({ code: 'INVALID_CREDENTIALS' });
      // "Activation required" does not say link or PIN: the configured activation method does.
      if (result.status === 'activationRequired' && (activationMethod === 'pin' || result.conditions.includes('PIN_CODE')) && onPinRequired) {
        return onPinRequired(email.trim());
      }
      setOutcome(result);
      if (result.status === 'success') onSignedIn?.();
    } catch (e) {
      fail(e);
    } finally {
      inFlight.current = false;
    }
  });

  const email = form.watch('email');
  const state: SignInFormState = pending ? 'pending' : error ? 'error' : (outcome?.status ?? 'idle');
  const fieldError = (key: string | undefined) => (key ? t(key as MessageKey) : undefined);
  const footer = onRegisterRequested ? (
    <div className="sa-sign-in-links" data-slot="sign-in-links">
      <p className="sa-hint">
        {t('signIn.noAccount')}{' '}
        <Button variant="link" data-slot="create-account" onClick={() => onRegisterRequested(email.trim())}>
          {t('signIn.createAccount')}
        </Button>
      </p>
    </div>
  ) : undefined;
  // By the password label (like Clerk's <SignIn/>), where a customer who forgot it looks.
  const forgot = onForgotPassword ? (
    <Button variant="link" data-slot="forgot-password" onClick={() => onForgotPassword(email.trim())}>
      {t('signIn.forgotPassword')}
    </Button>
  ) : undefined;

  return (
    <div className={cx('sa-sign-in', className)} data-slot="sign-in-form" data-state={state} data-mode={mode}>
      <FormLayout title={t('signIn.title')} description={t('signIn.description')} onSubmit={onSubmit} footer={footer}>
        <FormAlert tone="error">{error ? formatError(error) : null}</FormAlert>
        <Field label={t('field.email')} error={fieldError(errors.email?.message)} required>
          <TextInput type="email" autoComplete="username" inputMode="email" autoCapitalize="none" spellCheck={false} readOnly={pending} {...form.register('email')} />
        </Field>
        <Field label={t('field.password')} action={forgot} error={fieldError(errors.password?.message)} required>
          <PasswordInput autoComplete="current-password" readOnly={pending} {...form.register('password')} />
        </Field>
        {conditions.length > 0 ? <TermsFields terms={terms} i18n={i18n} /> : null}
        {outcome && isNoticeStatus(outcome) ? (
          <ConditionalNotice
            result={outcome}
            email={email.trim()}
            i18n={i18n}
            onRegisterRequested={onRegisterRequested ? () => onRegisterRequested(email.trim()) : undefined}
          />
        ) : null}
        <FormAlert tone="success">{outcome?.status === 'success' && !onSignedIn ? t('signIn.success') : null}</FormAlert>
        <Button type="submit" block loading={pending} loadingText={t('signIn.submitting')}>
          {conditions.length > 0 ? t('status.termsRequired.submit') : t('signIn.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
