import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useChangePassword, usePasswordPolicy } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, PasswordInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { checks, formResolver } from '../shared/formSchema';
import { newPasswordChecks } from '../shared/newPasswordChecks';
import { NewPasswordField } from '../shared/NewPasswordField';
import { applyServerError } from '../shared/serverErrors';
import { useMessages } from '../shared/useMessages';

export interface ChangePasswordFormProps {
  /** Called once the password is changed. */
  onChanged?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const SECRETS = ['currentPassword', 'newPassword', 'repeat'] as const;

/** Change the signed-in customer's password (current + new + repeat). */
export function ChangePasswordForm({ onChanged, className, messages }: ChangePasswordFormProps) {
  const i18n = useMessages(messages);
  const { t, formatError } = i18n;
  const policy = usePasswordPolicy();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const inFlight = useRef(false);
  const resolver = useMemo(() => {
    const c = newPasswordChecks<Values>(policy, 'newPassword');
    return formResolver<Values>({ currentPassword: checks.required, newPassword: c.next, repeat: c.repeat });
  }, [policy]);
  const form = useForm<Values>({ resolver, defaultValues: { currentPassword: '', newPassword: '', repeat: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setError(null);
    setDone(false);
    try {
      await change.mutateAsync({ oldPassword: currentPassword, newPassword });
      form.reset();
      setDone(true);
      onChanged?.();
    } catch (e) {
      const wrongCurrent = (e as { code?: string }).code === 'INVALID_CREDENTIALS';
      if (wrongCurrent) {
        // Only the current password was wrong: the new one (and its repeat) stay typed.
        form.setValue('currentPassword', '');
        form.setError('currentPassword', { type: 'server', message: 'changePassword.wrongCurrent' });
        form.setFocus('currentPassword');
      } else if (applyServerError(form, e, { secrets: SECRETS, fields: { oldPassword: 'currentPassword', password: 'newPassword' } })) {
        setError(e);
        form.setFocus('currentPassword');
      }
    } finally {
      inFlight.current = false;
    }
  });

  const state = change.isPending ? 'pending' : done ? 'success' : error ? 'error' : 'idle';
  const fieldError = (key: string | undefined) => (key ? t(key as MessageKey) : undefined);

  return (
    <div className={cx('sa-change-password', className)} data-slot="change-password-form" data-state={state}>
      <FormLayout title={t('changePassword.title')} onSubmit={onSubmit}>
        <FormAlert tone="error">{error ? formatError(error) : null}</FormAlert>
        <FormAlert tone="success">{done ? t('changePassword.success') : null}</FormAlert>
        <Field label={t('field.currentPassword')} error={fieldError(errors.currentPassword?.message)} required>
          <PasswordInput autoComplete="current-password" {...form.register('currentPassword')} />
        </Field>
        <NewPasswordField label={t('field.newPassword')} value={form.watch('newPassword')} policy={policy} i18n={i18n} error={fieldError(errors.newPassword?.message)} {...form.register('newPassword')} />
        <Field label={t('field.confirmPassword')} error={fieldError(errors.repeat?.message)} required>
          <PasswordInput autoComplete="new-password" {...form.register('repeat')} />
        </Field>
        <Button type="submit" block loading={change.isPending} loadingText={t('changePassword.submitting')}>
          {t('changePassword.submit')}
        </Button>
      </FormLayout>
    </div>
  );
}
