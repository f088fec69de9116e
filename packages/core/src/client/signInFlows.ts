import type { CustomId, LoginBody } from '../api/contract';
import { toConditionalResult, toPublicConditionalResult, type PublicConditionalResult } from '../flows/conditional';
import type { SessionProfile } from '../session/record';
import { completeProfile } from './completeProfile';
import { commitSignIn, compact, type FlowContext } from './context';
import type { ConditionalSignInInput, SignInInput, SocialSignInInput } from './types';

// Sign-in paths. Each sends the anonymous uuid + deviceId (so the anonymous history merges
// into the customer) with the current token as Bearer, and stores the customer token with
// what the reply says about it (`expiration`, `created`), decoding the token only as a fallback.

type Body = Omit<LoginBody, 'uuid' | 'deviceId'>;

/** The session profile of a sign-in: the identifier it used, and the server's customId when it sends one. */
const profileOf = (email: string | undefined, customId: CustomId | null | undefined): SessionProfile =>
  compact({ email, customId: customId ?? undefined });

export function createSignInFlows(ctx: FlowContext) {
  async function withIdentity(body: Body): Promise<{ bearer: string; body: LoginBody }> {
    const bearer = await ctx.engine.ensureValidToken();
    const { uuid, deviceId } = ctx.identity.get();
    return { bearer, body: compact({ ...body, uuid, deviceId }) };
  }

  async function login(body: Body): Promise<void> {
    const call = await withIdentity(body);
    const reply = await ctx.api.login(call.body, call.bearer);
    commitSignIn(ctx, reply, await completeProfile(ctx, reply.token, profileOf(body.email, reply.customId ?? body.customId)));
  }

  async function conditional(body: Body): Promise<PublicConditionalResult> {
    const call = await withIdentity(body);
    const reply = await ctx.api.conditionalLogin(call.body, call.bearer);
    const result = toConditionalResult(reply);
    if (result.status !== 'success') return toPublicConditionalResult(result);
    const profile = await completeProfile(ctx, result.token, profileOf(body.email, reply.customId ?? body.customId));
    commitSignIn(ctx, { ...reply, token: result.token }, profile);
    // The stored expiry: the reply's, else the token's, else the documented 3600 s.
    return { status: 'success', expiresAt: ctx.engine.snapshot.get().expiresAt };
  }

  return {
    signIn(input: SignInInput): Promise<void> {
      const { email, customId, password, agreements, attributes } = input;
      return login(compact({ identityProvider: 'SYNERISE', email, customId, password, agreements, attributes }));
    },
    conditionalSignIn(input: ConditionalSignInInput): Promise<PublicConditionalResult> {
      const { identityProvider = 'SYNERISE', ...rest } = input;
      return conditional(compact({ identityProvider, ...rest }));
    },
    async socialSignIn(input: SocialSignInInput): Promise<PublicConditionalResult> {
      const body: Body = compact({
        identityProvider: input.provider, identityProviderToken: input.identityToken, email: input.email, customId: input.customId,
        agreements: input.agreements, attributes: input.attributes,
      });
      if (input.mode !== 'create') return conditional(body);
      await login(body);
      return { status: 'success', expiresAt: ctx.engine.snapshot.get().expiresAt };
    },
  };
}
