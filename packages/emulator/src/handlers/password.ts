import { authenticate, newOneTimeToken, sendMail, type Ctx } from '../context.js';
import { fieldError, HttpError, validationError, type FieldError } from '../errors.js';
import { noContent, readJsonBody } from '../http.js';
import { enforcePasswordPolicy, optionalString, requireEmail, requireString, throwIfErrors } from '../validation.js';
import { recordSuccess } from './bans.js';

/** POST /sauth/clients/password-reset/request {email} (anonymous Bearer) → 204 always; mail only if the account exists. */
export async function requestPasswordReset(ctx: Ctx, request: Request): Promise<Response> {
  await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  if (profile) {
    const t = newOneTimeToken(ctx);
    profile.resetToken = t;
    sendMail(ctx, profile.email, 'PASSWORD_RESET', { token: t.value, expiresAt: t.expiresAt });
  }
  return noContent();
}

/**
 * POST /sauth/clients/password-reset/confirmation {token, password} (anonymous Bearer) → 204.
 * Policy enforced; a successful reset also lifts a ban (seed 003: bans are cancelled by a reset).
 */
export async function confirmPasswordReset(ctx: Ctx, request: Request): Promise<Response> {
  await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const token = requireString(body, 'token', errors);
  const password = requireString(body, 'password', errors);
  throwIfErrors(errors);
  const profile = [...ctx.store.profiles.values()].find((p) => p.resetToken?.value === token);
  if (!profile?.resetToken) throw new HttpError(400, 'TOKEN_INVALID', 'The reset token is not valid');
  if (ctx.now() >= profile.resetToken.expiresAt) throw new HttpError(400, 'TOKEN_EXPIRED', 'The reset token has expired');
  enforcePasswordPolicy(ctx.settings().passwordPolicy, password ?? '');
  profile.password = password ?? null;
  profile.resetToken = null;
  recordSuccess(profile);
  return noContent();
}

/** POST /sauth/my-account/change-password {oldPassword, password, deviceId} (Bearer client) → 204. */
export async function changePassword(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'client');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const oldPassword = requireString(body, 'oldPassword', errors);
  const password = requireString(body, 'password', errors);
  optionalString(body, 'deviceId', errors);
  throwIfErrors(errors);
  const profile = auth.profile;
  if (!profile || profile.password === null || profile.password !== oldPassword) {
    throw validationError([fieldError('oldPassword', 'INVALID', 'The current password is not correct')], 'OLD_PASSWORD_INVALID');
  }
  enforcePasswordPolicy(ctx.settings().passwordPolicy, password ?? '');
  profile.password = password ?? null;
  return noContent();
}
