// What happens after a successful registration, per workspace registration type.
import type { RegistrationType } from '../api/contract';

export interface RegistrationOutcome {
  /**
   * - `signedIn`: the account is usable now; sign the user in (AUTOMATIC, REQUIRE_EMAIL_CONFIRMATION).
   * - `activationRequired`: sign-in is refused until the e-mailed link is clicked (REQUIRE_ACTIVATION).
   * - `pinRequired`: a PIN was e-mailed; confirm it on this device (REQUIRE_PIN_CONFIRMATION).
   */
  next: 'signedIn' | 'activationRequired' | 'pinRequired';
  /** REQUIRE_EMAIL_CONFIRMATION: signed in, and a "check your e-mail to confirm" notice is due. */
  emailConfirmationPending: boolean;
}

/** Maps the registration type; an unknown type falls back to `signedIn` (the server decides at login). */
export function registrationOutcome(type: RegistrationType): RegistrationOutcome {
  switch (type) {
    case 'REQUIRE_EMAIL_CONFIRMATION':
      return { next: 'signedIn', emailConfirmationPending: true };
    case 'REQUIRE_ACTIVATION':
      return { next: 'activationRequired', emailConfirmationPending: false };
    case 'REQUIRE_PIN_CONFIRMATION':
      return { next: 'pinRequired', emailConfirmationPending: false };
    default:
      return { next: 'signedIn', emailConfirmationPending: false };
  }
}
