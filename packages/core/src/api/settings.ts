// Normalises the public settings reply (flat server names, nulls) into the contract shape.
import type * as z from 'zod/mini';
import type { AuthSettings, PasswordPolicySettings } from './contract';
import type { settingsSchema } from './schemas';

type RawSettings = z.infer<typeof settingsSchema>;
type RawPolicy = NonNullable<RawSettings['passwordPolicy']>;

export const DEFAULT_PIN_LENGTH = 6;
export const DEFAULT_PIN_VALID_SECONDS = 300;

const DEVICE_MODES = ['SOFT', 'HARD', 'CONDITIONAL_BASED_ON_LOCATION'] as const;

function policyOf(raw: RawPolicy): PasswordPolicySettings {
  const out: PasswordPolicySettings = {};
  const set = <K extends keyof PasswordPolicySettings>(k: K, v: PasswordPolicySettings[K] | null | undefined): void => {
    if (v !== null && v !== undefined) out[k] = v;
  };
  set('minLength', raw.minLength);
  set('maxLength', raw.maxLength);
  set('requireAtLeastOneLowercase', raw.requireAtLeastOneLowercase ?? raw.requireAtLeastOneLowercaseLetter);
  set('requireAtLeastOneUppercase', raw.requireAtLeastOneUppercase ?? raw.requireAtLeastOneUppercaseLetter);
  set('requireAtLeastOneNumber', raw.requireAtLeastOneNumber);
  set('requireAtLeastOneNonAlphaNumeric', raw.requireAtLeastOneNonAlphaNumeric ?? raw.requireAtLeastOneNonAlphaNumericCharacter);
  return out;
}

function deviceMode(v: boolean | string | null | undefined): AuthSettings['deviceControlMode'] {
  if (v === false) return false;
  return DEVICE_MODES.find((m) => m === v);
}

export function toAuthSettings(raw: RawSettings): AuthSettings {
  const settings: AuthSettings = {
    registrationType: raw.registrationType,
    pinConfirmationLength: raw.pinConfirmationLength ?? DEFAULT_PIN_LENGTH,
    pinConfirmationValidInSeconds: raw.pinConfirmationValidInSeconds ?? DEFAULT_PIN_VALID_SECONDS,
    // A nested object wins over flat fields for the keys it sets.
    passwordPolicy: { ...policyOf(raw), ...policyOf(raw.passwordPolicy ?? {}) },
  };
  if (raw.pinConfirmationType) settings.pinConfirmationType = raw.pinConfirmationType;
  if (typeof raw.allowPinResendFromDifferentDeviceId === 'boolean') settings.allowPinResendFromDifferentDeviceId = raw.allowPinResendFromDifferentDeviceId;
  if (typeof raw.pinResendCooldownSeconds === 'number') settings.pinResendCooldownSeconds = raw.pinResendCooldownSeconds;
  if (raw.confirmationRedirectLink) settings.confirmationRedirectLink = raw.confirmationRedirectLink;
  const mode = deviceMode(raw.deviceControlMode);
  if (mode !== undefined) settings.deviceControlMode = mode;
  if (raw.requiredAgreements) settings.requiredAgreements = raw.requiredAgreements;
  return settings;
}
