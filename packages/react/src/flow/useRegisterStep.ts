import type { Agreements } from '@synerise-auth/core';
import { usePasswordPolicy, type PasswordPolicyResult } from '../usePasswordPolicy';
import type { AuthFlowHandle } from './useAuthFlow';
import { mergeProps, useStepIds } from './props';
import { emailInput, getterOf, newPasswordInput, stepBase, type EmailInputProps, type FieldInputProps, type PasswordInputProps, type StepBase } from './stepProps';
import type { CheckboxProps } from './useSignInStep';

export interface RegisterValues {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  agreements?: Agreements;
}

export interface RegisterStep extends StepBase {
  policy: PasswordPolicyResult;
  getEmailInputProps<P extends object = object>(props?: P): EmailInputProps & P;
  /** `new-password` with the workspace policy: minLength, maxLength, passwordrules. */
  getPasswordInputProps<P extends object = object>(props?: P): PasswordInputProps & P;
  getNameInputProps<P extends object = object>(name: 'firstName' | 'lastName', props?: P): FieldInputProps & { autoComplete: 'given-name' | 'family-name' } & P;
  getAgreementProps(name: string, required?: boolean): CheckboxProps;
  submit(values: RegisterValues): void;
  goToSignIn(): void;
}

/** Registration; the server's outcome picks the next step (signed in, check e-mail, activation, PIN). */
export function useRegisterStep(flow: AuthFlowHandle): RegisterStep {
  const ids = useStepIds('register');
  const policy = usePasswordPolicy();
  const submit = (values: RegisterValues) => {
    const trim = (v?: string) => (v?.trim() ? v.trim() : undefined);
    const firstName = trim(values.firstName);
    const lastName = trim(values.lastName);
    void flow.register({
      email: values.email,
      password: values.password,
      ...(firstName ? { firstName } : {}),
      ...(lastName ? { lastName } : {}),
      ...(values.agreements ? { agreements: values.agreements } : {}),
    });
  };
  const base = stepBase(flow, ids, (form) =>
    submit({ email: form.get('email'), password: form.get('password'), firstName: form.get('firstName'), lastName: form.get('lastName'), agreements: form.agreements() }),
  );
  return {
    ...base,
    policy,
    submit,
    getEmailInputProps: getterOf(() => emailInput(flow, base.input('email'), 'email')),
    getPasswordInputProps: getterOf(() => newPasswordInput(base.input('password', flow.error?.code === 'POLICY_VIOLATION'), policy)),
    getNameInputProps: (name, props) =>
      mergeProps({ ...base.input(name, false, false), autoComplete: name === 'firstName' ? ('given-name' as const) : ('family-name' as const) }, props),
    getAgreementProps: (name, required = false) => ({
      id: ids.field(`agreements.${name}`), name: `agreements.${name}`, type: 'checkbox', ...(required ? { required } : {}),
    }),
    goToSignIn: () => flow.goTo('signIn'),
  };
}
