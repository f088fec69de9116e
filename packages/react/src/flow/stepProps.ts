// What every step's prop getters share: the form, its heading, its error element, the
// submit button, and inputs wired to their field errors.
import type { ChangeEvent, FormEvent } from 'react';
import type { AuthError } from '@synerise-auth/core';
import type { AuthFlowHandle } from './useAuthFlow';
import { joinIds, mergeProps, readForm, type StepIds } from './props';

export interface FormProps {
  noValidate: true;
  'aria-labelledby': string;
  'aria-describedby'?: string;
  'aria-busy'?: true;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export interface HeadingProps {
  id: string;
  tabIndex: -1;
  'data-flow-heading': true;
}

export interface ErrorProps {
  id: string;
  role: 'alert';
  'aria-atomic': true;
}

export interface SubmitButtonProps {
  type: 'submit';
  'aria-disabled'?: true;
  'data-pending'?: true;
}

export interface FieldInputProps {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface EmailInputProps extends FieldInputProps {
  type: 'email';
  autoComplete: 'username' | 'email';
  inputMode: 'email';
  autoCapitalize: 'none';
  spellCheck: false;
  defaultValue: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

export interface PasswordInputProps extends FieldInputProps {
  type: 'password';
  autoComplete: 'current-password' | 'new-password';
  minLength?: number;
  maxLength?: number;
  /** Password-manager rules (Safari/iCloud Keychain). */
  passwordrules?: string;
}

/** A prop getter from a props factory: the caller's props are merged in (`mergeProps`). */
export function getterOf<B extends object>(make: () => B): <P extends object = object>(props?: P) => B & P {
  return (props) => mergeProps(make(), props);
}

/** An e-mail input that carries what is typed to the next step. */
export function emailInput(flow: AuthFlowHandle, field: FieldInputProps, autoComplete: EmailInputProps['autoComplete']): EmailInputProps {
  return {
    ...field,
    type: 'email', autoComplete, inputMode: 'email', autoCapitalize: 'none', spellCheck: false,
    defaultValue: flow.email,
    onChange: (event) => flow.setEmail(event.target.value),
  };
}

/** A new-password input with the workspace policy (length limits, password-manager rules). */
export function newPasswordInput(field: FieldInputProps, policy: { minLength: number; maxLength: number; passwordRules: string }): PasswordInputProps {
  return { ...field, type: 'password', autoComplete: 'new-password', minLength: policy.minLength, maxLength: policy.maxLength, passwordrules: policy.passwordRules };
}

export interface StepBase {
  isPending: boolean;
  error: AuthError | null;
  /** Server field errors (field → server code). */
  fieldErrors: Readonly<Record<string, string>>;
  getFormProps<P extends object = object>(props?: P): FormProps & P;
  getHeadingProps<P extends object = object>(props?: P): HeadingProps & P;
  getErrorProps<P extends object = object>(props?: P): ErrorProps & P;
  /** For the element showing a field's server error (`aria-describedby` of that input points at it). */
  getFieldErrorProps(field: string): { id: string };
  getSubmitButtonProps<P extends object = object>(props?: P): SubmitButtonProps & P;
}

export function stepBase(
  flow: AuthFlowHandle,
  ids: StepIds,
  submit: (form: ReturnType<typeof readForm>) => void,
): StepBase & { input(name: string, invalid?: boolean, required?: boolean): FieldInputProps } {
  const isPending = flow.status === 'pending';
  const error = flow.status === 'error' ? flow.error : null;
  return {
    isPending,
    error,
    fieldErrors: flow.fieldErrors,
    getFormProps: (props) =>
      mergeProps<FormProps, NonNullable<typeof props>>(
        {
          noValidate: true,
          'aria-labelledby': ids.heading,
          ...(error ? { 'aria-describedby': ids.error } : {}),
          ...(isPending ? { 'aria-busy': true as const } : {}),
          onSubmit: (event) => {
            if (event.defaultPrevented) return;
            event.preventDefault();
            submit(readForm(event.currentTarget));
          },
        },
        props,
      ),
    getHeadingProps: (props) => mergeProps<HeadingProps, NonNullable<typeof props>>({ id: ids.heading, tabIndex: -1, 'data-flow-heading': true }, props),
    getErrorProps: (props) => mergeProps<ErrorProps, NonNullable<typeof props>>({ id: ids.error, role: 'alert', 'aria-atomic': true }, props),
    getFieldErrorProps: (field) => ({ id: ids.fieldError(field) }),
    getSubmitButtonProps: (props) =>
      mergeProps<SubmitButtonProps, NonNullable<typeof props>>({ type: 'submit', ...(isPending ? { 'aria-disabled': true as const, 'data-pending': true as const } : {}) }, props),
    input(name, invalid = false, required = true) {
      const fieldError = flow.fieldErrors[name] !== undefined;
      const bad = fieldError || (invalid && error !== null);
      return {
        id: ids.field(name),
        name,
        ...(required ? { required } : {}),
        ...(bad ? { 'aria-invalid': true as const } : {}),
        ...(bad ? { 'aria-describedby': joinIds(fieldError && ids.fieldError(name), error !== null && ids.error) } : {}),
      };
    },
  };
}
