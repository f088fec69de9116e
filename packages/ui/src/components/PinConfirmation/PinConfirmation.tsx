import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useAuthSettings, usePinConfirmation } from '@synerise-auth/react';
import { Button, Countdown, Field, FormAlert, FormLayout, OtpInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { formResolver } from '../shared/formSchema';
import { useMessages } from '../shared/useMessages';

export interface PinConfirmationProps {
  /** The e-mail the PIN was sent to. */
  email: string;
  /** Called once the PIN is confirmed (the customer is then signed in). */
  onConfirmed?: () => void;
  /** Shows "Use a different e-mail". */
  onChangeEmail?: () => void;
  /** Digits of the code; default: the workspace `pinConfirmationLength` (6). */
  length?: number;
  /** Send a PIN when mounted if none is pending (e.g. sign-in said a PIN is needed). */
  requestOnMount?: boolean;
  className?: string;
  messages?: MessageOverrides;
}

interface Values {
  pin: string;
}

export type PinConfirmationState = 'idle' | 'pending' | 'error' | 'expired' | 'confirmed';

/** One-time-code confirmation with a resend cooldown and an expiry countdown (both survive reload). */
export function PinConfirmation({ email, onConfirmed, onChangeEmail, length: lengthProp, requestOnMount = false, className, messages }: PinConfirmationProps) {
  const { t, formatError } = useMessages(messages);
  const configured = useAuthSettings().pinConfirmationLength;
  const length = lengthProp ?? configured;
  const pin = usePinConfirmation(email);
  const [error, setError] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState(false);
  const sawCode = useRef(false);
  if (pin.expiresInSeconds > 0) sawCode.current = true;
  const expired = sawCode.current && pin.expiresInSeconds === 0;

  const resolver = useMemo(
    () => formResolver<Values>({ pin: (v) => (typeof v === 'string' && new RegExp(`^\\d{${length}}$`).test(v) ? undefined : 'validation.pinLength') }),
    [length],
  );
  const form = useForm<Values>({ resolver, defaultValues: { pin: '' } });
  const inFlight = useRef(false);

  const requested = useRef(false);
  const { request } = pin;
  useEffect(() => {
    if (!requestOnMount || requested.current || pin.expiresInSeconds > 0) return;
    requested.current = true;
    request.mutate();
  }, [requestOnMount, pin.expiresInSeconds, request]);

  const onSubmit = form.handleSubmit(async ({ pin: code }) => {
    if (inFlight.current || confirmed) return; // a confirmed code is used up: never send it again
    inFlight.current = true;
    setError(null);
    try {
      await pin.confirm.mutateAsync(code);
      setConfirmed(true);
      onConfirmed?.();
    } catch (e) {
      setError(e);
      form.setValue('pin', '');
      form.setFocus('pin');
    } finally {
      inFlight.current = false;
    }
  });

  const resend = () => {
    setError(null);
    form.clearErrors();
    pin.resend.mutate();
  };
  const sendError = pin.resend.error ?? pin.request.error;

  const pending = pin.confirm.isPending;
  const state: PinConfirmationState = confirmed ? 'confirmed' : pending ? 'pending' : error ? 'error' : expired ? 'expired' : 'idle';
  const pinError = error ? formatError(error) : form.formState.errors.pin ? t(form.formState.errors.pin.message as MessageKey, { length }) : undefined;
  const { onChange, ...field } = form.register('pin');

  return (
    <div className={cx('sa-pin', className)} data-slot="pin-confirmation" data-state={state}>
      <FormLayout title={t('pin.title')} description={t('pin.description', { length, email })} onSubmit={onSubmit}>
        <Field label={t('pin.label')} hint={t('pin.hint')} error={pinError} required>
          <OtpInput
            length={length}
            readOnly={pending}
            {...field}
            onChange={(event) => {
              if (error) setError(null);
              return onChange(event);
            }}
            onComplete={() => void onSubmit()}
          />
        </Field>
        <p className="sa-hint" data-slot="pin-expiry">
          {pin.expiresInSeconds > 0 ? <Countdown seconds={pin.expiresInSeconds} message="pin.expiresIn" /> : expired ? t('pin.expired') : null}
        </p>
        <FormAlert tone={sendError ? 'error' : 'success'}>
          {sendError ? formatError(sendError) : pin.resend.isSuccess ? t('pin.resent') : null}
        </FormAlert>
        <Button type="submit" block loading={pending} loadingText={t('pin.submitting')}>
          {t('pin.submit')}
        </Button>
        <div className="sa-pin-actions" data-slot="pin-actions">
          <Button
            variant="secondary"
            data-slot="pin-resend"
            data-cooldown={pin.cooldownSeconds > 0 || undefined}
            disabled={pin.cooldownSeconds > 0}
            loading={pin.resend.isPending}
            loadingText={t('pin.resending')}
            onClick={resend}
          >
            {pin.cooldownSeconds > 0 ? t('pin.resendIn', { seconds: pin.cooldownSeconds }) : t('pin.resend')}
          </Button>
          {onChangeEmail ? (
            <Button variant="link" data-slot="pin-change-email" onClick={onChangeEmail}>
              {t('pin.changeEmail')}
            </Button>
          ) : null}
        </div>
      </FormLayout>
    </div>
  );
}
