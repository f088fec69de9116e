import { describe, expect, it } from 'vitest';
import type { RegistrationType } from '../api/contract';
import { registrationOutcome } from './registration';

describe('registrationOutcome', () => {
  it.each<[RegistrationType, string, boolean]>([
    ['AUTOMATIC', 'signedIn', false],
    ['REQUIRE_EMAIL_CONFIRMATION', 'signedIn', true],
    ['REQUIRE_ACTIVATION', 'activationRequired', false],
    ['REQUIRE_PIN_CONFIRMATION', 'pinRequired', false],
  ])('%s → %s (email pending: %s)', (type, next, pending) => {
    expect(registrationOutcome(type)).toEqual({ next, emailConfirmationPending: pending });
  });

  it('an unexpected type falls back to signedIn', () => {
    expect(registrationOutcome('NEW_TYPE' as RegistrationType)).toEqual({ next: 'signedIn', emailConfirmationPending: false });
  });
});
