// Workspace auth settings are configuration: `resolveAuthSettings` fills what a shop did not
// configure with the documented defaults (shared/docs/synerise-api.md, "Workspace settings").
// The browser never requests them (every workspace settings endpoint needs a workspace
// token); `@synerise-auth/core/server` loads them on a shop's server.
import { DEFAULT_PIN_RESEND_COOLDOWN_SECONDS } from '../flows/pinTracker';
import { DEFAULT_PASSWORD_POLICY } from '../policy/passwordPolicy';
import type { AuthSettings, AuthSettingsInput, DeviceControlMode, PasswordPolicySettings, PinConfirmationType, RegistrationType } from './contract';

export const DEFAULT_PIN_LENGTH = 6;
export const DEFAULT_PIN_VALID_SECONDS = 300;

export const REGISTRATION_TYPES: readonly RegistrationType[] = ['AUTOMATIC', 'REQUIRE_EMAIL_CONFIRMATION', 'REQUIRE_ACTIVATION', 'REQUIRE_PIN_CONFIRMATION'];
const PIN_TYPES: readonly PinConfirmationType[] = ['EVERYONE', 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT'];
const DEVICE_MODES: readonly DeviceControlMode[] = [false, 'SOFT', 'HARD', 'CONDITIONAL_BASED_ON_LOCATION'];
const POLICY_KEYS = Object.keys(DEFAULT_PASSWORD_POLICY) as Array<keyof PasswordPolicySettings>;

const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
const count = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function policyOf(input: PasswordPolicySettings | undefined): Required<PasswordPolicySettings> {
  const out = { ...DEFAULT_PASSWORD_POLICY } as Record<string, unknown>;
  for (const key of POLICY_KEYS) {
    const value = input?.[key];
    if (typeof value === typeof DEFAULT_PASSWORD_POLICY[key]) out[key] = value;
  }
  return out as Required<PasswordPolicySettings>;
}

/**
 * The settings the kit works with: every field the input leaves out (or gives a value of the
 * wrong type) gets the documented default — registration AUTOMATIC, PIN only on conflict with an
 * external account, 6 digits valid 300 s, resend after 60 s, the SDK password policy, no required
 * agreements, activation by link (by PIN when registrationType is REQUIRE_PIN_CONFIRMATION).
 */
export function resolveAuthSettings(input: AuthSettingsInput = {}): AuthSettings {
  const registrationType = oneOf(REGISTRATION_TYPES, input.registrationType, 'AUTOMATIC');
  const ids = input.oauthClientIds ?? {};
  const oauthClientIds = Object.fromEntries(
    (['google', 'facebook', 'apple'] as const).flatMap((k) => (text(ids[k]) ? [[k, ids[k]]] : [])),
  ) as AuthSettings['oauthClientIds'];
  const settings: AuthSettings = {
    registrationType,
    pinConfirmationType: oneOf(PIN_TYPES, input.pinConfirmationType, 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT'),
    pinConfirmationLength: count(input.pinConfirmationLength, DEFAULT_PIN_LENGTH) || DEFAULT_PIN_LENGTH,
    pinConfirmationValidInSeconds: count(input.pinConfirmationValidInSeconds, DEFAULT_PIN_VALID_SECONDS),
    pinResendCooldownSeconds: count(input.pinResendCooldownSeconds, DEFAULT_PIN_RESEND_COOLDOWN_SECONDS),
    allowPinResendFromDifferentDeviceId: input.allowPinResendFromDifferentDeviceId === true,
    passwordPolicy: policyOf(input.passwordPolicy),
    requiredAgreements: Array.isArray(input.requiredAgreements) ? input.requiredAgreements.filter((a) => typeof a === 'string') : [],
    activationMethod: input.activationMethod === 'pin' || input.activationMethod === 'link'
      ? input.activationMethod
      : registrationType === 'REQUIRE_PIN_CONFIRMATION' ? 'pin' : 'link',
    oauthClientIds,
    deviceControlMode: oneOf(DEVICE_MODES, input.deviceControlMode, false),
  };
  const link = text(input.confirmationRedirectLink);
  if (link) settings.confirmationRedirectLink = link;
  return settings;
}
