import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { usePasswordReset } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, TextInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
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
  const { request } = usePasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const inFlight = useRef(false);
  const resolver = useMemo(() => formResolver<Values>({ email: checks.email }), []);
  const form = useForm<Values>({ resolver, defaultValues: { email: defaultEmail } });
  const fieldError = form.formState.errors.email?.message;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSentTo(null);
    try {
      await request.mutateAsync(email.trim());
      setSentTo(email.trim());
      onSent?.(email.trim());
    } catch {
      form.setFocus('email');
    } finally {
      inFlight.current = false;
    }
  });

  const state = request.isPending ? 'pending' : request.isError ? 'error' : sentTo ? 'sent' : 'idle';
  const footer = onBackToSignIn ? (
    <Button variant="link" data-slot="back-to-sign-in" onClick={onBackToSignIn}>
      {t('reset.request.backToSignIn')}
    </Button>
  ) : undefined;

  return (
    <div className={cx('sa-reset-request', className)} data-slot="password-reset-request" data-state={state}>
      <FormLayout title={t('reset.request.title')} description={t('reset.request.description')} onSubmit={onSubmit} footer={footer}>
        <FormAlert tone="error">{request.error ? formatError(request.error) : null}</FormAlert>
        <FormAlert tone="success">{sentTo ? t('reset.request.sent', { email: sentTo }) : null}</FormAlert>
        <Field label={t('field.email')} error={fieldError ? t(fieldError as MessageKey) : undefined} required>
          <TextInput type="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...form.register('email')} />
        </Field>
        <Button type="submit" block loading={request.isPending} loadingText={t('reset.request.submitting')}>
          {t('reset.request.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
