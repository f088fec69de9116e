// GET /sauth/settings/synerise-auth reply → AuthSettingsInput (plain JSON). The reference
// (seed 003) sends the password policy flat with `...Letter`/`...Character` suffixes; the
// docs' names and a nested `passwordPolicy` object are accepted too.
import * as z from 'zod/mini';
import type { AuthSettingsInput, PasswordPolicySettings } from '../api/contract';
import { REGISTRATION_TYPES } from '../api/settings';
import { AuthError } from '../errors/AuthError';

const optStr = z.optional(z.nullable(z.string()));
const optNum = z.optional(z.nullable(z.number()));
const optBool = z.optional(z.nullable(z.boolean()));

const policyFields = {
  minLength: optNum,
  maxLength: optNum,
  requireAtLeastOneLowercase: optBool,
  requireAtLeastOneUppercase: optBool,
  requireAtLeastOneNumber: optBool,
  requireAtLeastOneNonAlphaNumeric: optBool,
  requireAtLeastOneLowercaseLetter: optBool,
  requireAtLeastOneUppercaseLetter: optBool,
  requireAtLeastOneNonAlphaNumericCharacter: optBool,
};

export const settingsReplySchema = z.object({
  ...policyFields,
  registrationType: z.string(),
  pinConfirmationType: optStr,
  pinConfirmationLength: optNum,
  pinConfirmationValidInSeconds: optNum,
  pinResendCooldownSeconds: optNum,
  allowPinResendFromDifferentDeviceId: optBool,
  passwordPolicy: z.optional(z.nullable(z.object(policyFields))),
  confirmationRedirectLink: optStr,
  deviceControlMode: z.optional(z.unknown()),
  requiredAgreements: z.optional(z.nullable(z.array(z.string()))),
});

/** POST /uauth/v2/auth/login/profile → `{token}`. */
export const workspaceLoginSchema = z.object({ token: z.string().check(z.minLength(1)) });

export const oauthReplySchema = z.looseObject({ clientId: optStr, appId: optStr, enabled: optBool });

type Raw = z.infer<typeof settingsReplySchema>;

const POLICY_KEYS = ['minLength', 'maxLength', 'requireAtLeastOneLowercase', 'requireAtLeastOneUppercase', 'requireAtLeastOneNumber', 'requireAtLeastOneNonAlphaNumeric'] as const;

/** Contract names win over the reference's `...Letter` / `...Character` names; nulls are dropped. */
function policyOf(raw: Record<string, unknown>): PasswordPolicySettings {
  const out: Record<string, unknown> = {};
  for (const k of POLICY_KEYS) {
    const v = raw[k] ?? raw[`${k}Letter`] ?? raw[`${k}Character`];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out as PasswordPolicySettings;
}

/** @throws AuthError('BAD_RESPONSE') for an unknown registration type. */
export function toSettingsInput(raw: Raw): AuthSettingsInput {
  if (!(REGISTRATION_TYPES as readonly string[]).includes(raw.registrationType)) throw new AuthError('BAD_RESPONSE', { status: 200 });
  const out: Record<string, unknown> = {
    registrationType: raw.registrationType,
    // A nested object wins over flat fields for the keys it sets.
    passwordPolicy: { ...policyOf(raw), ...policyOf(raw.passwordPolicy ?? {}) },
  };
  for (const key of ['pinConfirmationType', 'pinConfirmationLength', 'pinConfirmationValidInSeconds', 'pinResendCooldownSeconds',
    'allowPinResendFromDifferentDeviceId', 'confirmationRedirectLink', 'requiredAgreements'] as const) {
    const v = raw[key];
    if (v !== null && v !== undefined) out[key] = Array.isArray(v) ? [...v] : v;
  }
  const mode = raw.deviceControlMode;
  if (mode === false || mode === 'SOFT' || mode === 'HARD' || mode === 'CONDITIONAL_BASED_ON_LOCATION') out.deviceControlMode = mode;
  return out as AuthSettingsInput;
}
