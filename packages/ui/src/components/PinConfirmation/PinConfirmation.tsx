import { useEffect, useMemo, useReducer, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { usePinStep } from '@synerise-auth/react';
import { Button, Countdown, Field, FormAlert, FormLayout, OtpInput, cx } from '../../primitives';
import type { MessageKey, MessageOverrides } from '../../i18n';
import { useStepChange, useStepFlow } from '../shared/flowContext';
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

/** Errors about sending a code (shown as an alert); the others are about the typed code. */
const SEND_ERRORS = new Set(['PIN_RESEND_COOLDOWN', 'RATE_LIMITED', 'NETWORK', 'TIMEOUT', 'SERVER']);

/** One-time-code confirmation with a resend cooldown and an expiry countdown (both survive reload; the flow's `usePinStep`). */
export function PinConfirmation({ email, onConfirmed, onChangeEmail, length: lengthProp, requestOnMount = false, className, messages }: PinConfirmationProps) {
  const { t, formatError } = useMessages(messages);
  const flow = useStepFlow({ initialStep: 'pin', email });
  const step = usePinStep(flow);
  const length = lengthProp ?? step.pin.length;
  const confirmed = flow.step === 'signedIn';

  const requested = useRef(false);
  const { machine } = flow;
  useEffect(() => {
    if (!requestOnMount || requested.current || !machine || machine.getSnapshot().step !== 'pin') return;
    requested.current = true;
    machine.startPin({ send: true, ...(lengthProp ? { length: lengthProp } : {}) });
  }, [requestOnMount, machine, lengthProp]);

  useStepChange(flow.step, (next) => {
    if (next === 'signedIn') onConfirmed?.();
  });

  const resolver = useMemo(
    () => formResolver<Values>({ pin: (v) => (typeof v === 'string' && new RegExp(`^\\d{${length}}$`).test(v) ? undefined : 'validation.pinLength') }),
    [length],
  );
  const form = useForm<Values>({ resolver, defaultValues: { pin: '' } });

  const error = flow.status === 'error' ? step.error : null;
  const sendError = error && SEND_ERRORS.has(error.code) ? error : null;
  const codeError = error && !sendError ? error : null;
  const shownError = useRef(error);
  // setValue changes the field without an event: render once more so the digit boxes re-read the caret.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (shownError.current === codeError) return;
    shownError.current = codeError;
    if (!codeError) return;
    form.setValue('pin', '');
    form.setFocus('pin');
    redraw();
  }, [codeError, form]);

  const onSubmit = form.handleSubmit(({ pin: code }) => {
    if (!confirmed) step.confirm(code);
  });

  const resend = () => {
    form.clearErrors();
    step.resend();
  };

  const { pin } = step;
  const pending = step.isPending;
  const state: PinConfirmationState = confirmed ? 'confirmed' : pending ? 'pending' : error ? 'error' : pin.expired ? 'expired' : 'idle';
  const pinError = codeError ? formatError(codeError) : form.formState.errors.pin ? t(form.formState.errors.pin.message as MessageKey, { length }) : undefined;
  const { onChange, ...field } = form.register('pin');

  return (
    <div className={cx('sa-pin', className)} data-slot="pin-confirmation" data-state={state}>
      <FormLayout title={t('pin.title')} description={t('pin.description', { length, email })} onSubmit={onSubmit}>
        <Field label={t('pin.label')} hint={t('pin.hint')} error={pinError} required>
          <OtpInput length={length} readOnly={pending} {...field} onChange={onChange} onComplete={() => void onSubmit()} />
        </Field>
        <p className="sa-hint" data-slot="pin-expiry">
          {pin.expiresInSeconds > 0 ? <Countdown seconds={pin.expiresInSeconds} message="pin.expiresIn" /> : pin.expired ? t('pin.expired') : null}
        </p>
        <FormAlert tone={sendError ? 'error' : 'success'}>{sendError ? formatError(sendError) : pin.resent ? t('pin.resent') : null}</FormAlert>
        <Button type="submit" block loading={pending} loadingText={t('pin.submitting')}>
          {t('pin.submit')}
        </Button>
        <div className="sa-pin-actions" data-slot="pin-actions">
          <Button
            variant="secondary"
            data-slot="pin-resend"
            data-cooldown={pin.cooldownSeconds > 0 || undefined}
            disabled={pin.cooldownSeconds > 0}
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
