import { authenticate, newOneTimeToken, sendMail, type Ctx } from '../context.js';
import { fieldError, HttpError, validationError, type FieldError } from '../errors.js';
import { json, noContent, readJsonBody } from '../http.js';
import type { ProfileRecord } from '../store.js';
import { optionalString, passwordPolicyErrors, requireEmail, requireString, throwIfErrors } from '../validation.js';
import { optionalCustomId, parseAgreements, parseAttributes, parseTags } from './loginBody.js';
import { requesterOf, sendPin } from './pin.js';

type Confirmation = 'NONE' | 'EMAIL' | 'ACTIVATION_EMAIL' | 'PIN';

function sendActivationMail(ctx: Ctx, profile: ProfileRecord, kind: 'ACTIVATION' | 'EMAIL_CONFIRMATION'): void {
  const t = newOneTimeToken(ctx);
  profile.activationToken = t;
  sendMail(ctx, profile.email, kind, { token: t.value, expiresAt: t.expiresAt });
}

/**
 * POST /sauth/clients/registered (Bearer anonymous) → 200 `{registrationType, activated, confirmation}`.
 * Duplicate e-mail → 409 EMAIL_ALREADY_EXISTS; policy → 400 PASSWORD_POLICY_VIOLATION (one entry per rule).
 */
export async function register(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const s = ctx.settings();
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  const password = requireString(body, 'password', errors);
  const firstName = optionalString(body, 'firstName', errors);
  const lastName = optionalString(body, 'lastName', errors);
  const customId = optionalCustomId(body, errors);
  const who = requesterOf(body, auth, errors);
  const agreements = parseAgreements(body['agreements'], errors);
  const policyErrors = password === undefined ? [] : passwordPolicyErrors(s.passwordPolicy, password);
  if (errors.length > 0 || policyErrors.length > 0) {
    throw validationError([...errors, ...policyErrors], errors.length > 0 ? 'VALIDATION_ERROR' : 'PASSWORD_POLICY_VIOLATION');
  }
  if (!email || password === undefined) throw validationError(errors);
  const existing = ctx.store.findByEmail(email);
  if (existing) {
    const externalOnly = existing.password === null && existing.identities.length > 0;
    if (externalOnly && s.registrationType === 'REQUIRE_PIN_CONFIRMATION') {
      sendPin(ctx, existing, who, password);
      return json(200, { registrationType: s.registrationType, activated: existing.activated, confirmation: 'PIN' });
    }
    throw new HttpError(409, 'EMAIL_ALREADY_EXISTS', 'An account with this e-mail already exists', [
      fieldError('email', 'ALREADY_EXISTS', 'email is already registered', email),
    ]);
  }
  const anonUuid = auth.anonymous && !ctx.store.findByUuid(auth.anonymous.uuid) ? auth.anonymous.uuid : undefined;
  const profile = ctx.store.createProfile(
    {
      email,
      password,
      ...(firstName !== undefined ? { firstName } : {}),
      ...(lastName !== undefined ? { lastName } : {}),
      ...(customId !== undefined ? { customId } : {}),
      ...(anonUuid ? { uuid: anonUuid } : {}),
      agreements,
    },
    ctx.now(),
  );
  profile.attributes = parseAttributes(body['attributes']);
  profile.tags = parseTags(body['tags']);
  if (auth.anonymous) ctx.store.mergeAnonymous(profile, auth.anonymous.uuid);
  profile.emailConfirmed = false;
  let confirmation: Confirmation = 'NONE';
  if (s.registrationType === 'REQUIRE_EMAIL_CONFIRMATION') {
    sendActivationMail(ctx, profile, 'EMAIL_CONFIRMATION');
    confirmation = 'EMAIL';
  } else if (s.registrationType === 'REQUIRE_ACTIVATION') {
    profile.activated = false;
    sendActivationMail(ctx, profile, 'ACTIVATION');
    confirmation = 'ACTIVATION_EMAIL';
  } else if (s.registrationType === 'REQUIRE_PIN_CONFIRMATION' && s.pinConfirmationType === 'EVERYONE') {
    profile.activated = false;
    sendPin(ctx, profile, who);
    confirmation = 'PIN';
  }
  return json(200, { registrationType: s.registrationType, activated: profile.activated, confirmation });
}

/** POST /sauth/clients/activation/request {email} (anonymous Bearer) → 204 always; re-sends the activation/confirmation mail. */
export async function requestActivation(ctx: Ctx, request: Request): Promise<Response> {
  await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  if (profile && !profile.pin) {
    if (!profile.activated) sendActivationMail(ctx, profile, 'ACTIVATION');
    else if (!profile.emailConfirmed) sendActivationMail(ctx, profile, 'EMAIL_CONFIRMATION');
  }
  return noContent();
}

/** POST /sauth/clients/activation/confirmation {token} (anonymous Bearer) → 204; unknown/used → 400 TOKEN_INVALID, old → 400 TOKEN_EXPIRED. */
export async function confirmActivation(ctx: Ctx, request: Request): Promise<Response> {
  await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const token = requireString(body, 'token', errors);
  throwIfErrors(errors);
  const profile = [...ctx.store.profiles.values()].find((p) => p.activationToken?.value === token);
  if (!profile?.activationToken) throw new HttpError(400, 'TOKEN_INVALID', 'The confirmation token is not valid');
  if (ctx.now() >= profile.activationToken.expiresAt) {
    throw new HttpError(400, 'TOKEN_EXPIRED', 'The confirmation token has expired');
  }
  profile.activationToken = null;
  profile.activated = true;
  profile.emailConfirmed = true;
  return noContent();
}
