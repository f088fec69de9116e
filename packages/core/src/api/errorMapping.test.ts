import { describe, expect, it } from 'vitest';
import type { AuthErrorCode } from '../errors/AuthError';
import { createManualClock } from '../testing/manualClock';
import { createApiClient } from './client';
import type { AuthApi } from './contract';
import { mapHttpError, parseRetryAfter, toFieldErrors } from './errorMapping';
import type { ErrorContext } from './errorMapping';
import { createTestFetch, errorBody, json, text } from './testFetch';

const NOW = Date.UTC(2026, 0, 1);
const ctx = (endpoint: ErrorContext['endpoint'], extra: Partial<ErrorContext> = {}): ErrorContext => ({ endpoint, hasToken: false, social: false, now: NOW, ...extra });

describe('mapHttpError: server errorCode', () => {
  it.each<[string, ErrorContext, AuthErrorCode]>([
    ['ACCOUNT_BANNED', ctx('login'), 'ACCOUNT_LOCKED'],
    ['ACCOUNT_LOCKED', ctx('login'), 'ACCOUNT_LOCKED'],
    ['ACCOUNT_NOT_ACTIVATED', ctx('login'), 'ACCOUNT_NOT_ACTIVATED'],
    ['ACCOUNT_INACTIVE', ctx('conditionalLogin'), 'ACCOUNT_NOT_ACTIVATED'],
    ['EMAIL_ALREADY_EXISTS', ctx('register'), 'ACCOUNT_EXISTS'],
    ['ACCOUNT_ALREADY_REGISTERED', ctx('register'), 'ACCOUNT_EXISTS'],
    ['PIN_INVALID', ctx('confirmPin'), 'PIN_INVALID'],
    ['INVALID_PIN_CODE', ctx('confirmPin'), 'PIN_INVALID'],
    ['PIN_EXPIRED', ctx('confirmPin'), 'PIN_EXPIRED'],
    ['PIN_RESEND_COOLDOWN', ctx('requestPin'), 'PIN_RESEND_COOLDOWN'],
    ['TOO_MANY_REQUESTS', ctx('requestPin'), 'PIN_RESEND_COOLDOWN'],
    ['TOO_MANY_REQUESTS', ctx('login'), 'RATE_LIMITED'],
    ['RATE_LIMITED', ctx('refresh'), 'RATE_LIMITED'],
    ['DEVICE_ID_REQUIRED', ctx('login'), 'DEVICE_REQUIRED'],
    ['INVALID_IDENTITY_PROVIDER_TOKEN', ctx('login', { social: true }), 'IDENTITY_TOKEN_INVALID'],
    ['INVALID_TOKEN', ctx('login', { social: true }), 'IDENTITY_TOKEN_INVALID'],
    ['INVALID_TOKEN', ctx('confirmActivation'), 'TOKEN_INVALID'],
    ['TOKEN_EXPIRED', ctx('confirmPasswordReset'), 'TOKEN_INVALID'],
    ['TOKEN_EXPIRED', ctx('refresh', { hasToken: true }), 'SESSION_EXPIRED'],
    ['INVALID_CREDENTIALS', ctx('login'), 'INVALID_CREDENTIALS'],
    ['BAD_CREDENTIALS', ctx('conditionalLogin'), 'INVALID_CREDENTIALS'],
    ['INVALID_PASSWORD', ctx('changePassword', { hasToken: true }), 'INVALID_CREDENTIALS'],
    ['PASSWORD_POLICY_VIOLATION', ctx('register'), 'POLICY_VIOLATION'],
    ['INVALID_API_KEY', ctx('login'), 'FORBIDDEN'],
    ['JWT_EXPIRED', ctx('conditionalLogin', { hasToken: true, social: true }), 'SESSION_EXPIRED'],
    ['JWT_REVOKED', ctx('logout', { hasToken: true }), 'SESSION_EXPIRED'],
    ['JWT_MISSING', ctx('register'), 'FORBIDDEN'],
    ['CLIENT_TOKEN_REQUIRED', ctx('changePassword', { hasToken: true }), 'FORBIDDEN'],
    ['PIN_DEVICE_MISMATCH', ctx('confirmPin'), 'FORBIDDEN'],
    ['OLD_PASSWORD_INVALID', ctx('changePassword', { hasToken: true }), 'INVALID_CREDENTIALS'],
    ['IDENTITY_TOKEN_EXPIRED', ctx('conditionalLogin', { hasToken: true, social: true }), 'IDENTITY_TOKEN_INVALID'],
  ])('%s on %o → %s', (errorCode, context, expected) => {
    const status = errorCode === 'CLIENT_TOKEN_REQUIRED' ? 403 : 400;
    const error = mapHttpError(status, errorBody(status, errorCode), null, context);
    expect(error.code).toBe(expected);
    expect(error.serverCode).toBe(errorCode);
  });

  it('5xx is SERVER whatever the errorCode', () => {
    expect(mapHttpError(503, errorBody(503, 'ACCOUNT_LOCKED'), '7', ctx('login'))).toMatchObject({ code: 'SERVER', retryAfterSeconds: 7, isTransient: true });
  });

  it('drops a server code that is not an enum-like identifier', () => {
    expect(mapHttpError(400, errorBody(400, 'Password "hunter2" is wrong'), null, ctx('login')).serverCode).toBeUndefined();
  });
});

