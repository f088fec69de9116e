// Errors are values with a stable `code` the UI translates. Messages are fixed English
// developer text per code: they never contain server text verbatim, tokens, passwords or PINs.

export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_NOT_ACTIVATED'
  | 'ACCOUNT_EXISTS'
  | 'POLICY_VIOLATION'
  | 'VALIDATION'
  | 'PIN_INVALID'
  | 'PIN_EXPIRED'
  | 'PIN_RESEND_COOLDOWN'
  | 'DEVICE_REQUIRED'
  | 'IDENTITY_TOKEN_INVALID'
  | 'TOKEN_INVALID'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'SERVER'
  | 'BAD_RESPONSE'
  | 'SESSION_EXPIRED'
  | 'UNKNOWN';

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

const MESSAGES: Record<AuthErrorCode, string> = {
  INVALID_CREDENTIALS: 'The e-mail or password is incorrect.',
  ACCOUNT_LOCKED: 'The account is temporarily locked after too many failed attempts.',
  ACCOUNT_NOT_ACTIVATED: 'The account has not been activated yet.',
  ACCOUNT_EXISTS: 'An account with this e-mail already exists.',
  POLICY_VIOLATION: 'The password does not meet the workspace password policy.',
  VALIDATION: 'Some fields are invalid.',
  PIN_INVALID: 'The PIN code is incorrect.',
  PIN_EXPIRED: 'The PIN code has expired.',
  PIN_RESEND_COOLDOWN: 'A new PIN code cannot be sent yet.',
  DEVICE_REQUIRED: 'This workspace requires a device identifier.',
  IDENTITY_TOKEN_INVALID: 'The identity provider token was rejected.',
  TOKEN_INVALID: 'The link or token is invalid or has expired.',
  RATE_LIMITED: 'Too many requests; try again later.',
  NOT_FOUND: 'The requested resource was not found.',
  FORBIDDEN: 'This action is not allowed.',
  NETWORK: 'The server could not be reached.',
  TIMEOUT: 'The server did not answer in time.',
  ABORTED: 'The request was cancelled.',
  SERVER: 'The server failed to handle the request.',
  BAD_RESPONSE: 'The server sent a reply the kit does not understand.',
  SESSION_EXPIRED: 'The session has expired.',
  UNKNOWN: 'Something went wrong.',
};

export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;
  readonly status: number | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly serverCode: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: AuthErrorCode, init: AuthErrorInit = {}) {
    super(MESSAGES[code], init.cause === undefined ? undefined : { cause: init.cause });
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
