import type { Agreements, AuthSettings, AuthSettingsInput, CustomId, IdentityProvider, PersonalInformation } from '../api/contract';
import type { EndpointPaths } from '../api/endpoints';
import type { PublicConditionalResult } from '../flows/conditional';
import type { Clock, EnvironmentSignals, Fetch, IdentityMirror, KeyValueStorage, Random, TabChannel, TabLock } from '../ports';
import type { AuthEvents, SessionHealth, SessionSnapshot } from '../session/types';

export interface AuthClientOptions {
  apiKey: string;
  /** Default `https://api.synerise.com`. */
  baseUrl?: string;
  /** Default: globalThis.fetch, looked up per call. */
  fetch?: Fetch;
  /** Default: systemClock. */
  clock?: Clock;
  /** Default: createBrowserStorage() (localStorage, memory fallback). */
  storage?: KeyValueStorage;
  /** Default: Web Crypto. */
  random?: Random;
  /** Default: createBroadcastTabChannel(); `null` = no channel. */
  channel?: TabChannel | null;
  /** Default: createWebLockOrLease(). */
  lock?: TabLock;
  /** Default: createBrowserEnvironment() (static outside a browser). */
  environment?: EnvironmentSignals;
  /** Default: the `_snrs_uuid` cookie in a browser; `null` = none. */
  identityMirror?: IdentityMirror | null;
  /** Refresh when this much of a token's life remains; default 720 (12 min), capped at half the lifetime. */
  refreshLeadSeconds?: number;
  /** Jittered exponential backoff for refresh retries; defaults 1000 / 60000 ms. */
  retry?: { baseMs?: number; maxMs?: number };
  /** A token is never sent with less than this left; default 10 s. */
  expirySkewSeconds?: number;
  /** Per-request timeout; default 15000 ms. */
  timeoutMs?: number;
  /** Prefix of every storage key (session, identity, PIN state, lease); default 'synerise-auth'. */
  storageKey?: string;
  /**
   * The workspace's auth settings (registration type, activation link/PIN, PIN rules, password
   * policy, required agreements, OAuth client ids). Configuration: the browser never requests
   * them. Omitted fields get the documented defaults (see `resolveAuthSettings`); load the real
   * ones on your server with `@synerise-auth/core/server`.
   */
  settings?: AuthSettingsInput;
  /** Path overrides per endpoint of the table (`ENDPOINTS`), e.g. `{ requestPin: '/v4/…' }`. */
  endpoints?: Partial<EndpointPaths>;
}

/** The identifier of a SYNERISE sign-in: the e-mail (default) or the workspace's customId. */
export type Identifier = { email: string; customId?: never } | { customId: CustomId; email?: never };

export type SignInInput = Identifier & {
  password: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
};

export type ConditionalSignInInput = (Identifier | { email?: undefined; customId?: undefined }) & {
  /** Default SYNERISE. */
  identityProvider?: IdentityProvider;
  password?: string;
  identityProviderToken?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
};

export type SocialProvider = 'GOOGLE' | 'FACEBOOK' | 'APPLE' | 'OAUTH';

export type SocialSignInInput = SocialSignInFields & ({ email?: string; customId?: never } | { customId: CustomId; email?: never });

interface SocialSignInFields {
  provider: SocialProvider;
  identityToken: string;
  /** `conditional` (default): never creates an account; `create`: login that creates one. */
  mode?: 'conditional' | 'create';
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export interface RegisterInput {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  customId?: CustomId;
  phone?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export interface PinState {
  cooldownSeconds: number;
  expiresInSeconds: number;
  canResend: boolean;
  expired: boolean;
}

/**
 * What registration led to. The server decides: after the registration reply the kit makes a
 * conditional login with the same credentials; configuration only says whether
 * "activation required" means a link or a PIN.
 */
export type RegistrationResult =
  /** Conditional login SUCCESS: the customer is signed in. */
  | { status: 'signedIn' }
  /** SUCCESS on a REQUIRE_EMAIL_CONFIRMATION workspace: signed in, and a confirmation e-mail is on its way. */
  | { status: 'checkEmail'; signedIn: boolean }
  /** ACTIVATION_REQUIRED with `activationMethod: 'link'`: sign-in works once the e-mailed link is clicked. */
  | { status: 'activationRequired' }
  /** ACTIVATION_REQUIRED with `activationMethod: 'pin'`: a PIN was e-mailed; confirm it with confirmPin(email, pin) on this device. */
  | { status: 'pinRequired'; pinLength: number; expiresInSeconds: number; cooldownSeconds: number }
  /**
   * The account was created but the conditional login answered something else
   * (`reason`: the public conditional status, e.g. 'approvalRequired', or an error code): the
   * customer signs in separately.
   */
  | { status: 'signInRequired'; reason: string; conditions: string[] };

export interface SignOutOptions {
  /** `keepUuid` (default): LOGOUT; `clearSession`: LOGOUT_WITH_SESSION_CLEARING and a new profile UUID. */
  mode?: 'keepUuid' | 'clearSession';
  fromAllDevices?: boolean;
}

export interface AuthClient {
  /** Bootstraps the session (idempotent; concurrent calls share one). */
  start(): Promise<void>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SessionSnapshot;
  getServerSnapshot(): SessionSnapshot;
  subscribeHealth(listener: () => void): () => void;
  getHealth(): SessionHealth;
  on<E extends keyof AuthEvents>(event: E, handler: (payload: AuthEvents[E]) => void): () => void;
  /** A token valid for at least the skew margin (refreshed first if needed), for your own Synerise calls. */
  getToken(): Promise<string>;
  /**
   * Runs your own call with the session's token (anonymous or signed in). A 401 (thrown, or a
   * returned `Response`) re-checks the session with one refresh and retries the call once with
   * the new token; if the server refused the session it ends in every tab (`sessionRevoked`)
   * and the call rejects SESSION_REVOKED.
   */
  withToken<T>(call: (token: string) => Promise<T>): Promise<T>;
  signIn(input: SignInInput): Promise<void>;
  conditionalSignIn(input: ConditionalSignInInput): Promise<PublicConditionalResult>;
  socialSignIn(input: SocialSignInInput): Promise<PublicConditionalResult>;
  register(input: RegisterInput): Promise<RegistrationResult>;
  requestPin(email: string): Promise<void>;
  resendPin(email: string): Promise<void>;
  confirmPin(email: string, pin: string): Promise<void>;
  getPinState(email: string): PinState | undefined;
  requestActivation(email: string): Promise<void>;
  confirmActivation(token: string): Promise<void>;
  requestPasswordReset(email: string): Promise<void>;
  confirmPasswordReset(token: string, password: string): Promise<void>;
  changePassword(oldPassword: string, newPassword: string): Promise<void>;
  getAccount(): Promise<PersonalInformation>;
  updateAccount(patch: Partial<PersonalInformation>): Promise<PersonalInformation>;
  /** The resolved workspace settings (configuration with defaults); synchronous, never fetched. */
  readonly settings: AuthSettings;
  signOut(options?: SignOutOptions): Promise<void>;
  destroy(): void;
}
