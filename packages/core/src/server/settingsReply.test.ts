import { describe, expect, it } from 'vitest';
import { resolveAuthSettings } from '../api/settings';
import { settingsReplySchema, toSettingsInput } from './settingsReply';

const parse = (reply: unknown) => toSettingsInput(settingsReplySchema.parse(reply));

describe('toSettingsInput (GET /sauth/settings/synerise-auth reply)', () => {
  it('reads the seed-003 flat policy names; the result is plain JSON and resolves with defaults', () => {
    const input = parse({
      enabled: true,
      registrationType: 'REQUIRE_PIN_CONFIRMATION',
      minLength: 8,
      maxLength: 64,
      requireAtLeastOneLowercaseLetter: true,
      requireAtLeastOneUppercaseLetter: false,
      requireAtLeastOneNumber: true,
      requireAtLeastOneNonAlphaNumericCharacter: false,
      confirmationMailBody: '<html>…</html>',
    });
    expect(input).toEqual({
      registrationType: 'REQUIRE_PIN_CONFIRMATION',
      passwordPolicy: {
        minLength: 8, maxLength: 64, requireAtLeastOneLowercase: true, requireAtLeastOneUppercase: false, requireAtLeastOneNumber: true, requireAtLeastOneNonAlphaNumeric: false,
      },
    });
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(resolveAuthSettings(input)).toMatchObject({ activationMethod: 'pin', pinConfirmationLength: 6, pinConfirmationValidInSeconds: 300, pinConfirmationType: 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT' });
  });

  it('accepts a nested passwordPolicy and passes the optional fields through', () => {
    const reply = {
      registrationType: 'AUTOMATIC',
      pinConfirmationType: 'EVERYONE',
      pinConfirmationLength: 4,
      pinConfirmationValidInSeconds: 120,
      pinResendCooldownSeconds: 30,
      allowPinResendFromDifferentDeviceId: true,
      passwordPolicy: { minLength: 10, requireAtLeastOneNumber: false },
      deviceControlMode: 'HARD',
      requiredAgreements: ['email'],
      confirmationRedirectLink: 'https://shop/confirm',
    };
    expect(parse(reply)).toEqual(reply);
  });

  it('device control false is kept, an unknown mode is dropped', () => {
    expect(parse({ registrationType: 'AUTOMATIC', deviceControlMode: false }).deviceControlMode).toBe(false);
    expect(parse({ registrationType: 'AUTOMATIC', deviceControlMode: 'LUNAR' })).not.toHaveProperty('deviceControlMode');
  });

  it('an unknown registration type is a BAD_RESPONSE', () => {
    expect(() => parse({ registrationType: 'TELEPATHY' })).toThrow(expect.objectContaining({ code: 'BAD_RESPONSE' }));
  });
});
