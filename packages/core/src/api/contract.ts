// The contract between the session engine and the HTTP API client.
// The engine (src/session/**) depends only on this interface; src/api/** implements it
// with fetch + zod. Every method either resolves with a parsed value or rejects with an
// AuthError (src/errors) — never with a raw Error, never with a token/password/PIN in text.

export type IdentityProvider = 'SYNERISE' | 'FACEBOOK' | 'OAUTH' | 'APPLE' | 'GOOGLE' | 'UNKNOWN';

export interface Agreements {
  email?: boolean;
  sms?: boolean;
  push?: boolean;
  webPush?: boolean;
  bluetooth?: boolean;
  rfid?: boolean;
  wifi?: boolean;
}

/** Body shared by login and conditional login (apiKey is added by the client). */
export interface LoginBody {
  identityProvider: IdentityProvider;
  identityProviderToken?: string;
  email?: string;
  customId?: string;
  password?: string;
  uuid?: string;
  deviceId?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
  tags?: string[];
}

export type ConditionalStatus =
  | 'SUCCESS'
  | 'UNAUTHORIZED'
  | 'ACTIVATION_REQUIRED'
  | 'REGISTRATION_REQUIRED'
  | 'APPROVAL_REQUIRED'
  | 'TERMS_ACCEPTANCE_REQUIRED'
  | 'MFA_REQUIRED';

/** Parsed conditional-login reply. `status` is a string so unknown statuses survive parsing. */
export interface ConditionalLoginReply {
  status: ConditionalStatus | (string & {});
  conditions: string[];
  token?: string;
  /** epoch seconds */
  expiration?: number;
  /** epoch milliseconds */
  created?: number;
  origin?: string;
  customId?: string | null;
  realm?: string;
}

export type RegistrationType =
  | 'AUTOMATIC'
  | 'REQUIRE_EMAIL_CONFIRMATION'
  | 'REQUIRE_ACTIVATION'
  | 'REQUIRE_PIN_CONFIRMATION';

export interface PasswordPolicySettings {
  minLength?: number;
  maxLength?: number;
  requireAtLeastOneLowercase?: boolean;
  requireAtLeastOneUppercase?: boolean;
  requireAtLeastOneNumber?: boolean;
  requireAtLeastOneNonAlphaNumeric?: boolean;
}

export interface AuthSettings {
  registrationType: RegistrationType;
  pinConfirmationType?: 'EVERYONE' | 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT';
  pinConfirmationLength: number;
  pinConfirmationValidInSeconds: number;
  allowPinResendFromDifferentDeviceId?: boolean;
  /** Seconds before a PIN e-mail may be re-sent, when the workspace reports it. */
  pinResendCooldownSeconds?: number;
  passwordPolicy: PasswordPolicySettings;
  confirmationRedirectLink?: string;
  deviceControlMode?: false | 'SOFT' | 'HARD' | 'CONDITIONAL_BASED_ON_LOCATION';
  /** Agreement names the workspace requires (TERMS_ACCEPTANCE_REQUIRED lists the missing ones). */
  requiredAgreements?: string[];
}

export interface RegisterBody {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  customId?: string;
  uuid?: string;
  deviceId?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export interface PersonalInformation {
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  customId?: string | null;
  uuid?: string;
  city?: string | null;
  zipCode?: string | null;
  birthDate?: string | null;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export type LogoutMode = 'LOGOUT' | 'LOGOUT_WITH_SESSION_CLEARING';

/** Per-call options. `signal` aborts the request (the client adds its own timeout). */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * One method per endpoint of shared/docs/synerise-api.md. Methods that need a Bearer token
 * take it explicitly as `token`: the API client holds no session state.
 */
export interface AuthApi {
  anonymousLogin(body: { uuid: string; deviceId?: string }, o?: CallOptions): Promise<{ token: string }>;
  login(body: LoginBody, token?: string, o?: CallOptions): Promise<{ token: string }>;
  conditionalLogin(body: LoginBody, token: string | undefined, o?: CallOptions): Promise<ConditionalLoginReply>;
  refresh(token: string, o?: CallOptions): Promise<{ token: string }>;
  getSettings(o?: CallOptions): Promise<AuthSettings>;
  getOAuthSettings(provider: 'facebook' | 'google', o?: CallOptions): Promise<{ clientId?: string; appId?: string } & Record<string, unknown>>;
  register(body: RegisterBody, token: string | undefined, o?: CallOptions): Promise<void>;
  requestActivation(email: string, o?: CallOptions): Promise<void>;
  confirmActivation(activationToken: string, o?: CallOptions): Promise<void>;
  requestPin(body: { email: string; uuid?: string; deviceId?: string }, o?: CallOptions): Promise<void>;
  confirmPin(body: { email: string; pinCode: string; uuid?: string; deviceId?: string }, o?: CallOptions): Promise<{ token?: string }>;
  requestPasswordReset(email: string, o?: CallOptions): Promise<void>;
  confirmPasswordReset(body: { token: string; password: string }, o?: CallOptions): Promise<void>;
  changePassword(body: { oldPassword: string; password: string; deviceId?: string }, token: string, o?: CallOptions): Promise<void>;
  getPersonalInformation(token: string, o?: CallOptions): Promise<PersonalInformation>;
  updatePersonalInformation(body: Partial<PersonalInformation>, token: string, o?: CallOptions): Promise<PersonalInformation>;
  logout(body: { mode: LogoutMode; fromAllDevices?: boolean }, token: string, o?: CallOptions): Promise<void>;
}
