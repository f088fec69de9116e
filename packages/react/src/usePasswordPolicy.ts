import { useMemo } from 'react';
import { createPasswordPolicy } from '@synerise-auth/core';
import type { PasswordPolicy } from '@synerise-auth/core';
import { useAuthSettings } from './useAuthSettings';

export interface PasswordPolicyResult {
  /** The core policy (rules with params), from the configured settings (the SDK default policy when none is given). */
  policy: PasswordPolicy;
  /** Checklist for a value: one entry per rule with `passed`. */
  evaluate: PasswordPolicy['evaluate'];
  /** zod/mini schema; issue messages are rule ids for translation. */
  schema: PasswordPolicy['schema'];
  minLength: number;
  maxLength: number;
  /** For `<input passwordrules={…}>` (password managers). */
  passwordRules: string;
}

/** The workspace password policy, from the configured settings (synchronous). */
export function usePasswordPolicy(): PasswordPolicyResult {
  const source = useAuthSettings().passwordPolicy;
  const policy = useMemo(() => createPasswordPolicy(source), [source]);
  return useMemo(
    () => ({
      policy,
      evaluate: policy.evaluate,
      schema: policy.schema,
      minLength: policy.minLength,
      maxLength: policy.maxLength,
      passwordRules: policy.passwordRules,
    }),
    [policy],
  );
}
