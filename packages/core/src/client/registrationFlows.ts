import type { AuthSettings } from '../api/contract';
import { AuthError, isAuthError } from '../errors/AuthError';
import { registrationOutcome } from '../flows/registration';
import { commitSignIn, compact, type FlowContext } from './context';
import type { PinState, RegisterInput, RegistrationResult } from './types';

// Registration (RaaS), PIN confirmation, activation and password reset.

export function createRegistrationFlows(ctx: FlowContext, signIn: (input: { email: string; password: string }) => Promise<void>) {
  /** Records the PIN e-mail the server just sent and reports the PIN step. */
  const pinRequired = (email: string, settings: AuthSettings): RegistrationResult => {
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
      await ctx.api.requestPin({ email, uuid, deviceId });
    } catch (error) {
      if (isAuthError(error) && error.code === 'PIN_RESEND_COOLDOWN' && error.retryAfterSeconds !== undefined) {
        ctx.pins.recordCooldown(email, error.retryAfterSeconds);
      }
      throw error;
    }
    const settings = await ctx.getSettings();
    ctx.pins.recordSent(email, { validForSeconds: settings.pinConfirmationValidInSeconds });
  }

  return {
    async register(input: RegisterInput): Promise<RegistrationResult> {
      const bearer = await ctx.engine.ensureValidToken();
      const { uuid, deviceId } = ctx.identity.get();
      await ctx.api.register(compact({ ...input, uuid, deviceId }), bearer);
      const settings = await ctx.getSettings();
      const outcome = registrationOutcome(settings.registrationType);
      if (outcome.next === 'activationRequired') return { status: 'activationRequired' };
      if (outcome.next === 'pinRequired' && settings.pinConfirmationType !== 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT') return pinRequired(input.email, settings);
      try {
        await signIn({ email: input.email, password: input.password });
      } catch (error) {
        if (!isAuthError(error) || error.isTransient) throw error;
        if (outcome.next === 'pinRequired') return pinRequired(input.email, settings);
        if (outcome.emailConfirmationPending) return { status: 'checkEmail', signedIn: false };
        throw error;
      }
      return outcome.emailConfirmationPending ? { status: 'checkEmail', signedIn: true } : { status: 'signedIn' };
    },
    requestPin: sendPin,
    async resendPin(email: string): Promise<void> {
      const state = ctx.pins.get(email);
      if (state && state.cooldownSeconds > 0) throw new AuthError('PIN_RESEND_COOLDOWN', { retryAfterSeconds: state.cooldownSeconds });
      await sendPin(email);
    },
    async confirmPin(email: string, pin: string): Promise<void> {
      const { uuid, deviceId } = ctx.identity.get();
      const { token } = await ctx.api.confirmPin({ email, pinCode: pin, uuid, deviceId });
      ctx.pins.clear(email);
      if (token) commitSignIn(ctx, token, { profile: { email } });
    },
    getPinState(email: string): PinState | undefined {
      return ctx.pins.get(email);
    },
    requestActivation: (email: string) => ctx.api.requestActivation(email),
    confirmActivation: (token: string) => ctx.api.confirmActivation(token),
    requestPasswordReset: (email: string) => ctx.api.requestPasswordReset(email),
    confirmPasswordReset: (token: string, password: string) => ctx.api.confirmPasswordReset({ token, password }),
  };
}
