import type { LoginBody } from '../api/contract';
import { AuthError, isAuthError } from '../errors/AuthError';
import { toConditionalResult, toPublicConditionalResult } from '../flows/conditional';
import { commitSignIn, compact, type FlowContext } from './context';
import type { PinState, RegisterInput, RegistrationResult } from './types';

// Registration (RaaS), PIN confirmation, activation and password reset. Every call here
// sends the anonymous Bearer (public docs: the anonymous token is for registration, sign-in
// and password reset). The outcome of a registration follows the server: the registration
// reply, then a conditional login with the same credentials; configuration only says whether
// ACTIVATION_REQUIRED means a link or a PIN. PIN length/validity/cooldown come from configuration.

export function createRegistrationFlows(ctx: FlowContext) {
  const { settings } = ctx;
  const bearer = (): Promise<string> => ctx.engine.ensureValidToken();

  /** Records the PIN e-mail the server just sent and reports the PIN step. */
  const pinRequired = (email: string): RegistrationResult => {
    ctx.pins.recordSent(email, { validForSeconds: settings.pinConfirmationValidInSeconds });
    const state = ctx.pins.get(email);
    return {
      status: 'pinRequired',
      pinLength: settings.pinConfirmationLength,
      expiresInSeconds: state?.expiresInSeconds ?? settings.pinConfirmationValidInSeconds,
      cooldownSeconds: state?.cooldownSeconds ?? 0,
    };
  };

  async function sendPin(email: string): Promise<void> {
    const { uuid, deviceId } = ctx.identity.get();
    try {
      await ctx.api.requestPin({ email, uuid, deviceId }, await bearer());
    } catch (error) {
      if (isAuthError(error) && error.code === 'PIN_RESEND_COOLDOWN' && error.retryAfterSeconds !== undefined) {
        ctx.pins.recordCooldown(email, error.retryAfterSeconds);
      }
      throw error;
    }
    ctx.pins.recordSent(email, { validForSeconds: settings.pinConfirmationValidInSeconds });
  }

  /** After the account exists: a conditional login with the same credentials decides what comes next. */
  async function afterRegistration(input: RegisterInput, body: LoginBody, token: string): Promise<RegistrationResult> {
    let reply;
    try {
      reply = await ctx.api.conditionalLogin(body, token);
    } catch (error) {
      if (!isAuthError(error) || error.isTransient) throw error;
      return { status: 'signInRequired', reason: error.code, conditions: [] };
    }
    const result = toConditionalResult(reply);
    if (result.status === 'success') {
      commitSignIn(ctx, { ...reply, token: result.token }, compact({ email: input.email, customId: reply.customId ?? input.customId }));
      return settings.registrationType === 'REQUIRE_EMAIL_CONFIRMATION' ? { status: 'checkEmail', signedIn: true } : { status: 'signedIn' };
    }
    if (result.status === 'activationRequired') return settings.activationMethod === 'pin' ? pinRequired(input.email) : { status: 'activationRequired' };
    const pending = toPublicConditionalResult(result);
    const conditions = 'conditions' in pending ? pending.conditions : [];
    return { status: 'signInRequired', reason: pending.status === 'unknown' ? pending.serverStatus : pending.status, conditions };
  }

  return {
    async register(input: RegisterInput): Promise<RegistrationResult> {
      const token = await bearer();
      const { uuid, deviceId } = ctx.identity.get();
      await ctx.api.register(compact({ ...input, uuid, deviceId }), token);
      const { email, password, agreements, attributes } = input;
      const login: LoginBody = compact({ identityProvider: 'SYNERISE', email, password, agreements, attributes, uuid, deviceId });
      return afterRegistration(input, login, await bearer());
    },
    requestPin: sendPin,
    async resendPin(email: string): Promise<void> {
      const state = ctx.pins.get(email);
      if (state && state.cooldownSeconds > 0) throw new AuthError('PIN_RESEND_COOLDOWN', { retryAfterSeconds: state.cooldownSeconds });
      await sendPin(email);
    },
    async confirmPin(email: string, pin: string): Promise<void> {
      const { uuid, deviceId } = ctx.identity.get();
      const reply = await ctx.api.confirmPin({ email, pinCode: pin, uuid, deviceId }, await bearer());
      ctx.pins.clear(email);
      if (reply.token) commitSignIn(ctx, { ...reply, token: reply.token }, { email });
    },
    getPinState(email: string): PinState | undefined {
      return ctx.pins.get(email);
    },
    requestActivation: async (email: string) => ctx.api.requestActivation(email, await bearer()),
    confirmActivation: async (token: string) => ctx.api.confirmActivation(token, await bearer()),
    requestPasswordReset: async (email: string) => ctx.api.requestPasswordReset(email, await bearer()),
    confirmPasswordReset: async (token: string, password: string) => ctx.api.confirmPasswordReset({ token, password }, await bearer()),
  };
}
