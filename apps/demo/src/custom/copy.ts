import type { AuthError } from '@synerise-auth/core';
import { usePrefs } from '../lib/prefs';

// Copy of the hook-built forms (the custom-UI page translates on its own, without the kit's ui).
const en = {
  signInTitle: 'Sign in',
  registerTitle: 'Create an account',
  pinTitle: 'Check your e-mail',
  email: 'E-mail',
  password: 'Password',
  firstName: 'First name (optional)',
  submitSignIn: 'Sign in',
  signingIn: 'Signing in…',
  submitRegister: 'Create account',
  creating: 'Creating…',
  toRegister: 'New here? Create an account',
  toSignIn: 'Already have an account? Sign in',
  terms: 'Please accept to continue',
  agreement: 'I agree to receive {name} messages',
  wrong: 'The e-mail or password is incorrect.',
  noAccount: 'No account with this e-mail yet. Create one?',
  unsupported: 'This account needs an extra step this shop does not support ({status}).',
  notActivated: 'Your account is not active yet: check your inbox for the activation link.',
  rules: 'Password rules',
  rule_minLength: 'At least {n} characters',
  rule_maxLength: 'At most {n} characters',
  rule_lowercase: 'A lowercase letter',
  rule_uppercase: 'An uppercase letter',
  rule_number: 'A digit',
  rule_nonAlphanumeric: 'A symbol (e.g. ! or #)',
  met: 'met',
  notMet: 'not met',
  checkInbox: 'Almost there! We sent an activation link to {email}.',
  confirmEmail: 'Welcome! We sent a confirmation link to {email}.',
  confirmThenSignIn: 'Confirm your e-mail via the link we sent to {email}, then sign in.',
  pinSent: 'We sent a {n}-digit code to {email}.',
  pinExpires: 'The code expires in {s} s.',
  pinNone: 'No valid code: send a new one.',
  code: 'Verification code',
  confirm: 'Confirm',
  resend: 'Send a new code',
  resendIn: 'Resend in {s}s',
  back: 'Back',
  signedInAs: 'Signed in as {email}',
  signOut: 'Sign out',
  locked: 'Too many attempts. Try again in {m} min.',
  lockedForever: 'This account is locked. Reset your password to unlock it.',
  exists: 'This e-mail is already registered.',
  policy: 'The password does not meet the rules.',
  pinInvalid: 'The code is incorrect. Check it and try again.',
  pinExpired: 'The code has expired. Request a new one.',
  cooldown: 'Wait {s} s before sending a new code.',
  offline: 'We could not reach the server. Try again.',
  generic: 'Something went wrong. Try again.',
};

type Copy = typeof en;

const pl: Copy = {
  signInTitle: 'Zaloguj się',
  registerTitle: 'Załóż konto',
  pinTitle: 'Sprawdź skrzynkę e-mail',
  email: 'E-mail',
  password: 'Hasło',
  firstName: 'Imię (opcjonalnie)',
  submitSignIn: 'Zaloguj się',
  signingIn: 'Logowanie…',
  submitRegister: 'Załóż konto',
  creating: 'Zakładanie…',
  toRegister: 'Nie masz jeszcze konta? Załóż konto',
  toSignIn: 'Masz już konto? Zaloguj się',
  terms: 'Zaakceptuj, aby kontynuować',
  agreement: 'Zgadzam się na wiadomości: {name}',
  wrong: 'Nieprawidłowy e-mail lub hasło.',
  noAccount: 'Nie ma jeszcze konta z tym adresem. Założyć je?',
  unsupported: 'To konto wymaga dodatkowego kroku, którego sklep nie obsługuje ({status}).',
  notActivated: 'Konto nie jest jeszcze aktywne: sprawdź skrzynkę i kliknij link aktywacyjny.',
  rules: 'Wymagania hasła',
  rule_minLength: 'Co najmniej {n} znaków',
  rule_maxLength: 'Najwyżej {n} znaków',
  rule_lowercase: 'Mała litera',
  rule_uppercase: 'Wielka litera',
  rule_number: 'Cyfra',
  rule_nonAlphanumeric: 'Symbol (np. ! lub #)',
  met: 'spełnione',
  notMet: 'niespełnione',
  checkInbox: 'Prawie gotowe! Wysłaliśmy link aktywacyjny na {email}.',
  confirmEmail: 'Witaj! Wysłaliśmy link potwierdzający na {email}.',
  confirmThenSignIn: 'Potwierdź e-mail linkiem wysłanym na {email}, a potem się zaloguj.',
  pinSent: 'Wysłaliśmy {n}-cyfrowy kod na {email}.',
  pinExpires: 'Kod wygaśnie za {s} s.',
  pinNone: 'Brak ważnego kodu: wyślij nowy.',
  code: 'Kod weryfikacyjny',
  confirm: 'Potwierdź',
  resend: 'Wyślij nowy kod',
  resendIn: 'Wyślij ponownie za {s} s',
  back: 'Wróć',
  signedInAs: 'Zalogowano jako {email}',
  signOut: 'Wyloguj się',
  locked: 'Zbyt wiele prób. Spróbuj ponownie za {m} min.',
  lockedForever: 'Konto jest zablokowane. Zresetuj hasło, aby je odblokować.',
  exists: 'Ten e-mail jest już zarejestrowany.',
  policy: 'Hasło nie spełnia wymagań.',
  pinInvalid: 'Kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.',
  pinExpired: 'Kod wygasł. Poproś o nowy.',
  cooldown: 'Poczekaj {s} s przed wysłaniem nowego kodu.',
  offline: 'Nie udało się połączyć z serwerem. Spróbuj ponownie.',
  generic: 'Coś poszło nie tak. Spróbuj ponownie.',
};

export type CopyKey = keyof Copy;

/** `t('pinSent', { n: 6, email })` in the chosen locale. */
export function useCopy(): (key: CopyKey, params?: Record<string, string | number>) => string {
  const copy = usePrefs().locale === 'pl' ? pl : en;
  return (key, params = {}) => copy[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Stable error codes → our own words (never the server's text, never a secret). */
export function errorKey(error: AuthError): { key: CopyKey; params?: Record<string, number> } {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return { key: 'wrong' };
    case 'ACCOUNT_LOCKED':
      return error.retryAfterSeconds === undefined
        ? { key: 'lockedForever' }
        : { key: 'locked', params: { m: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) } };
    case 'ACCOUNT_NOT_ACTIVATED':
      return { key: 'notActivated' };
    case 'ACCOUNT_EXISTS':
      return { key: 'exists' };
    case 'POLICY_VIOLATION':
      return { key: 'policy' };
    case 'PIN_INVALID':
      return { key: 'pinInvalid' };
    case 'PIN_EXPIRED':
      return { key: 'pinExpired' };
    case 'PIN_RESEND_COOLDOWN':
      return { key: 'cooldown', params: { s: error.retryAfterSeconds ?? 60 } };
    case 'NETWORK':
    case 'TIMEOUT':
    case 'SERVER':
      return { key: 'offline' };
    default:
      return { key: 'generic' };
  }
}
