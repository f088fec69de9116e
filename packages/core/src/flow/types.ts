import type { Agreements, CustomId } from '../api/contract';
import type { AuthError } from '../errors/AuthError';
import type { PublicConditionalResult } from '../flows/conditional';
import type { RegisterInput, SocialProvider } from '../client/types';

/** Every step of the customer journey the orchestrator can be in. */
export type FlowStep =
  /** The session is still booting: render a placeholder, never a sign-in form. */
  | 'booting'
  | 'signIn'
  | 'register'
  | 'pin'
  | 'activationPending'
  | 'checkEmail'
  | 'resetRequest'
  | 'resetSent'
  | 'resetConfirm'
  | 'socialOffer'
  /** The server needs something before sign-in completes: terms, MFA, approval, activation by link, registration. */
  | 'conditions'
  | 'signedIn';

/** The state of the current step's last action. */
export type FlowStatus = 'idle' | 'pending' | 'error' | 'success';

/** A conditional-login status that stops a sign-in (anything but success). */
export type FlowCondition = Exclude<PublicConditionalResult, { status: 'success' }>;

export interface FlowPin {
  length: number;
  /** Why the code was sent: registration (REQUIRE_PIN_CONFIRMATION) or activation asked for by sign-in. */
  purpose: 'registration' | 'activation';
  cooldownSeconds: number;
  expiresInSeconds: number;
  canResend: boolean;
  /** A code was sent and its time ran out. */
  expired: boolean;
  /** A new code was sent by `resendPin` on this step. */
  resent: boolean;
}

/** What the views render. A new object per change; never holds a password, PIN or token. */
export interface FlowSnapshot {
  step: FlowStep;
  status: FlowStatus;
  /** The e-mail typed so far, carried between steps. */
  email: string;
  error: AuthError | null;
  /** Server `errors[].field` → code (first per field); `email` gets ACCOUNT_EXISTS. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Epoch ms when a lock or rate limit ends (ACCOUNT_LOCKED / RATE_LIMITED with a retry time). */
  retryAt?: number;
  /** `conditions` step: what the server asked for, and which sign-in asked. */
  condition?: FlowCondition;
  via?: 'password' | 'social';
  /** `pin` step. */
  pin?: FlowPin;
  /** `socialOffer` step, and social sign-ins in progress. */
  social?: { provider: SocialProvider };
  /** `checkEmail` step: whether the customer is already signed in (REQUIRE_EMAIL_CONFIRMATION). */
  signedIn?: boolean;
  /** `resetConfirm` step: a token from a reset link is present. */
  hasResetToken?: boolean;
}

export interface FlowSignInInput {
  email: string;
  /** Sign in by the workspace's customId instead of the e-mail (the server's `customId`); `email` stays what was typed. */
  customId?: CustomId;
  password: string;
  agreements?: Agreements;
  /** `conditional` (default): never creates an account, reports every status; `login`: the plain RaaS login (errors only). */
  mode?: 'conditional' | 'login';
}

/** Registration input: the client's. */
export type FlowRegisterInput = RegisterInput;

export interface FlowSocialInput {
  provider: SocialProvider;
  /** The provider's identity token; or a source for one. */
  identityToken?: string;
  getIdentityToken?: () => Promise<string>;
}

/** Steps a view may navigate to directly (links such as "Create an account"). */
export type FlowLinkStep = 'signIn' | 'register' | 'resetRequest';
