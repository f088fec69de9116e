export { AUTH_ERROR_CODES, AuthError, isAuthError, toAuthError } from './AuthError';
export type { AuthErrorCode, AuthErrorInit, FieldError } from './AuthError';
