// HTTP error → AuthError. The server errorCode is matched by keywords (robust to naming
// variants), then the status decides, in the context of the endpoint that was called.
// Server text (`message`, `error`, `rejectedValue`) is never copied anywhere.
import { AuthError } from '../errors/AuthError';
import type { AuthErrorCode, FieldError } from '../errors/AuthError';
import type { EndpointName } from './endpoints';
import type { ErrorBody } from './schemas';

/** A browser endpoint of the table, or a workspace call of `@synerise-auth/core/server`. */
export type ErrorEndpoint = EndpointName | 'workspaceLogin' | 'workspaceSettings';

export interface ErrorContext {
  endpoint: ErrorEndpoint;
  /** A Bearer token was sent with the request. */
  hasToken: boolean;
  /** Login with a non-SYNERISE identity provider. */
  social: boolean;
  /** Epoch ms, to turn HTTP dates / lock deadlines into seconds. */
  now: number;
}

const SAFE_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
const SAFE_FIELD = /^[A-Za-z0-9_.[\]-]{1,100}$/;
const LOGIN = new Set<ErrorEndpoint>(['login', 'conditionalLogin']);
const TOKEN_LINKS = new Set<ErrorEndpoint>(['confirmActivation', 'confirmPasswordReset']);
const NEW_PASSWORD = new Set<ErrorEndpoint>(['register', 'changePassword', 'confirmPasswordReset']);

const BY_STATUS: Record<number, AuthErrorCode> = { 403: 'FORBIDDEN', 409: 'ACCOUNT_EXISTS', 423: 'ACCOUNT_LOCKED' };

const rateLimited = (ctx: ErrorContext): AuthErrorCode => (ctx.endpoint === 'requestPin' ? 'PIN_RESEND_COOLDOWN' : 'RATE_LIMITED');

const safeCode = (v: unknown): string | undefined => (typeof v === 'string' && SAFE_CODE.test(v) ? v : undefined);

function seconds(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined;
}

function secondsUntil(v: unknown, now: number): number | undefined {
  const t = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? Math.max(0, Math.ceil((t - now) / 1000)) : undefined;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  return seconds(header) ?? secondsUntil(header, now);
}

/** `{field, code}` only: never `rejectedValue` (it may be the password) nor `message`. */
export function toFieldErrors(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  const out: FieldError[] = [];
  for (const e of errors as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const { field, code } = e as { field?: unknown; code?: unknown };
    if (typeof field === 'string' && SAFE_FIELD.test(field) && field !== '__proto__') out.push({ field, code: safeCode(code) ?? 'INVALID' });
  }
  return out;
}