describe('mapHttpError: status fallback (no or unknown errorCode)', () => {
  const pwd = [{ field: 'password', code: 'TOO_SHORT', message: 'm', rejectedValue: 'x' }];
  const email = [{ field: 'email', code: 'INVALID_FORMAT', message: 'm', rejectedValue: 'x' }];
  it.each<[number, unknown[], ErrorContext, AuthErrorCode]>([
    [400, pwd, ctx('register'), 'POLICY_VIOLATION'],
    [400, pwd, ctx('changePassword', { hasToken: true }), 'POLICY_VIOLATION'],
    [400, pwd, ctx('confirmPasswordReset'), 'POLICY_VIOLATION'],
    [400, pwd, ctx('login'), 'VALIDATION'],
    [400, email, ctx('register'), 'VALIDATION'],
    [400, [], ctx('confirmPin'), 'PIN_INVALID'],
    [400, [], ctx('confirmActivation'), 'TOKEN_INVALID'],
    [400, [], ctx('login', { social: true }), 'IDENTITY_TOKEN_INVALID'],
    [400, [], ctx('logout'), 'VALIDATION'],
    [401, [], ctx('login'), 'INVALID_CREDENTIALS'],
    [401, [], ctx('conditionalLogin', { hasToken: true }), 'INVALID_CREDENTIALS'],
    [401, [], ctx('login', { social: true }), 'IDENTITY_TOKEN_INVALID'],
    [401, [], ctx('refresh', { hasToken: true }), 'SESSION_EXPIRED'],
    [401, [], ctx('getPersonalInformation', { hasToken: true }), 'SESSION_EXPIRED'],
    [401, [], ctx('logout', { hasToken: true }), 'SESSION_EXPIRED'],
    [401, [], ctx('anonymousLogin'), 'FORBIDDEN'],
    [401, [], ctx('confirmPin'), 'PIN_INVALID'],
    [401, [], ctx('confirmPasswordReset'), 'TOKEN_INVALID'],
    [403, [], ctx('changePassword', { hasToken: true }), 'FORBIDDEN'],
    [403, [], ctx('login'), 'FORBIDDEN'],
    [404, [], ctx('login'), 'INVALID_CREDENTIALS'],
    [404, [], ctx('confirmActivation'), 'TOKEN_INVALID'],
    [404, [], ctx('getPersonalInformation'), 'NOT_FOUND'],
    [409, [], ctx('register'), 'ACCOUNT_EXISTS'],
    [410, [], ctx('confirmPin'), 'PIN_EXPIRED'],
    [410, [], ctx('confirmActivation'), 'TOKEN_INVALID'],
    [423, [], ctx('login'), 'ACCOUNT_LOCKED'],
    [429, [], ctx('requestPin'), 'PIN_RESEND_COOLDOWN'],
    [429, [], ctx('login'), 'RATE_LIMITED'],
    [500, [], ctx('login'), 'SERVER'],
    [418, [], ctx('login'), 'UNKNOWN'],
  ])('%i with %j on %o → %s', (status, errors, context, expected) => {
    expect(mapHttpError(status, errorBody(status, 'SOMETHING_NEW', errors), null, context).code).toBe(expected);
    // The same without any body (e.g. an HTML error page).
    if (errors.length === 0) expect(mapHttpError(status, undefined, null, context).code).toBe(expected);
  });
});

