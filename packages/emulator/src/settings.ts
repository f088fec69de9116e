import type { OAuthProviderSettings, WorkspaceSettings } from './types.js';

/** SDK default policy (seed 004): min 6, upper, lower, digit, non-alphanumeric. Max 128 is our choice. */
export const DEFAULT_PASSWORD_MAX_LENGTH = 128;

export function defaultSettings(): WorkspaceSettings {
  return {
    registrationType: 'AUTOMATIC',
    pinConfirmationType: 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT',
    pinConfirmationLength: 6,
    pinConfirmationValidInSeconds: 300,
    pinResendCooldownSeconds: 60,
    allowPinResendFromDifferentDeviceId: false,
    passwordPolicy: {
      minLength: 6,
      maxLength: DEFAULT_PASSWORD_MAX_LENGTH,
      requireAtLeastOneLowercase: true,
      requireAtLeastOneUppercase: true,
      requireAtLeastOneNumber: true,
      requireAtLeastOneNonAlphaNumeric: true,
    },
    bans: { firstThreshold: 5, firstMinutes: 5, secondThreshold: 10, secondMinutes: 30, permanentThreshold: 20 },
    deviceControlMode: false,
    requiredAgreements: [],
    confirmationRedirectLink: 'https://shop.example/account/confirm',
  };
}

export const DEFAULT_OAUTH: OAuthProviderSettings = {
  facebookAppId: '100000000000001',
  googleClientId: 'emulator-google-client.apps.googleusercontent.com',
  appleBundle: 'com.example.shop',
};

/** Merges a (possibly partial, at runtime) patch; nested policy and bans merge key by key. */
export function mergeSettings(base: WorkspaceSettings, patch: Partial<WorkspaceSettings> | undefined): WorkspaceSettings {
  if (!patch) return structuredClone(base);
  const next: WorkspaceSettings = { ...structuredClone(base), ...structuredClone(patch) };
  next.passwordPolicy = { ...base.passwordPolicy, ...(patch.passwordPolicy ?? {}) };
  next.bans = { ...base.bans, ...(patch.bans ?? {}) };
  if (patch.requiredAgreements) next.requiredAgreements = [...patch.requiredAgreements];
  return next;
}

/**
 * Body of GET /sauth/settings/synerise-auth. Password policy is served three ways:
 * flat with the seed-003 names (`requireAtLeastOneLowercaseLetter`…), flat with the names of
 * docs/synerise-api.md (`requireAtLeastOneLowercase`…), and grouped as `passwordPolicy`.
 */
export function settingsBody(s: WorkspaceSettings, tokenTtlSeconds: number): Record<string, unknown> {
  const p = s.passwordPolicy;
  return {
    enabled: true,
    registrationType: s.registrationType,
    pinConfirmationType: s.pinConfirmationType,
    pinConfirmationLength: s.pinConfirmationLength,
    pinConfirmationValidInSeconds: s.pinConfirmationValidInSeconds,
    pinResendCooldownSeconds: s.pinResendCooldownSeconds,
    allowPinResendFromDifferentDeviceId: s.allowPinResendFromDifferentDeviceId,
    confirmationRedirectLink: s.confirmationRedirectLink,
    minLength: p.minLength,
    maxLength: p.maxLength,
    requireAtLeastOneLowercaseLetter: p.requireAtLeastOneLowercase,
    requireAtLeastOneUppercaseLetter: p.requireAtLeastOneUppercase,
    requireAtLeastOneNumber: p.requireAtLeastOneNumber,
    requireAtLeastOneNonAlphaNumericCharacter: p.requireAtLeastOneNonAlphaNumeric,
    requireAtLeastOneLowercase: p.requireAtLeastOneLowercase,
    requireAtLeastOneUppercase: p.requireAtLeastOneUppercase,
    requireAtLeastOneNonAlphaNumeric: p.requireAtLeastOneNonAlphaNumeric,
    passwordPolicy: { ...p },
    deviceControlMode: s.deviceControlMode,
    requiredAgreements: [...s.requiredAgreements],
    tokenLifetimeInSeconds: tokenTtlSeconds,
    bans: { ...s.bans },
  };
}