function fromServerCode(raw: string, ctx: ErrorContext): AuthErrorCode | undefined {
  const c = raw.toUpperCase();
  const has = (re: RegExp): boolean => re.test(c);
  if (has(/API_?KEY/)) return 'FORBIDDEN';
  if (has(/BAN|LOCK|BLOCK/)) return 'ACCOUNT_LOCKED';
  // A PIN used on another device than the one that requested it: neither a wrong PIN nor a missing id.
  if (has(/DEVICE/) && has(/MISMATCH|DIFFERENT|OTHER/)) return 'FORBIDDEN';
  if (has(/PIN/)) {
    if (has(/EXPIRE/)) return 'PIN_EXPIRED';
    if (has(/RESEND|COOLDOWN|TOO_(MANY|EARLY|OFTEN)|LIMIT|WAIT/)) return 'PIN_RESEND_COOLDOWN';
    if (has(/INVALID|WRONG|INCORRECT|MISMATCH|NOT_MATCH|BAD/)) return 'PIN_INVALID';
  }
  if (has(/NOT_ACTIV|INACTIV|UNACTIV|NOT_CONFIRMED|UNCONFIRMED|ACTIVATION_REQUIRED/)) return 'ACCOUNT_NOT_ACTIVATED';
  if (has(/DEVICE/)) return 'DEVICE_REQUIRED';
  if (has(/EXIST|DUPLICAT|TAKEN|CONFLICT|ALREADY_(REGISTERED|IN_USE|USED)/)) return 'ACCOUNT_EXISTS';
  if (has(/IDENTITY|PROVIDER|FACEBOOK|GOOGLE|APPLE|OAUTH/)) return 'IDENTITY_TOKEN_INVALID';
  if (has(/POLICY|WEAK|PASSWORD_(TOO|MUST|REQUIRE)/)) return 'POLICY_VIOLATION';
  if (has(/CREDENTIAL|(WRONG|INVALID|INCORRECT|BAD)_PASSWORD|PASSWORD_(INVALID|INCORRECT|MISMATCH|WRONG)/)) return 'INVALID_CREDENTIALS';
  if (has(/RATE|TOO_MANY|THROTTL/)) return rateLimited(ctx);
  // Our own Bearer token (JWT_EXPIRED, JWT_REVOKED…): the session is over.
  if (has(/JWT/)) return ctx.hasToken ? 'SESSION_EXPIRED' : 'FORBIDDEN';
  if (has(/TOKEN_(EXPIRED|INVALID|REVOKED|NOT_VALID)|(EXPIRED|INVALID|REVOKED|BAD)_TOKEN/)) {
    if (TOKEN_LINKS.has(ctx.endpoint)) return 'TOKEN_INVALID';
    if (ctx.social) return 'IDENTITY_TOKEN_INVALID';
    if (ctx.hasToken) return 'SESSION_EXPIRED';
  }
  return undefined;
}

// Below 500 (mapHttpError answers SERVER for those). The login, token-link and confirmPin
// endpoints are disjoint, so each is asked once for 400/422, 401 and 404.
function fromStatus(status: number, ctx: ErrorContext, fieldErrors: FieldError[]): AuthErrorCode {
  const { endpoint } = ctx;
  const invalid = status === 400 || status === 422;
  if (invalid || status === 401 || status === 404) {
    if (invalid && fieldErrors.length > 0) {
      return NEW_PASSWORD.has(endpoint) && fieldErrors.some((e) => /password/i.test(e.field)) ? 'POLICY_VIOLATION' : 'VALIDATION';
    }
    if (endpoint === 'confirmPin') return 'PIN_INVALID';
    if (TOKEN_LINKS.has(endpoint)) return 'TOKEN_INVALID';
    if (LOGIN.has(endpoint)) return ctx.social && status !== 404 ? 'IDENTITY_TOKEN_INVALID' : invalid ? 'VALIDATION' : 'INVALID_CREDENTIALS';
    return invalid ? 'VALIDATION' : status === 404 ? 'NOT_FOUND' : ctx.hasToken ? 'SESSION_EXPIRED' : 'FORBIDDEN';
  }
  if (status === 410) return endpoint === 'confirmPin' ? 'PIN_EXPIRED' : 'TOKEN_INVALID';
  if (status === 429) return rateLimited(ctx);
  return BY_STATUS[status] ?? 'UNKNOWN';
}

/** Maps a 4xx/5xx reply. `body` is the parsed error body, if it was JSON. */
export function mapHttpError(status: number, body: ErrorBody | undefined, retryAfterHeader: string | null, ctx: ErrorContext): AuthError {
  const serverCode = safeCode(body?.errorCode) ?? safeCode(body?.code);
  const fieldErrors = toFieldErrors(body?.errors);
  const fromCode = serverCode === undefined ? undefined : fromServerCode(serverCode, ctx);
  const code = status >= 500 ? 'SERVER' : (fromCode ?? fromStatus(status, ctx, fieldErrors));
  const retryAfterSeconds =
    parseRetryAfter(retryAfterHeader, ctx.now) ??
    seconds(body?.retryAfterSeconds) ??
    seconds(body?.retryAfter) ??
    (body?.lockedUntil === undefined ? undefined : secondsUntil(body.lockedUntil, ctx.now));
  return new AuthError(code, { status, serverCode, fieldErrors, retryAfterSeconds });
}
