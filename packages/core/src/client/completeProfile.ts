import { decodeJwt } from '../session/jwt';
import type { SessionProfile } from '../session/record';
import { compact, type FlowContext } from './context';

/**
 * The session profile of a sign-in that named nobody (a social sign-in: no e-mail in the body,
 * no customId in the reply) with a token the kit cannot read (opaque v3 tokens carry no `eml`
 * claim): the e-mail is read once from the account. Best effort: a failure keeps the profile.
 */
export async function completeProfile(ctx: FlowContext, token: string, profile: SessionProfile): Promise<SessionProfile> {
  if (profile.email !== undefined || profile.customId !== undefined || decodeJwt(token).eml !== undefined) return profile;
  try {
    const info = await ctx.api.getPersonalInformation(token);
    return compact({ email: info.email, customId: info.customId ?? undefined });
  } catch {
    return profile;
  }
}
