import type { FieldValues } from 'react-hook-form';
import type { PasswordPolicyResult } from '@synerise-auth/react';
import { checks, type FieldCheck } from './formSchema';

/** Checks for a "new password + repeat it" pair: the policy schema, then equality. */
export function newPasswordChecks<V extends FieldValues>(
  policy: PasswordPolicyResult,
  newField: keyof V & string,
): { next: FieldCheck<V>; repeat: FieldCheck<V> } {
  return {
    next: checks.schema(policy.schema, 'validation.passwordPolicy'),
    repeat: (value, values) => {
      if (typeof value !== 'string' || value === '') return 'validation.required';
      return value === values[newField] ? undefined : 'validation.passwordMismatch';
    },
  };
}
