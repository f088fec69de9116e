import { describe, expect, it } from 'vitest';
import { PATHS, get, setup } from '../../test/helpers.js';

describe('settings endpoints', () => {
  it('GET /sauth/settings/synerise-auth serves registration, PIN, policy (flat and grouped), device control, agreements, token lifetime', async () => {
    const { emu } = setup({ tokenTtlSeconds: 1800, settings: { requiredAgreements: ['email'], deviceControlMode: 'SOFT' } });
    const r = await get(emu, PATHS.settings);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      enabled: true,
      registrationType: 'AUTOMATIC',
      pinConfirmationType: 'EVERYONE',
      pinConfirmationLength: 6,
      pinConfirmationValidInSeconds: 300,
      pinResendCooldownSeconds: 60,
      allowPinResendFromDifferentDeviceId: false,
      minLength: 6,
      maxLength: 128,
      requireAtLeastOneLowercaseLetter: true,
      requireAtLeastOneUppercaseLetter: true,
      requireAtLeastOneNumber: true,
      requireAtLeastOneNonAlphaNumericCharacter: true,
      requireAtLeastOneLowercase: true,
      requireAtLeastOneUppercase: true,
      requireAtLeastOneNonAlphaNumeric: true,
      passwordPolicy: { minLength: 6, maxLength: 128, requireAtLeastOneLowercase: true },
      deviceControlMode: 'SOFT',
      requiredAgreements: ['email'],
      tokenLifetimeInSeconds: 1800,
      confirmationRedirectLink: expect.any(String),
    });
  });

  it('reflects updateSettings and serves deviceControlMode false as a boolean', async () => {
    const { emu } = setup();
    emu.updateSettings({ registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 8 });
    const r = await get(emu, PATHS.settings);
    expect(r.body).toMatchObject({ registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 8, deviceControlMode: false });
  });

  it('GET /sauth/settings/oauth/{facebook,google,apple} → client ids; unknown provider 404', async () => {
    const { emu } = setup({ oauth: { googleClientId: 'g-123.apps.googleusercontent.com' } });
    expect((await get(emu, '/sauth/settings/oauth/google')).body).toEqual({ enabled: true, clientId: 'g-123.apps.googleusercontent.com' });
    expect((await get(emu, '/sauth/settings/oauth/facebook')).body).toMatchObject({ enabled: true, appId: expect.any(String) });
    expect((await get(emu, '/sauth/settings/oauth/apple')).body).toMatchObject({ enabled: true, bundle: expect.any(String) });
    expect((await get(emu, '/sauth/settings/oauth/myspace')).status).toBe(404);
  });
});
