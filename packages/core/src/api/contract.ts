// The contract between the session engine and the HTTP API client.
// The engine (src/session/**) depends only on this interface; src/api/** implements it
// with fetch + zod. Every method either resolves with a parsed value or rejects with an
// AuthError (src/errors) — never with a raw Error, never with a token/password/PIN in text.

/** `customId` is typed "any" by Synerise: any JSON scalar is accepted. */
export type CustomId = string | number | boolean;

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
  customId?: CustomId;
  password?: string;
  uuid?: string;
  deviceId?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
  tags?: string[];
}

/**
 * A token reply (anonymous login, login, refresh, PIN confirmation). Only `token` is required;
 * the other fields are used when the server sends them (seed 003 documents them for refresh):
 * the kit prefers `expiration` over decoding the token, which may not be a readable JWT.
 */
export interface TokenReply {
  token: string;
  /** epoch seconds */
  expiration?: number;
  /** epoch milliseconds */
  created?: number;
  origin?: string;
  customId?: CustomId;
  realm?: string;
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
  customId?: CustomId | null;
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

export type PinConfirmationType = 'EVERYONE' | 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT';

/** How an account that needs activation is activated: an e-mailed link, or an e-mailed PIN entered on this device. */
export type ActivationMethod = 'link' | 'pin';

export type DeviceControlMode = false | 'SOFT' | 'HARD' | 'CONDITIONAL_BASED_ON_LOCATION';

/** OAuth client ids the social buttons use (a button's own prop wins). */
export interface OAuthClientIds {
  google?: string;
  /** Facebook app id. */
  facebook?: string;
  /** Apple Services ID. */
  apple?: string;
}

/**
 * The workspace's auth settings as the kit uses them: configuration, never fetched by the
 * browser (every workspace settings endpoint needs a workspace token). Resolved from
 * `AuthSettingsInput` with the documented defaults by `resolveAuthSettings`.
 */
export interface AuthSettings {
  registrationType: RegistrationType;
  pinConfirmationType: PinConfirmationType;
  pinConfirmationLength: number;
  pinConfirmationValidInSeconds: number;
  /** Seconds before a PIN e-mail may be re-sent (a server `retryAfterSeconds` wins). */
  pinResendCooldownSeconds: number;
  allowPinResendFromDifferentDeviceId: boolean;
  passwordPolicy: Required<PasswordPolicySettings>;
  /** Agreement names the workspace requires (TERMS_ACCEPTANCE_REQUIRED lists the missing ones). */
  requiredAgreements: string[];
  /** Link or PIN when the server answers ACTIVATION_REQUIRED (the status does not say which). */
  activationMethod: ActivationMethod;
  oauthClientIds: OAuthClientIds;
  confirmationRedirectLink?: string;
  deviceControlMode: DeviceControlMode;
}

/** What a shop passes (every field optional); plain JSON, so a server can hand it to the browser. */
export type AuthSettingsInput = Partial<Omit<AuthSettings, 'passwordPolicy' | 'oauthClientIds'>> & {
  passwordPolicy?: PasswordPolicySettings;
  oauthClientIds?: OAuthClientIds;
};

export interface RegisterBody {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  customId?: CustomId;
  phone?: string;
  uuid?: string;
  deviceId?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

/**
 * The customer's profile. Known fields are typed; every other field the server sends
 * (`displayName`, `avatarUrl`, `tags`, `company`, …) is kept as is.
 */
export interface PersonalInformation {
  [field: string]: unknown;
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  customId?: CustomId | null;
  uuid?: string;
  city?: string | null;
  zipCode?: string | null;
  birthDate?: string | null;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
  tags?: string[];
}

export type LogoutMode = 'LOGOUT' | 'LOGOUT_WITH_SESSION_CLEARING';

/** Per-call options. `signal` aborts the request (the client adds its own timeout). */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * One method per row of the endpoint table (./endpoints.ts). Methods that need a Bearer token
 * take it explicitly as `token`: the API client holds no session state.
 */
export interface AuthApi {
  anonymousLogin(body: { uuid: string; deviceId?: string }, o?: CallOptions): Promise<TokenReply>;
  login(body: LoginBody, token?: string, o?: CallOptions): Promise<TokenReply>;
  conditionalLogin(body: LoginBody, token: string | undefined, o?: CallOptions): Promise<ConditionalLoginReply>;
  refresh(token: string, o?: CallOptions): Promise<TokenReply>;
  register(body: RegisterBody, token: string | undefined, o?: CallOptions): Promise<void>;
  requestActivation(email: string, token: string | undefined, o?: CallOptions): Promise<void>;
  confirmActivation(activationToken: string, token: string | undefined, o?: CallOptions): Promise<void>;
  requestPin(body: { email: string; uuid: string; deviceId: string }, token: string | undefined, o?: CallOptions): Promise<void>;
  confirmPin(body: { email: string; pinCode: string; uuid: string; deviceId: string }, token: string | undefined, o?: CallOptions): Promise<Partial<TokenReply>>;
  requestPasswordReset(email: string, token: string | undefined, o?: CallOptions): Promise<void>;
  confirmPasswordReset(body: { token: string; password: string }, bearer: string | undefined, o?: CallOptions): Promise<void>;
  changePassword(body: { oldPassword: string; password: string; deviceId?: string }, token: string, o?: CallOptions): Promise<void>;
  getPersonalInformation(token: string, o?: CallOptions): Promise<PersonalInformation>;
  updatePersonalInformation(body: Partial<PersonalInformation>, token: string, o?: CallOptions): Promise<PersonalInformation>;
  logout(body: { mode: LogoutMode; fromAllDevices?: boolean }, token: string, o?: CallOptions): Promise<void>;
}
