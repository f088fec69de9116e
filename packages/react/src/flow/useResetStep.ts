import { usePasswordPolicy, type PasswordPolicyResult } from '../usePasswordPolicy';
import type { AuthFlowHandle } from './useAuthFlow';
import { mergeProps, useStepIds } from './props';
import { stepBase, type StepBase } from './stepProps';
import type { EmailInputProps, PasswordInputProps } from './useSignInStep';

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
    getEmailInputProps: (props) =>
      mergeProps<EmailInputProps, NonNullable<typeof props>>(
        {
          ...base.input('email'),
          type: 'email', autoComplete: 'email', inputMode: 'email', autoCapitalize: 'none', spellCheck: false,
          defaultValue: flow.email,
          onChange: (event) => flow.setEmail(event.target.value),
        },
        props,
      ),
    getPasswordInputProps: (props) =>
      mergeProps<PasswordInputProps, NonNullable<typeof props>>(
        {
          ...base.input('password', true),
          type: 'password', autoComplete: 'new-password',
          minLength: policy.minLength, maxLength: policy.maxLength, passwordrules: policy.passwordRules,
        },
        props,
      ),
    goToSignIn: () => flow.goTo('signIn'),
    goToRequest: () => flow.goTo('resetRequest'),
  };
}
