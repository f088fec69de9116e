export { createApiClient, DEFAULT_API_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './client';
export type { ApiClientOptions } from './client';
export { ENDPOINTS, resolveEndpoints } from './endpoints';
export type { AuthKind, EndpointName, EndpointPaths, EndpointSpec } from './endpoints';
export { parseRetryAfter } from './errorMapping';
export type { ErrorEndpoint } from './errorMapping';
export { DEFAULT_PIN_LENGTH, DEFAULT_PIN_VALID_SECONDS, resolveAuthSettings } from './settings';
export type {
  ActivationMethod,
  Agreements,
  AuthApi,
  AuthSettings,
  AuthSettingsInput,
  CallOptions,
  ConditionalLoginReply,
  ConditionalStatus,
  CustomId,
  DeviceControlMode,
  IdentityProvider,
  LoginBody,
  LogoutMode,
  OAuthClientIds,
  PasswordPolicySettings,
  PersonalInformation,
  PinConfirmationType,
  RegisterBody,
  RegistrationType,
  TokenReply,
} from './contract';
