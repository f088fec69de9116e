import { authenticate, authenticateOptional, issueToken, type AuthInfo, type Ctx } from '../context.js';
import { fieldError, HttpError } from '../errors.js';
import { json, readJsonBody, type JsonBody } from '../http.js';
import type { IssuedToken, ProfileRecord } from '../store.js';
import { checkApiKey, optionalString, requireString, throwIfErrors } from '../validation.js';
import type { FieldError } from '../errors.js';
import { parseLoginBody, type LoginBody } from './loginBody.js';
import { outcomeToLoginError, resolveLogin } from './loginFlow.js';

/** The token fields of the refresh reply (seed 003): `expiration` epoch s, `created` epoch ms. */
export function tokenReply(token: string, record: IssuedToken, customId: unknown): Record<string, unknown> {
  return {
    token,
    expiration: record.exp,
    created: record.ctd,
    origin: record.origin,
    customId: customId ?? null,
    realm: record.realm,
  };
}

/** POST /sauth/v3/auth/login/client/anonymous {apiKey, uuid, deviceId?} → `{token}` (seed 003: uuid required). */
export async function anonymousLogin(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  checkApiKey(body, ctx.apiKeys);
  const errors: FieldError[] = [];
  const uuid = requireString(body, 'uuid', errors);
  const deviceId = optionalString(body, 'deviceId', errors);
  throwIfErrors(errors);
  const anonymous = ctx.store.anonymousFor(uuid ?? '');
  const { token } = await issueToken(ctx, { realm: 'anonymous_client', anonymous }, { deviceId: deviceId ?? null });
  return json(200, { token });
}

async function optionalAnonymous(ctx: Ctx, request: Request, strict: boolean): Promise<AuthInfo | null> {
  if (strict) return authenticateOptional(ctx, request);
  try {
    return await authenticateOptional(ctx, request);
  } catch {
    return null;
  }
}

async function signIn(ctx: Ctx, profile: ProfileRecord, body: LoginBody, auth: AuthInfo | null): Promise<Record<string, unknown>> {
  if (body.uuid && body.uuid !== profile.uuid) ctx.store.mergeAnonymous(profile, body.uuid);
  if (auth?.anonymous) ctx.store.mergeAnonymous(profile, auth.anonymous.uuid);
  const { token, record } = await issueToken(
    ctx,
    { realm: 'client', profile },
    { deviceId: body.deviceId ?? auth?.record.deviceId ?? null, origin: body.provider },
  );
  return tokenReply(token, record, profile.customId);
}

/** POST /sauth/v3/auth/login/client → `{token, expiration, created, origin, customId, realm}`; creates accounts for social providers. */
export async function login(ctx: Ctx, request: Request): Promise<Response> {
  const raw: JsonBody = await readJsonBody(request);
  const body = parseLoginBody(raw, ctx.apiKeys, ctx.settings());
  const auth = await optionalAnonymous(ctx, request, false);
  const outcome = await resolveLogin(ctx, body, 'login');
  if (outcome.status !== 'SUCCESS') throw outcomeToLoginError(outcome);
  return json(200, await signIn(ctx, outcome.profile, body, auth));
}

/**
 * POST /sauth/v3/auth/login/client/conditional → 200 `{status, conditions, token?, expiration?, created?, origin, customId, realm}`.
 * Seed 003: "using this endpoint requires authenticating as an anonymous Profile first" — a `uuid` that never
 * logged in anonymously is refused (403 ANONYMOUS_LOGIN_REQUIRED, code and status ours).
 */
export async function conditionalLogin(ctx: Ctx, request: Request): Promise<Response> {
  const raw = await readJsonBody(request);
  const body = parseLoginBody(raw, ctx.apiKeys, ctx.settings());
  const auth = await optionalAnonymous(ctx, request, true);
  if (body.uuid && !ctx.store.anonymous.has(body.uuid)) {
    throw new HttpError(403, 'ANONYMOUS_LOGIN_REQUIRED', 'The profile must log in anonymously first', [
      fieldError('uuid', 'ANONYMOUS_LOGIN_REQUIRED', 'this uuid never logged in anonymously', body.uuid),
    ]);
  }
  const outcome = await resolveLogin(ctx, body, 'conditional');
  if (outcome.status !== 'SUCCESS') {
    return json(200, {
      status: outcome.status,
      conditions: outcome.conditions,
      origin: body.provider,
      realm: 'client',
      customId: outcome.profile?.customId ?? null,
    });
  }
  return json(200, { status: 'SUCCESS', conditions: [], ...(await signIn(ctx, outcome.profile, body, auth)) });
}

/** POST /sauth/v3/auth/refresh/client → a NEW token; the old one stays valid until its own exp. */
export async function refresh(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  checkApiKey(body, ctx.apiKeys);
  const auth = await authenticate(ctx, request, 'profile');
  const opts = { deviceId: auth.record.deviceId, origin: auth.record.origin };
  const issued = auth.profile
    ? await issueToken(ctx, { realm: 'client', profile: auth.profile }, opts)
    : await issueToken(ctx, { realm: 'anonymous_client', anonymous: auth.anonymous ?? ctx.store.anonymousFor(auth.record.subjectKey) }, opts);
  return json(200, tokenReply(issued.token, issued.record, auth.profile?.customId));
}
