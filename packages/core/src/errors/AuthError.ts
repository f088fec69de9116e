// Errors are values with a stable `code` the UI translates. The message is the code itself
// (developer-facing; `String(error)` reads "AuthError: PIN_EXPIRED"): it never contains server
// text, tokens, passwords or PINs.

/** Every stable `AuthError.code` (the UI keeps one translated message per entry). */
export const AUTH_ERROR_CODES = [
  'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_NOT_ACTIVATED', 'ACCOUNT_EXISTS',
  'POLICY_VIOLATION', 'VALIDATION', 'PIN_INVALID', 'PIN_EXPIRED', 'PIN_RESEND_COOLDOWN',
  'DEVICE_REQUIRED', 'IDENTITY_TOKEN_INVALID', 'TOKEN_INVALID', 'RATE_LIMITED', 'NOT_FOUND',
  'FORBIDDEN', 'NETWORK', 'TIMEOUT', 'ABORTED', 'SERVER', 'BAD_RESPONSE', 'SESSION_EXPIRED',
  'SESSION_REVOKED', 'UNKNOWN',
] as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export interface FieldError {
  field: string;
  /** Stable machine code from the server (e.g. "PASSWORD_TOO_SHORT"), or "INVALID". */
  code: string;
}

export interface AuthErrorInit {
  status?: number;
  fieldErrors?: FieldError[];
  /** Server-side errorCode, if any (safe: an enum-like identifier, not free text). */
  serverCode?: string;
  /** Seconds until the action may be retried (bans, 429 Retry-After, PIN resend cooldown). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class AuthError extends Error {
  override readonly name = 'AuthError';
  // `declare`: assigned in the constructor, so no separate class-field definitions are emitted.
  declare readonly code: AuthErrorCode;
  declare readonly status: number | undefined;
  declare readonly fieldErrors: readonly FieldError[];
  declare readonly serverCode: string | undefined;
  declare readonly retryAfterSeconds: number | undefined;

  constructor(code: AuthErrorCode, init: AuthErrorInit = {}) {
    super(code, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.serverCode = init.serverCode;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Errors worth retrying automatically (refresh backoff). */
  get isTransient(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT' || this.code === 'SERVER' || this.code === 'RATE_LIMITED';
  }

  toJSON(): { name: string; code: AuthErrorCode; status?: number; fieldErrors: readonly FieldError[]; retryAfterSeconds?: number } {
    return { name: this.name, code: this.code, status: this.status, fieldErrors: this.fieldErrors, retryAfterSeconds: this.retryAfterSeconds };
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/**
 * Any thrown value as an AuthError: AuthErrors pass through, a TypeError (what `fetch` throws
 * without a network) becomes NETWORK, anything else UNKNOWN (its message is never shown).
 */
export function toAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  if (error instanceof TypeError) return new AuthError('NETWORK', { cause: error });
  return new AuthError('UNKNOWN', { cause: error });
}
