import type { LoginBody } from '../api/contract';
import { toConditionalResult, toPublicConditionalResult, type PublicConditionalResult } from '../flows/conditional';
import type { SessionProfile } from '../session/record';
import { commitSignIn, compact, type FlowContext } from './context';
import type { ConditionalSignInInput, SignInInput, SocialSignInInput } from './types';

// Sign-in paths. Each sends the anonymous uuid + deviceId (so the anonymous history merges
// into the customer) with the current token as Bearer, and stores the customer token.

type Body = Omit<LoginBody, 'uuid' | 'deviceId'>;

export function createSignInFlows(ctx: FlowContext) {
  async function withIdentity(body: Body): Promise<{ bearer: string; body: LoginBody }> {
    const bearer = await ctx.engine.ensureValidToken();
    const { uuid, deviceId } = ctx.identity.get();
    return { bearer, body: compact({ ...body, uuid, deviceId }) };
  }

  async function login(body: Body, profile: SessionProfile): Promise<void> {
    const call = await withIdentity(body);
    const { token } = await ctx.api.login(call.body, call.bearer);
    commitSignIn(ctx, token, { profile });
  }

  async function conditional(body: Body): Promise<PublicConditionalResult> {
    const call = await withIdentity(body);
    const reply = await ctx.api.conditionalLogin(call.body, call.bearer);
    const result = toConditionalResult(reply);
    if (result.status === 'success') {
      const profile = compact({ email: body.email, customId: reply.customId ?? undefined });
      commitSignIn(ctx, result.token, { profile, ...(reply.expiration !== undefined ? { expirationSeconds: reply.expiration } : {}) });
    }
    return toPublicConditionalResult(result);
  }

  return {
    signIn(input: SignInInput): Promise<void> {
      const { email, password, agreements, attributes } = input;
      return login(compact({ identityProvider: 'SYNERISE', email, password, agreements, attributes }), { email });
    },
    conditionalSignIn(input: ConditionalSignInInput): Promise<PublicConditionalResult> {
      const { identityProvider = 'SYNERISE', ...rest } = input;
      return conditional(compact({ identityProvider, ...rest }));
    },
    async socialSignIn(input: SocialSignInInput): Promise<PublicConditionalResult> {
      const body: Body = compact({
        identityProvider: input.provider, identityProviderToken: input.identityToken, agreements: input.agreements, attributes: input.attributes,
      });
      if (input.mode !== 'create') return conditional(body);
      await login(body, {});
      return { status: 'success', expiresAt: ctx.engine.snapshot.get().expiresAt };
    },
  };
}
