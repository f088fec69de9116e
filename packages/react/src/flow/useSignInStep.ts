import type { Agreements, FlowCondition } from '@synerise-auth/core';
import type { AuthFlowHandle } from './useAuthFlow';
import { useStepIds } from './props';
import { emailInput, getterOf, stepBase, type EmailInputProps, type PasswordInputProps, type StepBase } from './stepProps';

export type { EmailInputProps, PasswordInputProps } from './stepProps';

export interface CheckboxProps {
  id: string;
  name: string;
  type: 'checkbox';
  required?: boolean;
}

export interface SignInStep extends StepBase {
  /** The server asked for something (`conditions` step): terms, activation, registration, MFA, approval. */
  condition: FlowCondition | undefined;
  /** `condition` is TERMS_ACCEPTANCE_REQUIRED: render `getAgreementProps(name)` for each, submit accepts them. */
  needsTerms: boolean;
  getEmailInputProps<P extends object = object>(props?: P): EmailInputProps & P;
  getPasswordInputProps<P extends object = object>(props?: P): PasswordInputProps & P;
  getAgreementProps(name: string): CheckboxProps;
  /** Signs in (or, with terms pending, re-sends it with the agreements). */
  submit(values: { email: string; password: string; agreements?: Agreements; mode?: 'conditional' | 'login' }): void;
  goToRegister(): void;
  goToReset(): void;
}

/** Sign-in: e-mail + password, and the `conditions` the server may answer with. */
export function useSignInStep(flow: AuthFlowHandle): SignInStep {
  const ids = useStepIds('sign-in');
  const condition = flow.step === 'conditions' && flow.via !== 'social' ? flow.condition : undefined;
  const needsTerms = condition?.status === 'termsAcceptanceRequired';
  const submit: SignInStep['submit'] = ({ email, password, agreements, mode }) => {
    if (needsTerms && agreements) void flow.acceptTerms(agreements);
    else void flow.signIn({ email, password, ...(agreements ? { agreements } : {}), ...(mode ? { mode } : {}) });
  };
  const base = stepBase(flow, ids, (form) =>
    submit({ email: form.get('email'), password: form.get('password'), ...(needsTerms ? { agreements: form.agreements() } : {}) }),
  );
  return {
    ...base,
    condition,
    needsTerms,
    getEmailInputProps: getterOf(() => emailInput(flow, base.input('email', flow.error?.code === 'INVALID_CREDENTIALS'), 'username')),
    getPasswordInputProps: getterOf<PasswordInputProps>(() => ({ ...base.input('password', flow.error?.code === 'INVALID_CREDENTIALS'), type: 'password', autoComplete: 'current-password' })),
    getAgreementProps: (name) => ({ id: ids.field(`agreements.${name}`), name: `agreements.${name}`, type: 'checkbox', required: true }),
    submit,
    goToRegister: () => flow.goTo('register'),
    goToReset: () => flow.goTo('resetRequest'),
  };
}
