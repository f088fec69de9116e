import type { Agreements, AuthSettings, IdentityProvider, PersonalInformation } from '../api/contract';
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
}

export interface SignInInput {
  email: string;
  password: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export interface ConditionalSignInInput {
  /** Default SYNERISE. */
  identityProvider?: IdentityProvider;
  email?: string;
  password?: string;
  identityProviderToken?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export type SocialProvider = 'GOOGLE' | 'FACEBOOK' | 'APPLE' | 'OAUTH';

export interface SocialSignInInput {
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
  customId?: string;
  agreements?: Agreements;
  attributes?: Record<string, unknown>;
}

export interface PinState {
  cooldownSeconds: number;
  expiresInSeconds: number;
  canResend: boolean;
  expired: boolean;
}

/** One member per workspace registration type. */
export type RegistrationResult =
  /** AUTOMATIC: the account is usable and the user is now signed in. */
  | { status: 'signedIn' }
  /** REQUIRE_EMAIL_CONFIRMATION: signed in (when the server allowed it) and a confirmation e-mail is on its way. */
  | { status: 'checkEmail'; signedIn: boolean }
  /** REQUIRE_ACTIVATION: sign-in is refused until the e-mailed link is clicked. */
  | { status: 'activationRequired' }
  /** REQUIRE_PIN_CONFIRMATION: a PIN was e-mailed; confirm it with confirmPin(email, pin) on this device. */
  | { status: 'pinRequired'; pinLength: number; expiresInSeconds: number; cooldownSeconds: number };

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
  /** Fetched once per client and shared; a failed fetch is retried on the next call. */
  getSettings(): Promise<AuthSettings>;
  signOut(options?: SignOutOptions): Promise<void>;
  destroy(): void;
}
