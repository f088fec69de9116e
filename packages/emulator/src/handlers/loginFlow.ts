import type { Ctx } from '../context.js';
import { HttpError } from '../errors.js';
import { verifyIdentityToken } from '../identity.js';
import type { ProfileRecord } from '../store.js';
import type { IdentityProvider } from '../types.js';
import { activeLock, lockedError, recordFailure, recordSuccess } from './bans.js';
import type { LoginBody } from './loginBody.js';

export type ConditionalStatus =
  | 'SUCCESS'
  | 'UNAUTHORIZED'
  | 'ACTIVATION_REQUIRED'
  | 'REGISTRATION_REQUIRED'
  | 'APPROVAL_REQUIRED'
  | 'TERMS_ACCEPTANCE_REQUIRED'
  | 'MFA_REQUIRED';

export type LoginOutcome =
  | { status: 'SUCCESS'; profile: ProfileRecord }
  | { status: Exclude<ConditionalStatus, 'SUCCESS'>; conditions: string[]; profile: ProfileRecord | null };

async function findSocialProfile(
  ctx: Ctx,
  body: LoginBody,
  provider: IdentityProvider,
  create: boolean,
): Promise<ProfileRecord | null> {
  const verified = await verifyIdentityToken(ctx.idpKeys, provider, body.identityProviderToken ?? '', ctx.now());
  if (!verified.ok) {
    if (verified.reason === 'expired') {
      throw new HttpError(401, 'IDENTITY_TOKEN_EXPIRED', 'The identity provider token has expired');
    }
    throw new HttpError(401, 'IDENTITY_TOKEN_INVALID', 'The identity provider token is not valid');
  }
  const { subject, email, firstName, lastName } = verified.claims;
  let profile = ctx.store.findByIdentity(provider, subject) ?? ctx.store.findByEmail(email) ?? null;
  if (!profile) {
    if (!create) return null;
    const uuidTaken = body.uuid ? ctx.store.findByUuid(body.uuid) : undefined;
    profile = ctx.store.createProfile(
      {
        email,
        ...(firstName ? { firstName } : {}),
        ...(lastName ? { lastName } : {}),
        ...(body.customId !== undefined ? { customId: body.customId } : {}),
        ...(body.uuid && !uuidTaken ? { uuid: body.uuid } : {}),
        activated: true,
      },
      ctx.now(),
    );
  }
  if (!profile.identities.some((i) => i.provider === provider && i.subject === subject)) {
    profile.identities.push({ provider, subject });
  }
  return profile;
}

function findSyneriseProfile(ctx: Ctx, body: LoginBody): ProfileRecord | undefined {
  if (body.email) return ctx.store.findByEmail(body.email);
  if (body.customId !== undefined) return ctx.store.findByCustomId(body.customId);
  return body.uuid ? ctx.store.findByUuid(body.uuid) : undefined;
}

/**
 * Shared decision of login and conditional login. Errors that are not statuses (locked account,
 * bad identity token) are thrown. `mode: 'login'` creates accounts for social providers and does
 * not check required agreements; `mode: 'conditional'` never creates.
 */
export async function resolveLogin(ctx: Ctx, body: LoginBody, mode: 'login' | 'conditional'): Promise<LoginOutcome> {
  const settings = ctx.settings();
  let profile: ProfileRecord | null;
  if (body.provider === 'SYNERISE') {
    profile = findSyneriseProfile(ctx, body) ?? null;
    if (!profile) return { status: 'REGISTRATION_REQUIRED', conditions: [], profile: null };
    const lock = activeLock(profile, ctx.now());
    if (lock !== null) throw lockedError(lock, ctx.now());
    if (profile.password === null || profile.password !== body.password) {
      const locked = recordFailure(profile, settings.bans, ctx.now());
      if (locked) throw locked;
      return { status: 'UNAUTHORIZED', conditions: [], profile };
    }
    recordSuccess(profile);
  } else {
    profile = await findSocialProfile(ctx, body, body.provider, mode === 'login');
    if (!profile) return { status: 'REGISTRATION_REQUIRED', conditions: [], profile: null };
  }
  if (!profile.activated) {
    return { status: 'ACTIVATION_REQUIRED', conditions: [profile.pin ? 'PIN_CODE' : 'ACTIVATION_EMAIL'], profile };
  }
  if (profile.approvalRequired) return { status: 'APPROVAL_REQUIRED', conditions: ['APPROVAL'], profile };
  if (mode === 'conditional') {
    const p = profile;
    const missing = settings.requiredAgreements.filter((n) => !p.agreements[n] && body.agreements[n] !== true);
    if (missing.length > 0) return { status: 'TERMS_ACCEPTANCE_REQUIRED', conditions: missing, profile };
  }
  if (profile.mfaRequired) return { status: 'MFA_REQUIRED', conditions: ['MFA'], profile };
  Object.assign(profile.agreements, body.agreements);
  Object.assign(profile.attributes, body.attributes);
  for (const tag of body.tags) if (!profile.tags.includes(tag)) profile.tags.push(tag);
  if (body.customId !== undefined && profile.customId === null) profile.customId = body.customId;
  return { status: 'SUCCESS', profile };
}

/** Non-conditional login turns a non-success outcome into an HTTP error. */
export function outcomeToLoginError(outcome: Exclude<LoginOutcome, { status: 'SUCCESS' }>): HttpError {
  switch (outcome.status) {
    case 'UNAUTHORIZED':
    case 'REGISTRATION_REQUIRED':
      return new HttpError(401, 'INVALID_CREDENTIALS', 'Invalid credentials');
    case 'ACTIVATION_REQUIRED':
      return new HttpError(403, 'ACCOUNT_NOT_ACTIVATED', 'The account is not activated', [], {}, {
        activationMethod: outcome.conditions[0] === 'PIN_CODE' ? 'PIN' : 'EMAIL',
      });
    case 'APPROVAL_REQUIRED':
      return new HttpError(403, 'APPROVAL_REQUIRED', 'The account is waiting for approval');
    case 'MFA_REQUIRED':
      return new HttpError(403, 'MFA_REQUIRED', 'Multi-factor authentication is required');
    case 'TERMS_ACCEPTANCE_REQUIRED':
      return new HttpError(403, 'TERMS_ACCEPTANCE_REQUIRED', 'Required agreements are missing', [], {}, {
        conditions: outcome.conditions,
      });
  }
}
