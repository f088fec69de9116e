export { createPasswordPolicy, DEFAULT_PASSWORD_MAX_LENGTH, DEFAULT_PASSWORD_POLICY } from './passwordPolicy';
export type { PasswordPolicy, PasswordRule, PasswordRuleId, PasswordRuleResult } from './passwordPolicy';
