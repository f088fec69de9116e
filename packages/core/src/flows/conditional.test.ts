import { describe, expect, it } from 'vitest';
import { AuthError } from '../errors/AuthError';
import { jwtExpiry, toConditionalResult, toPublicConditionalResult } from './conditional';

const jwt = (payload: object): string => `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('toConditionalResult', () => {
  it.each([
    ['UNAUTHORIZED', 'unauthorized'],
    ['ACTIVATION_REQUIRED', 'activationRequired'],
    ['REGISTRATION_REQUIRED', 'registrationRequired'],
    ['APPROVAL_REQUIRED', 'approvalRequired'],
    ['TERMS_ACCEPTANCE_REQUIRED', 'termsAcceptanceRequired'],
    ['MFA_REQUIRED', 'mfaRequired'],
  ])('%s → %s with conditions', (status, expected) => {
    expect(toConditionalResult({ status, conditions: ['email'] })).toEqual({ status: expected, conditions: ['email'] });
  });

  it('SUCCESS carries the token and expiresAt in ms from `expiration` (s)', () => {
    expect(toConditionalResult({ status: 'SUCCESS', conditions: [], token: 't', expiration: 1767229200 })).toEqual({ status: 'success', token: 't', expiresAt: 1767229200000 });
  });

  it('SUCCESS without expiration falls back to the token exp', () => {
    const token = jwt({ exp: 1767229200, rlm: 'client' });
    expect(toConditionalResult({ status: 'SUCCESS', conditions: [], token })).toEqual({ status: 'success', token, expiresAt: 1767229200000 });
    expect(toConditionalResult({ status: 'SUCCESS', conditions: [], token: 'opaque' })).toEqual({ status: 'success', token: 'opaque', expiresAt: undefined });
  });

  it('SUCCESS without a token is a BAD_RESPONSE', () => {
    expect(() => toConditionalResult({ status: 'SUCCESS', conditions: [] })).toThrow(AuthError);
    expect(() => toConditionalResult({ status: 'SUCCESS', conditions: [], token: '' })).toThrowError(expect.objectContaining({ code: 'BAD_RESPONSE' }));
  });

  it('an unknown status is surfaced, not a crash (even a prototype key)', () => {
    expect(toConditionalResult({ status: 'CAPTCHA_REQUIRED', conditions: ['captcha'] })).toEqual({ status: 'unknown', serverStatus: 'CAPTCHA_REQUIRED', conditions: ['captcha'] });
    expect(toConditionalResult({ status: 'toString', conditions: [] })).toEqual({ status: 'unknown', serverStatus: 'toString', conditions: [] });
  });

  it('copies conditions (the reply is not shared)', () => {
    const reply = { status: 'UNAUTHORIZED', conditions: ['a'] };
    const result = toConditionalResult(reply);
    reply.conditions.push('b');
    expect(result).toEqual({ status: 'unauthorized', conditions: ['a'] });
  });
});

describe('toPublicConditionalResult', () => {
  it('strips the token from success and passes others through', () => {
    const success = toPublicConditionalResult({ status: 'success', token: 'secret', expiresAt: 5 });
    expect(success).toEqual({ status: 'success', expiresAt: 5 });
    expect(JSON.stringify(success)).not.toContain('secret');
    expect(toPublicConditionalResult({ status: 'mfaRequired', conditions: [] })).toEqual({ status: 'mfaRequired', conditions: [] });
  });
});

describe('jwtExpiry', () => {
  it('reads exp, tolerates garbage', () => {
    expect(jwtExpiry(jwt({ exp: 42 }))).toBe(42);
    expect(jwtExpiry(jwt({ exp: '42' }))).toBeUndefined();
    expect(jwtExpiry('a.%%%.c')).toBeUndefined();
    expect(jwtExpiry('')).toBeUndefined();
  });
});
