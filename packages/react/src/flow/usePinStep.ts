import type { FlowPin } from '@synerise-auth/core';
import type { AuthFlowHandle } from './useAuthFlow';
import { useStepIds } from './props';
import { getterOf, stepBase, type FieldInputProps, type StepBase } from './stepProps';

export interface PinInputProps extends FieldInputProps {
  type: 'text';
  autoComplete: 'one-time-code';
  inputMode: 'numeric';
  pattern: string;
  maxLength: number;
  minLength: number;
  spellCheck: false;
}

export interface ResendButtonProps {
  type: 'button';
  disabled: boolean;
  onClick: () => void;
}

export interface PinStep extends StepBase {
  /** Length, countdowns (they tick), whether a resend is allowed. */
  pin: FlowPin;
  email: string;
  getPinInputProps<P extends object = object>(props?: P): PinInputProps & P;
  getResendButtonProps<P extends object = object>(props?: P): ResendButtonProps & P;
  confirm(code: string): void;
  resend(): void;
}

const NO_PIN: FlowPin = { length: 6, purpose: 'registration', cooldownSeconds: 0, expiresInSeconds: 0, canResend: true, expired: false, resent: false };

/** PIN entry with the resend cooldown and the expiry countdown. */
export function usePinStep(flow: AuthFlowHandle): PinStep {
  const ids = useStepIds('pin');
  const pin = flow.pin ?? NO_PIN;
  const confirm = (code: string) => void flow.confirmPin(code.replace(/\D/g, ''));
  const resend = () => void flow.resendPin();
  const base = stepBase(flow, ids, (form) => confirm(form.get('pin')));
  return {
    ...base,
    pin,
    email: flow.email,
    confirm,
    resend,
    getPinInputProps: getterOf<PinInputProps>(() => ({
      ...base.input('pin', true),
      type: 'text', autoComplete: 'one-time-code', inputMode: 'numeric', pattern: `[0-9]{${pin.length}}`,
      maxLength: pin.length, minLength: pin.length, spellCheck: false,
    })),
    getResendButtonProps: getterOf<ResendButtonProps>(() => ({ type: 'button', disabled: !pin.canResend || base.isPending, onClick: resend })),
  };
}
