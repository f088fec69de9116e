import { useMemo, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useAuthSettings, useRegisterStep } from '@synerise-auth/react';
import type { AuthFlowHandle, RegistrationResult } from '@synerise-auth/react';
import { Button, Checkbox, Field, FormAlert, FormLayout, TextInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { checks, formResolver } from '../shared/formSchema';
import { NewPasswordField } from '../shared/NewPasswordField';
import { useFlowErrorsOnForm, useIsInAuthFlow, useStepChange, useStepFlow } from '../shared/flowContext';
import type { AgreementName } from '../shared/TermsFields';
import { tDynamic, useMessages } from '../shared/useMessages';
import { RegisterNext } from './RegisterNext';

export interface RegisterFormProps {
  /** Called after a successful registration with what comes next (signed in, check e-mail, activate, PIN) and the registered e-mail. */
  onRegistered?: (result: RegistrationResult, details: { email: string }) => void;
  /** Called when the customer ends up signed in (at once, after the PIN, or "Continue"). */
  onSignedIn?: () => void;
  /** "Already have an account? Sign in"; gets the typed e-mail. */
  onSignInRequested?: (email: string) => void;
  defaultEmail?: string;
  /** Optional marketing consents offered (default e-mail and SMS). */
  marketingAgreements?: readonly AgreementName[];
  /** Show the built-in next step (PIN form, activation / confirmation notice); default true. */
  showNextStep?: boolean;
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  agreements: Record<string, boolean>;
}

const FIELDS = { email: 'email', password: 'password', firstName: 'firstName', lastName: 'lastName' } as const;

/** What the flow's step after a registration means, as the `onRegistered` result. */
function resultOf(flow: AuthFlowHandle): RegistrationResult | null {
  switch (flow.step) {
    case 'pin':
      return { status: 'pinRequired', pinLength: flow.pin?.length ?? 6, expiresInSeconds: flow.pin?.expiresInSeconds ?? 0, cooldownSeconds: flow.pin?.cooldownSeconds ?? 0 };
    case 'activationPending':
      return { status: 'activationRequired' };
    case 'checkEmail':
      return { status: 'checkEmail', signedIn: flow.signedIn ?? false };
    case 'signedIn':
      return { status: 'signedIn' };
    default:
      return null;
  }
}

/** Registration (RaaS) with a live password checklist; the next step is the flow's (`useRegisterStep`). */
export function RegisterForm(props: RegisterFormProps) {
  const { onRegistered, onSignedIn, onSignInRequested, defaultEmail = '', marketingAgreements = ['email', 'sms'], showNextStep = true, className, messages } = props;
  const i18n = useMessages(messages);
  const { t, formatError } = i18n;
  const inFlow = useIsInAuthFlow();
  const flow = useStepFlow({ initialStep: 'register', email: defaultEmail });
  const step = useRegisterStep(flow);
  const policy = step.policy;
  // Required agreements are configuration (the provider's `settings`), never fetched.
  const required = useAuthSettings().requiredAgreements;
  const [done, setDone] = useState<{ result: RegistrationResult; email: string } | null>(null);
  const resolver = useMemo(
    () => formResolver<Values>({ email: checks.email, password: checks.schema(policy.schema, 'validation.passwordPolicy') }),
    [policy.schema],
  );
  const form = useForm<Values>({ resolver, defaultValues: { email: defaultEmail || flow.email, password: '', firstName: '', lastName: '', agreements: {} } });
  const { errors } = form.formState;
  const offered = [...required, ...marketingAgreements.filter((name) => !required.includes(name))];

  const formError = useFlowErrorsOnForm(flow, form, { secrets: ['password'], fields: FIELDS, onFormError: () => form.setFocus('password') });
  useStepChange(flow.step, (next, previous) => {
    const result = previous === 'register' ? resultOf(flow) : null;
    if (!result) return;
    if (!inFlow) setDone({ result, email: flow.email });
    onRegistered?.(result, { email: flow.email });
    if (result.status === 'signedIn') onSignedIn?.();
  });

  const onSubmit = form.handleSubmit((values) => {
    const missing = required.filter((name) => !values.agreements[name]);
    missing.forEach((name) => form.setError(`agreements.${name}`, { type: 'required', message: 'validation.agreementRequired' }));
    if (missing[0]) return form.setFocus(`agreements.${missing[0]}` as Path<Values>);
    const agreements = Object.fromEntries(offered.map((name) => [name, Boolean(values.agreements[name])]));
    step.submit({ email: values.email, password: values.password, firstName: values.firstName, lastName: values.lastName, agreements });
  });

  const state = step.isPending ? 'pending' : done ? done.result.status : formError ? 'error' : 'idle';
  const fieldError = (key: string | undefined) => (key ? t(key as MessageKey) : undefined);
  const email = form.watch('email');

  if (done && showNextStep) {
    return (
      <div className={cx('sa-register', className)} data-slot="register-form" data-state={state}>
        <RegisterNext {...done} i18n={i18n} messages={messages} onSignedIn={onSignedIn} onSignInRequested={onSignInRequested} onStartOver={() => (setDone(null), flow.goTo('register'))} />
      </div>
    );
  }

  const footer = onSignInRequested || inFlow ? (
    <p className="sa-hint">
      {t('register.haveAccount')}{' '}
      <Button variant="link" data-slot="sign-in-link" onClick={() => (inFlow ? step.goToSignIn() : onSignInRequested?.(email.trim()))}>
        {t('register.signIn')}
      </Button>
    </p>
  ) : undefined;

  return (
    <div className={cx('sa-register', className)} data-slot="register-form" data-state={state}>
      <FormLayout title={t('register.title')} description={t('register.description')} onSubmit={onSubmit} footer={footer}>
        <FormAlert tone="error">{formError ? formatError(step.error) : null}</FormAlert>
        <Field label={t('field.email')} error={fieldError(errors.email?.message)} required>
          <TextInput type="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...form.register('email', { onChange: (e: { target: { value: string } }) => flow.setEmail(e.target.value) })} />
        </Field>
        <NewPasswordField label={t('field.password')} value={form.watch('password')} policy={policy} i18n={i18n} error={fieldError(errors.password?.message)} {...form.register('password')} />
        <div className="sa-register-names" data-slot="register-names">
          <Field label={`${t('field.firstName')} ${t('common.optional')}`} error={fieldError(errors.firstName?.message)}>
            <TextInput autoComplete="given-name" {...form.register('firstName')} />
          </Field>
          <Field label={`${t('field.lastName')} ${t('common.optional')}`} error={fieldError(errors.lastName?.message)}>
            <TextInput autoComplete="family-name" {...form.register('lastName')} />
          </Field>
        </div>
        {offered.length > 0 ? (
          <fieldset className="sa-agreements" data-slot="agreements">
            <legend className="sa-label">{t('register.agreements')}</legend>
            {offered.map((name) => (
              <Checkbox
                key={name}
                label={tDynamic(i18n, `agreement.${name}.consent`, tDynamic(i18n, `agreement.${name}`, name))}
                required={required.includes(name)}
                error={fieldError(errors.agreements?.[name]?.message)}
                {...form.register(`agreements.${name}`)}
              />
            ))}
            {required.length === 0 ? <p className="sa-hint">{t('register.agreements.hint')}</p> : null}
          </fieldset>
        ) : null}
        <Button type="submit" block loading={step.isPending} loadingText={t('register.submitting')}>
          {t('register.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
