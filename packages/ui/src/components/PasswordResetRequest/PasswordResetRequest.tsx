import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useResetStep } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, TextInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { useIsInAuthFlow, useStepChange, useStepFlow } from '../shared/flowContext';
import { checks, formResolver } from '../shared/formSchema';
import { useMessages } from '../shared/useMessages';

export interface PasswordResetRequestProps {
  defaultEmail?: string;
  /** Called after the reset e-mail was requested (the server never says whether the account exists). */
  onSent?: (email: string) => void;
  /** Shows "Back to sign in". */
  onBackToSignIn?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  email: string;
}

/** "Forgot your password?": e-mails a reset link. */
export function PasswordResetRequest({ defaultEmail = '', onSent, onBackToSignIn, className, messages }: PasswordResetRequestProps) {
  const { t, formatError } = useMessages(messages);
  const inFlow = useIsInAuthFlow();
  const flow = useStepFlow({ initialStep: 'resetRequest', email: defaultEmail });
  const step = useResetStep(flow);
  const resolver = useMemo(() => formResolver<Values>({ email: checks.email }), []);
  const form = useForm<Values>({ resolver, defaultValues: { email: defaultEmail || flow.email } });
  const fieldError = form.formState.errors.email?.message;
  const sentTo = flow.step === 'resetSent' ? flow.email : null;
  const error = flow.status === 'error' ? step.error : null;

  useStepChange(flow.step, (next) => {
    if (next === 'resetSent') onSent?.(flow.email);
  });
  const onSubmit = form.handleSubmit(({ email }) => step.request(email));
  const back = () => (inFlow ? step.goToSignIn() : onBackToSignIn?.());

  const state = step.isPending ? 'pending' : error ? 'error' : sentTo ? 'sent' : 'idle';
  const footer = onBackToSignIn || inFlow ? (
    <Button variant="link" data-slot="back-to-sign-in" onClick={back}>
      {t('reset.request.backToSignIn')}
    </Button>
  ) : undefined;

  return (
    <div className={cx('sa-reset-request', className)} data-slot="password-reset-request" data-state={state}>
      <FormLayout title={t('reset.request.title')} description={t('reset.request.description')} onSubmit={onSubmit} footer={footer}>
        <FormAlert tone="error">{error ? formatError(error) : null}</FormAlert>
        <FormAlert tone="success">{sentTo ? t('reset.request.sent', { email: sentTo }) : null}</FormAlert>
        <Field label={t('field.email')} error={fieldError ? t(fieldError as MessageKey) : undefined} required>
          <TextInput type="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...form.register('email', { onChange: (e: { target: { value: string } }) => flow.setEmail(e.target.value) })} />
        </Field>
        <Button type="submit" block loading={step.isPending} loadingText={t('reset.request.submitting')}>
          {t('reset.request.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
