import { usePasswordPolicy, type PasswordPolicyResult } from '../usePasswordPolicy';
import type { AuthFlowHandle } from './useAuthFlow';
import { useStepIds } from './props';
import { emailInput, getterOf, newPasswordInput, stepBase, type EmailInputProps, type PasswordInputProps, type StepBase } from './stepProps';

export interface ResetStep extends StepBase {
  /** `request` (resetRequest / resetSent) or `confirm` (resetConfirm). */
  mode: 'request' | 'confirm';
  /** The workspace password policy (for the new password). */
  policy: PasswordPolicyResult;
  /** resetSent, or the new password was saved. */
  isDone: boolean;
  getEmailInputProps<P extends object = object>(props?: P): EmailInputProps & P;
  getPasswordInputProps<P extends object = object>(props?: P): PasswordInputProps & P;
  request(email: string): void;
  confirm(password: string): void;
  goToSignIn(): void;
  goToRequest(): void;
}

/** Password reset: request a link, then set a new password from it. */
export function useResetStep(flow: AuthFlowHandle): ResetStep {
  const ids = useStepIds('reset');
  const policy = usePasswordPolicy();
  const mode = flow.step === 'resetConfirm' ? 'confirm' : 'request';
  const request = (email: string) => void flow.requestReset(email);
  const confirm = (password: string) => void flow.confirmReset(password);
  const base = stepBase(flow, ids, (form) => (mode === 'confirm' ? confirm(form.get('password')) : request(form.get('email'))));
  return {
    ...base,
    mode,
    policy,
    isDone: flow.step === 'resetSent' || (mode === 'confirm' && flow.status === 'success'),
    request,
    confirm,
    getEmailInputProps: getterOf(() => emailInput(flow, base.input('email'), 'email')),
    getPasswordInputProps: getterOf(() => newPasswordInput(base.input('password', true), policy)),
    goToSignIn: () => flow.goTo('signIn'),
    goToRequest: () => flow.goTo('resetRequest'),
  };
}
