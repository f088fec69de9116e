import { fieldError, validationError, HttpError, type FieldError } from './errors.js';
import { str, type JsonBody } from './http.js';
import type { PasswordPolicySettings } from './types.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkApiKey(body: JsonBody, apiKeys: ReadonlySet<string>): void {
  const apiKey = body['apiKey'];
  if (apiKey === undefined || apiKey === null || apiKey === '') {
    throw validationError([fieldError('apiKey', 'REQUIRED', 'apiKey is required')]);
  }
  if (typeof apiKey !== 'string' || !apiKeys.has(apiKey)) {
    throw new HttpError(401, 'INVALID_API_KEY', 'The API key is not valid');
  }
}

export function requireString(body: JsonBody, field: string, errors: FieldError[]): string | undefined {
  const v = body[field];
  if (v === undefined || v === null || v === '') {
    errors.push(fieldError(field, 'REQUIRED', `${field} is required`));
    return undefined;
  }
  if (typeof v !== 'string') {
    errors.push(fieldError(field, 'INVALID_TYPE', `${field} must be a string`, v));
    return undefined;
  }
  return v;
}

export function optionalString(body: JsonBody, field: string, errors: FieldError[]): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    errors.push(fieldError(field, 'INVALID_TYPE', `${field} must be a string`, v));
    return undefined;
  }
  return v;
}

export function requireEmail(body: JsonBody, errors: FieldError[]): string | undefined {
  const email = requireString(body, 'email', errors);
  if (email !== undefined && !EMAIL_RE.test(email.trim())) {
    errors.push(fieldError('email', 'INVALID_FORMAT', 'email is not a valid e-mail address', email));
    return undefined;
  }
  return email?.trim().toLowerCase();
}

export function throwIfErrors(errors: FieldError[], errorCode?: string): void {
  if (errors.length > 0) throw validationError(errors, errorCode);
}

/**
 * One `errors[]` entry per violated rule, all on field `password` (or `field`).
 * Letters are Unicode-aware (`\p{Lu}`/`\p{Ll}`); non-alphanumeric = not a letter nor a number.
 */
export function passwordPolicyErrors(policy: PasswordPolicySettings, password: string, field = 'password'): FieldError[] {
  const out: FieldError[] = [];
  const length = [...password].length;
  const add = (code: string, message: string): void => {
    out.push(fieldError(field, code, message));
  };
  if (length < policy.minLength) add('PASSWORD_TOO_SHORT', `Password must have at least ${policy.minLength} characters`);
  if (policy.maxLength > 0 && length > policy.maxLength)
    add('PASSWORD_TOO_LONG', `Password must have at most ${policy.maxLength} characters`);
  if (policy.requireAtLeastOneLowercase && !/\p{Ll}/u.test(password))
    add('PASSWORD_MISSING_LOWERCASE', 'Password must contain a lowercase letter');
  if (policy.requireAtLeastOneUppercase && !/\p{Lu}/u.test(password))
    add('PASSWORD_MISSING_UPPERCASE', 'Password must contain an uppercase letter');
  if (policy.requireAtLeastOneNumber && !/\p{N}/u.test(password))
    add('PASSWORD_MISSING_NUMBER', 'Password must contain a digit');
  if (policy.requireAtLeastOneNonAlphaNumeric && !/[^\p{L}\p{N}]/u.test(password))
    add('PASSWORD_MISSING_NON_ALPHANUMERIC', 'Password must contain a non-alphanumeric character');
  return out;
}

export function enforcePasswordPolicy(policy: PasswordPolicySettings, password: string, field = 'password'): void {
  throwIfErrors(passwordPolicyErrors(policy, password, field), 'PASSWORD_POLICY_VIOLATION');
}

export { str };
