// The flow machines' view of the client: one small adapter, so a change of the client's
// contract (settings as configuration, register outcomes, customId) is adapted here only.
import type { Agreements } from '../api/contract';
import type { AuthClient, Identifier, PinState, RegistrationResult, SocialProvider } from '../client/types';
import type { PublicConditionalResult } from '../flows/conditional';
import type { SessionStatus } from '../session/types';
import type { FlowRegisterInput } from './types';

export interface FlowPort {
  sessionStatus(): SessionStatus;
  subscribeSession(listener: () => void): () => void;
  /** The identifier is the e-mail or the workspace's customId. */
  signIn(input: Identifier & { password: string; agreements?: Agreements }): Promise<PublicConditionalResult>;
  /** The plain login (RaaS): signed in or an error. */
  login(input: Identifier & { password: string; agreements?: Agreements }): Promise<void>;
  social(input: { provider: SocialProvider; identityToken: string; mode: 'conditional' | 'create'; agreements?: Agreements }): Promise<PublicConditionalResult>;
  register(input: FlowRegisterInput): Promise<RegistrationResult>;
  requestPin(email: string): Promise<void>;
  resendPin(email: string): Promise<void>;
  confirmPin(email: string, pin: string): Promise<void>;
  pinState(email: string): PinState | undefined;
  /** PIN length of the workspace (configuration: `client.settings`). */
  pinLength(): number;
  /** How ACTIVATION_REQUIRED is resolved on this workspace (configuration: `client.settings`). */
  activationMethod(): 'link' | 'pin';
  requestActivation(email: string): Promise<void>;
  requestPasswordReset(email: string): Promise<void>;
  confirmPasswordReset(token: string, password: string): Promise<void>;
}

export function flowPortOf(client: AuthClient): FlowPort {
  return {
    sessionStatus: () => client.getSnapshot().status,
    subscribeSession: (listener) => client.subscribe(listener),
    signIn: (input) => client.conditionalSignIn({ identityProvider: 'SYNERISE', ...input }),
    login: (input) => client.signIn(input),
    social: ({ provider, identityToken, mode, agreements }) =>
      client.socialSignIn({ provider, identityToken, mode, ...(agreements ? { agreements } : {}) }),
    register: (input) => client.register(input),
    requestPin: (email) => client.requestPin(email),
    resendPin: (email) => client.resendPin(email),
    confirmPin: (email, pin) => client.confirmPin(email, pin),
    pinState: (email) => client.getPinState(email),
    pinLength: () => client.settings.pinConfirmationLength,
    activationMethod: () => client.settings.activationMethod,
    requestActivation: (email) => client.requestActivation(email),
    requestPasswordReset: (email) => client.requestPasswordReset(email),
    confirmPasswordReset: (token, password) => client.confirmPasswordReset(token, password),
  };
}
