// Password policy from the workspace settings: rules for live checklists, a zod/mini schema
// whose issue messages are rule ids (the UI translates them), and an HTML `passwordrules`
// hint for password managers.
import * as z from 'zod/mini';
import type { PasswordPolicySettings } from '../api/contract';

/** Upper bound used when the workspace sets none (or 0). The one place it is defined. */
export const DEFAULT_PASSWORD_MAX_LENGTH = 128;

/** The mobile SDK's default policy (seed 004). */
export const DEFAULT_PASSWORD_POLICY: Required<PasswordPolicySettings> = {
  minLength: 6,
  maxLength: DEFAULT_PASSWORD_MAX_LENGTH,
  requireAtLeastOneLowercase: true,
  requireAtLeastOneUppercase: true,
  requireAtLeastOneNumber: true,
  requireAtLeastOneNonAlphaNumeric: true,
};

export type PasswordRuleId = 'minLength' | 'maxLength' | 'lowercase' | 'uppercase' | 'number' | 'nonAlphanumeric';

export interface PasswordRule {
  id: PasswordRuleId;
  /** `{ min }` / `{ max }` for the length rules, `{}` otherwise (for message interpolation). */
  params: Readonly<Record<string, number>>;
  test(value: string): boolean;
}

export interface PasswordRuleResult {
  id: PasswordRuleId;
  params: Readonly<Record<string, number>>;
  passed: boolean;
}

export interface PasswordPolicy {
  rules: readonly PasswordRule[];
  /** String schema; each failed rule yields an issue whose message is the rule id. */
  schema: z.ZodMiniString<string>;
  evaluate(value: string): PasswordRuleResult[];
  minLength: number;
  maxLength: number;
  /** HTML `passwordrules` attribute value. */
  passwordRules: string;
}

// Unicode-aware: "Ł" is upper case, "ż" lower case; non-alphanumeric = neither letter nor number.
const CLASSES = [
  ['lowercase', 'requireAtLeastOneLowercase', /\p{Ll}/u, 'lower'],
  ['uppercase', 'requireAtLeastOneUppercase', /\p{Lu}/u, 'upper'],
  ['number', 'requireAtLeastOneNumber', /\p{N}/u, 'digit'],
  ['nonAlphanumeric', 'requireAtLeastOneNonAlphaNumeric', /[^\p{L}\p{N}]/u, 'special'],
] as const;

const positive = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Builds the policy. Settings omitted by the server fall back to the SDK default; a
 * `maxLength` of 0 (the reference's "unset") means DEFAULT_PASSWORD_MAX_LENGTH.
 */
export function createPasswordPolicy(settings: PasswordPolicySettings = {}): PasswordPolicy {
  const s = { ...DEFAULT_PASSWORD_POLICY, ...stripUndefined(settings) };
  const minLength = positive(s.minLength) ? Math.floor(s.minLength) : 1;
  const maxLength = Math.max(minLength, positive(s.maxLength) ? Math.floor(s.maxLength) : DEFAULT_PASSWORD_MAX_LENGTH);
  const rules: PasswordRule[] = [];
  // The schema's issues keep the codes z.minLength/maxLength/regex report, with the rule id as
  // message, from ONE custom check (those three checks would each pull their own zod code).
  const issues: object[] = [];
  const rule = (id: PasswordRuleId, params: Record<string, number>, test: (v: string) => boolean, issue: object): void => {
    rules.push({ id, params, test });
    issues.push({ ...issue, origin: 'string', message: id });
  };
  rule('minLength', { min: minLength }, (v) => v.length >= minLength, { code: 'too_small', minimum: minLength, inclusive: true });
  rule('maxLength', { max: maxLength }, (v) => v.length <= maxLength, { code: 'too_big', maximum: maxLength, inclusive: true });
  let passwordRules = `minlength: ${minLength}; maxlength: ${maxLength};`;
  for (const [id, key, re, hint] of CLASSES) {
    if (!s[key]) continue;
    rule(id, {}, (v) => re.test(v), { code: 'invalid_format', format: 'regex', pattern: String(re) });
    passwordRules += ` required: ${hint};`;
  }
  const check = z.check<string>((payload) => {
    rules.forEach((r, i) => {
      if (!r.test(payload.value)) payload.issues.push({ ...issues[i], input: payload.value } as z.core.$ZodRawIssue);
    });
  });
  return {
    rules,
    schema: z.string().check(check),
    evaluate: (value) => rules.map((r) => ({ id: r.id, params: r.params, passed: r.test(value) })),
    minLength,
    maxLength,
    passwordRules,
  };
}

function stripUndefined(settings: PasswordPolicySettings): PasswordPolicySettings {
  const out: PasswordPolicySettings = {};
  for (const [k, v] of Object.entries(settings)) if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  return out;
}
