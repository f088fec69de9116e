export { createApiClient, DEFAULT_API_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, PATHS } from './client';
export type { ApiClientOptions } from './client';
export { parseRetryAfter } from './errorMapping';
export type { EndpointName } from './errorMapping';
export { DEFAULT_PIN_LENGTH, DEFAULT_PIN_VALID_SECONDS } from './settings';
export type {
  Agreements,
  AuthApi,
  AuthSettings,
  CallOptions,
  ConditionalLoginReply,
  ConditionalStatus,
  IdentityProvider,
  LoginBody,
  LogoutMode,
  PasswordPolicySettings,
  PersonalInformation,
  RegisterBody,
  RegistrationType,
} from './contract';