describe('retry-after and field errors', () => {
  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120);
    expect(parseRetryAfter(new Date(NOW + 90_500).toUTCString(), NOW)).toBe(90);
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  it('reads the lock duration from the header first, then body fields', () => {
    const c = ctx('login');
    expect(mapHttpError(423, errorBody(423, 'ACCOUNT_BANNED', [], { retryAfterSeconds: 300 }), '60', c).retryAfterSeconds).toBe(60);
    expect(mapHttpError(423, errorBody(423, 'ACCOUNT_BANNED', [], { retryAfterSeconds: 300 }), null, c).retryAfterSeconds).toBe(300);
    expect(mapHttpError(423, errorBody(423, 'ACCOUNT_BANNED', [], { retryAfter: '45' }), null, c).retryAfterSeconds).toBe(45);
    expect(mapHttpError(423, errorBody(423, 'ACCOUNT_BANNED', [], { lockedUntil: NOW + 1800_000 }), null, c).retryAfterSeconds).toBe(1800);
    expect(mapHttpError(423, errorBody(423, 'ACCOUNT_BANNED', [], { retryAfterSeconds: -1 }), null, c).retryAfterSeconds).toBeUndefined();
  });

  it('keeps only {field, code}, never rejectedValue or message, and drops unsafe fields', () => {
    expect(
      toFieldErrors([
        { field: 'password', code: 'TOO_SHORT', message: 'too short: hunter2', rejectedValue: 'hunter2' },
        { field: 'agreements.email', message: 'no code' },
        { field: '__proto__', code: 'X' },
        { field: 'a b <script>', code: 'X' },
        { code: 'NO_FIELD' },
        null,
        'junk',
        { field: 'email', code: 'free text with spaces' },
      ]),
    ).toEqual([
      { field: 'password', code: 'TOO_SHORT' },
      { field: 'agreements.email', code: 'INVALID' },
      { field: 'email', code: 'INVALID' },
    ]);
    expect(toFieldErrors({ password: 'x' })).toEqual([]);
  });
});

describe('through the client', () => {
  const TOKEN = 'tkn.abc.def';
  async function codeOf(response: Response, run: (api: AuthApi) => Promise<unknown>) {
    const tf = createTestFetch(() => response);
    const api = createApiClient({ apiKey: 'k', fetch: tf.fetch, clock: createManualClock(NOW) });
    return run(api).then(
      () => 'resolved',
      (e: { code: string; retryAfterSeconds?: number; fieldErrors: unknown; status?: number }) => e,
    );
  }

  it('429 on requestPin carries the Retry-After as a resend cooldown', async () => {
    const e = await codeOf(json(429, errorBody(429, 'TOO_MANY_REQUESTS'), { 'Retry-After': '42' }), (api) => api.requestPin({ email: 'a@b.c', uuid: 'u', deviceId: 'd' }, TOKEN));
    expect(e).toMatchObject({ code: 'PIN_RESEND_COOLDOWN', retryAfterSeconds: 42, status: 429 });
  });

  it('a non-JSON error page still maps by status', async () => {
    expect(await codeOf(text(502, '<html>Bad gateway</html>'), (api) => api.refresh(TOKEN))).toMatchObject({ code: 'SERVER', status: 502 });
    expect(await codeOf(text(401, ''), (api) => api.refresh(TOKEN))).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(await codeOf(text(429, 'slow down', { 'Retry-After': '3' }), (api) => api.getPersonalInformation(TOKEN))).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3 });
  });

  it('register policy violation exposes field errors', async () => {
    const body = errorBody(400, 'VALIDATION_ERROR', [{ field: 'password', code: 'MISSING_UPPERCASE', message: 'x', rejectedValue: 'abc' }]);
    const e = await codeOf(json(400, body), (api) => api.register({ email: 'a@b.c', password: 'abc' }, TOKEN));
    expect(e).toMatchObject({ code: 'POLICY_VIOLATION', fieldErrors: [{ field: 'password', code: 'MISSING_UPPERCASE' }] });
  });

  it('social login 401 is IDENTITY_TOKEN_INVALID, password login 401 is INVALID_CREDENTIALS', async () => {
    expect(await codeOf(json(401, errorBody(401)), (api) => api.login({ identityProvider: 'FACEBOOK', identityProviderToken: 'fb' }))).toMatchObject({ code: 'IDENTITY_TOKEN_INVALID' });
    expect(await codeOf(json(401, errorBody(401)), (api) => api.login({ identityProvider: 'SYNERISE', email: 'a@b.c', password: 'p' }))).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });
});
