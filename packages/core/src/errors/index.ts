export { AuthError, isAuthError } from './AuthError';
export type { AuthErrorCode, AuthErrorInit, FieldError } from './AuthError';
