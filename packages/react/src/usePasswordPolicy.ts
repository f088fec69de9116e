import { useMemo } from 'react';
import { createPasswordPolicy } from '@synerise-auth/core';
import type { PasswordPolicy } from '@synerise-auth/core';
import { useAuthSettings } from './useAuthSettings';

export interface PasswordPolicyResult {
  /** The core policy (rules with params). The SDK default policy while settings load. */
  policy: PasswordPolicy;
  /** Checklist for a value: one entry per rule with `passed`. */
  evaluate: PasswordPolicy['evaluate'];
  /** zod/mini schema; issue messages are rule ids for translation. */
  schema: PasswordPolicy['schema'];
  minLength: number;
  maxLength: number;
  /** For `<input passwordrules={…}>` (password managers). */
  passwordRules: string;
  isLoading: boolean;
}

/** The workspace password policy (settings requested once and shared). */
export function usePasswordPolicy(): PasswordPolicyResult {
  const settings = useAuthSettings();
  const source = settings.data?.passwordPolicy;
  const policy = useMemo(() => createPasswordPolicy(source), [source]);
  return useMemo(
    () => ({
      policy,
      evaluate: policy.evaluate,
      schema: policy.schema,
      minLength: policy.minLength,
      maxLength: policy.maxLength,
      passwordRules: policy.passwordRules,
      isLoading: settings.isLoading,
    }),
    [policy, settings.isLoading],
  );
}
