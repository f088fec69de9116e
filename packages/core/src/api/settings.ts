// Normalises the public settings reply (flat server names, nulls) into the contract shape.
import type * as z from 'zod/mini';
import { AuthError } from '../errors/AuthError';
import type { AuthSettings, PasswordPolicySettings, RegistrationType } from './contract';
import type { settingsSchema } from './schemas';

type RawSettings = z.infer<typeof settingsSchema>;
type RawPolicy = NonNullable<RawSettings['passwordPolicy']>;

export const DEFAULT_PIN_LENGTH = 6;
export const DEFAULT_PIN_VALID_SECONDS = 300;

const DEVICE_MODES = ['SOFT', 'HARD', 'CONDITIONAL_BASED_ON_LOCATION'] as const;
const REGISTRATION_TYPES: readonly string[] = ['AUTOMATIC', 'REQUIRE_EMAIL_CONFIRMATION', 'REQUIRE_ACTIVATION', 'REQUIRE_PIN_CONFIRMATION'];
const PIN_TYPES = ['EVERYONE', 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT'] as const;

const POLICY_KEYS = ['minLength', 'maxLength', 'requireAtLeastOneLowercase', 'requireAtLeastOneUppercase', 'requireAtLeastOneNumber', 'requireAtLeastOneNonAlphaNumeric'] as const;

/** Contract names win over the reference's `...Letter` / `...Character` names; nulls are dropped. */
function policyOf(raw: RawPolicy): PasswordPolicySettings {
  const r = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of POLICY_KEYS) {
    const v = r[k] ?? r[`${k}Letter`] ?? r[`${k}Character`];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out as PasswordPolicySettings;
}

function deviceMode(v: unknown): AuthSettings['deviceControlMode'] {
  if (v === false) return false;
  return DEVICE_MODES.find((m) => m === v);
}

/** @throws AuthError('BAD_RESPONSE') for an unknown registration type (the flows depend on it). */
export function toAuthSettings(raw: RawSettings): AuthSettings {
  if (!REGISTRATION_TYPES.includes(raw.registrationType)) throw new AuthError('BAD_RESPONSE', { status: 200 });
  const settings: AuthSettings = {
    registrationType: raw.registrationType as RegistrationType,
    pinConfirmationLength: raw.pinConfirmationLength ?? DEFAULT_PIN_LENGTH,
    pinConfirmationValidInSeconds: raw.pinConfirmationValidInSeconds ?? DEFAULT_PIN_VALID_SECONDS,
    // A nested object wins over flat fields for the keys it sets.
    passwordPolicy: { ...policyOf(raw), ...policyOf(raw.passwordPolicy ?? {}) },
  };
  const pinType = PIN_TYPES.find((t) => t === raw.pinConfirmationType);
  if (pinType) settings.pinConfirmationType = pinType;
  if (typeof raw.allowPinResendFromDifferentDeviceId === 'boolean') settings.allowPinResendFromDifferentDeviceId = raw.allowPinResendFromDifferentDeviceId;
  if (typeof raw.pinResendCooldownSeconds === 'number') settings.pinResendCooldownSeconds = raw.pinResendCooldownSeconds;
  if (raw.confirmationRedirectLink) settings.confirmationRedirectLink = raw.confirmationRedirectLink;
  const mode = deviceMode(raw.deviceControlMode);
  if (mode !== undefined) settings.deviceControlMode = mode;
  if (raw.requiredAgreements) settings.requiredAgreements = raw.requiredAgreements;
  return settings;
}
