import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useResetStep } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, PasswordInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { formResolver } from '../shared/formSchema';
import { newPasswordChecks } from '../shared/newPasswordChecks';
import { NewPasswordField } from '../shared/NewPasswordField';
import { useFlowErrorsOnForm, useIsInAuthFlow, useStepFlow } from '../shared/flowContext';
import { useMessages } from '../shared/useMessages';

export interface PasswordResetConfirmProps {
  /** The token from the reset link (e.g. read from the URL by the app). */
  token: string;
  /** Called once the new password is saved. */
  onReset?: () => void;
  /** Shows "Sign in" after success. */
  onSignInRequested?: () => void;
  /** Shows "Send reset link" when the link is invalid or expired. */
  onRequestNewLink?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  password: string;
  repeat: string;
}

/** "Set a new password" from a reset link. */
export function PasswordResetConfirm({ token, onReset, onSignInRequested, onRequestNewLink, className, messages }: PasswordResetConfirmProps) {
  const i18n = useMessages(messages);
  const { t, formatError } = i18n;
  const inFlow = useIsInAuthFlow();
  const flow = useStepFlow({ initialStep: 'resetConfirm', resetToken: token });
  const step = useResetStep(flow);
  const { policy } = step;
  const resolver = useMemo(() => {
    const c = newPasswordChecks<Values>(policy, 'password');
    return formResolver<Values>({ password: c.next, repeat: c.repeat });
  }, [policy]);
  const form = useForm<Values>({ resolver, defaultValues: { password: '', repeat: '' } });
  const { errors } = form.formState;

  const formError = useFlowErrorsOnForm(flow, form, { secrets: ['password', 'repeat'], fields: { password: 'password' } });
  const done = flow.status === 'success';
  const error = formError ? step.error : null;
  const reported = useRef(false);
  useEffect(() => {
    if (!done || reported.current) return;
    reported.current = true;
    onReset?.();
  }, [done, onReset]);
  const onSubmit = form.handleSubmit(({ password }) => step.confirm(password));

  const invalidLink = error?.code === 'TOKEN_INVALID';
  const state = step.isPending ? 'pending' : done ? 'success' : invalidLink ? 'invalidLink' : error ? 'error' : 'idle';
  const fieldError = (key: string | undefined) => (key ? t(key as MessageKey) : undefined);

  return (
    <div className={cx('sa-reset-confirm', className)} data-slot="password-reset-confirm" data-state={state}>
      <FormLayout title={t('reset.confirm.title')} description={t('reset.confirm.description')} onSubmit={onSubmit}>
        <FormAlert
          tone="error"
          action={
            invalidLink && (onRequestNewLink || inFlow) ? (
              <Button variant="secondary" data-slot="request-new-link" onClick={() => (inFlow ? step.goToRequest() : onRequestNewLink?.())}>
                {t('reset.request.submit')}
              </Button>
            ) : undefined
          }
        >
          {invalidLink ? t('reset.confirm.invalidLink') : error ? formatError(error) : null}
        </FormAlert>
        <FormAlert
          tone="success"
          action={
            done && (onSignInRequested || inFlow) ? (
              <Button data-slot="sign-in" onClick={() => (inFlow ? step.goToSignIn() : onSignInRequested?.())}>
                {t('account.signIn')}
              </Button>
            ) : undefined
          }
        >
          {done ? t('reset.confirm.success') : null}
        </FormAlert>
        {done ? null : (
          <>
            <NewPasswordField label={t('field.newPassword')} value={form.watch('password')} policy={policy} i18n={i18n} error={fieldError(errors.password?.message)} {...form.register('password')} />
            <Field label={t('field.confirmPassword')} error={fieldError(errors.repeat?.message)} required>
              <PasswordInput autoComplete="new-password" {...form.register('repeat')} />
            </Field>
            <Button type="submit" block loading={step.isPending} loadingText={t('reset.confirm.submitting')}>
              {t('reset.confirm.submit')}
            </Button>
          </>
        )}
      </FormLayout>
    </div>
  );
}
