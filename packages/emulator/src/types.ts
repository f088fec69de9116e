/** Epoch-millisecond clock. Inject a manual one in tests. */
export interface EmulatorClock {
  now(): number;
}

export type AgreementName = 'email' | 'sms' | 'push' | 'webPush' | 'bluetooth' | 'rfid' | 'wifi';
export type IdentityProvider = 'GOOGLE' | 'FACEBOOK' | 'APPLE' | 'OAUTH';
export type RegistrationType =
  | 'AUTOMATIC'
  | 'REQUIRE_EMAIL_CONFIRMATION'
  | 'REQUIRE_ACTIVATION'
  | 'REQUIRE_PIN_CONFIRMATION';

export interface PasswordPolicySettings {
  minLength: number;
  maxLength: number;
  requireAtLeastOneLowercase: boolean;
  requireAtLeastOneUppercase: boolean;
  requireAtLeastOneNumber: boolean;
  requireAtLeastOneNonAlphaNumeric: boolean;
}

export interface BanSettings {
  firstThreshold: number;
  firstMinutes: number;
  secondThreshold: number;
  secondMinutes: number;
  permanentThreshold: number;
}

export interface WorkspaceSettings {
  registrationType: RegistrationType;
  pinConfirmationType: 'EVERYONE' | 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT';
  pinConfirmationLength: number;
  pinConfirmationValidInSeconds: number;
  pinResendCooldownSeconds: number;
  allowPinResendFromDifferentDeviceId: boolean;
  passwordPolicy: PasswordPolicySettings;
  bans: BanSettings;
  deviceControlMode: false | 'SOFT' | 'HARD' | 'CONDITIONAL_BASED_ON_LOCATION';
  requiredAgreements: AgreementName[];
  confirmationRedirectLink: string;
}

/** customId is typed "any" by Synerise (seed 003): any JSON scalar, returned as stored. */
export type CustomId = string | number | boolean;

export interface SeedProfile {
  email: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  customId?: CustomId;
  /** other personal fields served by GET /v4/my-account/personal-information (displayName, avatarUrl, phone, …) */
  fields?: Record<string, unknown>;
  tags?: string[];
  attributes?: Record<string, unknown>;
  uuid?: string;
  /** default true */
  activated?: boolean;
  mfaRequired?: boolean;
  approvalRequired?: boolean;
  agreements?: Partial<Record<AgreementName, boolean>>;
  identities?: Array<{ provider: IdentityProvider; subject: string }>;
}

export interface OAuthProviderSettings {
  facebookAppId: string;
  googleClientId: string;
  appleBundle: string;
}

export interface EmulatorOptions {
  clock?: EmulatorClock;
  /** deterministic ids/uuids/PINs/tokens (default 1) */
  seed?: number;
  /** accepted profile API keys; default ['emulator-api-key'] */
  apiKeys?: string[];
  /** default 3600 */
  tokenTtlSeconds?: number;
  settings?: Partial<WorkspaceSettings>;
  profiles?: SeedProfile[];
  /** artificial latency per request (default 0) */
  latencyMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** provider client ids served by GET /sauth/settings/oauth/{facebook,google,apple} */
  oauth?: Partial<OAuthProviderSettings>;
  /** default 'https://api.synerise.emulator' */
  baseUrl?: string;
  /** generate a key pair for this emulator only (default: one pair shared by the process) */
  freshKeys?: boolean;
  /**
   * Workspace API key accepted by `POST /uauth/v2/auth/login/profile` (default
   * 'emulator-workspace-api-key'). The workspace token it returns is the only token the
   * `/sauth/settings/*` endpoints accept.
   */
  workspaceApiKey?: string;
  /**
   * Issue profile tokens that are NOT decodable JWTs (random strings, like the SDKs' encrypted v3
   * tokens). The emulator still validates them (expiry, realm, revocation). Default false.
   */
  opaqueTokens?: boolean;
}

