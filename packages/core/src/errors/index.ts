export { AUTH_ERROR_CODES, AuthError, isAuthError } from './AuthError';
export type { AuthErrorCode, AuthErrorInit, FieldError } from './AuthError';