export type OutboxKind = 'ACTIVATION' | 'EMAIL_CONFIRMATION' | 'PIN' | 'PASSWORD_RESET';

export interface OutboxMessage {
  id: string;
  to: string;
  kind: OutboxKind;
  sentAt: number;
  subject: string;
  text: string;
  link?: string;
  token?: string;
  pin?: string;
  expiresAt?: number;
}

export type Realm = 'anonymous_client' | 'client';
/** `workspace`: a workspace (Business Profile) token from `POST /uauth/v2/auth/login/profile`. */
export type TokenRealm = Realm | 'workspace';

export interface RequestLogEntry {
  method: string;
  path: string;
  realm: TokenRealm | null;
  tokenExpired: boolean;
  status: number;
  at: number;
  /** jti of the Bearer token, never the token itself */
  tokenId?: string;
  /** set when the request was answered by an injected fault */
  fault?: FaultKind;
}

export type FaultKind = 'server-error' | 'network-error' | 'timeout' | 'malformed-json' | 'wrong-shape' | 'rate-limit';

export interface FaultOptions {
  count?: number;
  path?: string | RegExp;
  retryAfterSeconds?: number;
}

export interface EmulatorProfileView {
  id: number;
  email: string;
  uuid: string;
  customId: CustomId | null;
  firstName: string | null;
  lastName: string | null;
  activated: boolean;
  emailConfirmed: boolean;
  hasPassword: boolean;
  mfaRequired: boolean;
  approvalRequired: boolean;
  agreements: Record<AgreementName, boolean>;
  attributes: Record<string, unknown>;
  tags: string[];
  identities: Array<{ provider: IdentityProvider; subject: string }>;
  /** anonymous uuids whose history was merged into this profile */
  mergedAnonymousUuids: string[];
  /** number of requests made with anonymous tokens before they were merged */
  mergedEventCount: number;
  failedLoginAttempts: number;
  /** epoch ms; null when not locked; Infinity when permanently locked */
  lockedUntil: number | null;
  pendingPin: { expiresAt: number; deviceId: string | null; uuid: string | null; sentAt: number } | null;
  createdAt: number;
}

export interface AnonymousProfileView {
  uuid: string;
  id: number;
  eventCount: number;
  mergedInto: string | null;
}

export interface IdentityMintParams {
  provider: IdentityProvider;
  email: string;
  subject?: string;
  firstName?: string;
  lastName?: string;
  expiresInSeconds?: number;
}

export interface SyneriseEmulator {
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  readonly baseUrl: string;
  readonly settings: WorkspaceSettings;
  updateSettings(patch: Partial<WorkspaceSettings>): void;
  setTokenTtl(seconds: number): void;
  addProfile(p: SeedProfile): void;
  getProfile(email: string): EmulatorProfileView | undefined;
  getAnonymousProfile(uuid: string): AnonymousProfileView | undefined;
  outbox: {
    all(): OutboxMessage[];
    latest(to: string, kind?: OutboxKind): OutboxMessage | undefined;
    clear(): void;
    subscribe(l: () => void): () => void;
  };
  requestLog: {
    entries(): RequestLogEntry[];
    count(filter?: { path?: string | RegExp; method?: string }): number;
    clear(): void;
  };
  faults: { inject(kind: FaultKind, opts?: FaultOptions): void; clear(): void };
  identity: { mint(p: IdentityMintParams): Promise<string>; tamper(token: string): string };
  publicKeyJwk(): Promise<JsonWebKey>;
  /** a workspace token, as `POST /uauth/v2/auth/login/profile` with the workspace API key returns */
  workspaceToken(): Promise<string>;
  /**
   * Revokes every token of one profile: by e-mail (the customer's tokens) or by uuid (the customer
   * with that uuid and the anonymous tokens of that uuid). Returns how many tokens were revoked.
   */
  revokeTokens(emailOrUuid: string): number;
  revokeAll(): void;
  reset(): void;
}

