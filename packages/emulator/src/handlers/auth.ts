import { authenticate, authenticateOptional, issueToken, type AuthInfo, type Ctx } from '../context.js';
import { json, readJsonBody, type JsonBody } from '../http.js';
import type { ProfileRecord } from '../store.js';
import { checkApiKey, optionalString, throwIfErrors } from '../validation.js';
import type { FieldError } from '../errors.js';
import { parseLoginBody, type LoginBody } from './loginBody.js';
import { outcomeToLoginError, resolveLogin } from './loginFlow.js';

/** POST /sauth/v3/auth/login/client/anonymous → `{token}` (uuid generated when absent). */
export async function anonymousLogin(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  checkApiKey(body, ctx.apiKeys);
  const errors: FieldError[] = [];
  const uuid = optionalString(body, 'uuid', errors) || ctx.random.uuid();
  const deviceId = optionalString(body, 'deviceId', errors);
  throwIfErrors(errors);
  const anonymous = ctx.store.anonymousFor(uuid);
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

async function signIn(ctx: Ctx, profile: ProfileRecord, body: LoginBody, auth: AuthInfo | null): Promise<{ token: string; exp: number; ctd: number }> {
  if (body.uuid && body.uuid !== profile.uuid) ctx.store.mergeAnonymous(profile, body.uuid);
  if (auth?.anonymous) ctx.store.mergeAnonymous(profile, auth.anonymous.uuid);
  const { token, claims } = await issueToken(
    ctx,
    { realm: 'client', profile },
    { deviceId: body.deviceId ?? auth?.record.deviceId ?? null, origin: body.provider },
  );
  return { token, exp: claims.exp, ctd: claims.ctd };
}

/** POST /sauth/v3/auth/login/client → `{token}`; creates accounts for social providers. */
export async function login(ctx: Ctx, request: Request): Promise<Response> {
  const raw: JsonBody = await readJsonBody(request);
  const body = parseLoginBody(raw, ctx.apiKeys, ctx.settings());
  const auth = await optionalAnonymous(ctx, request, false);
  const outcome = await resolveLogin(ctx, body, 'login');
  if (outcome.status !== 'SUCCESS') throw outcomeToLoginError(outcome);
  const { token } = await signIn(ctx, outcome.profile, body, auth);
  return json(200, { token });
}

/** POST /sauth/v3/auth/login/client/conditional → 200 `{status, conditions, token?, expiration?, created?, origin, customId, realm}`. */
export async function conditionalLogin(ctx: Ctx, request: Request): Promise<Response> {
  const raw = await readJsonBody(request);
  const body = parseLoginBody(raw, ctx.apiKeys, ctx.settings());
  const auth = await optionalAnonymous(ctx, request, true);
  const outcome = await resolveLogin(ctx, body, 'conditional');
  const common = { origin: body.provider, realm: 'client' };
  if (outcome.status !== 'SUCCESS') {
    return json(200, {
      status: outcome.status,
      conditions: outcome.conditions,
      ...common,
      customId: outcome.profile?.customId ?? null,
    });
  }
  const { token, exp, ctd } = await signIn(ctx, outcome.profile, body, auth);
  return json(200, {
    status: 'SUCCESS',
    conditions: [],
    token,
    expiration: exp,
    created: ctd,
    ...common,
    customId: outcome.profile.customId,
  });
}

/** POST /sauth/v3/auth/refresh/client → a NEW token; the old one stays valid until its own exp. */
export async function refresh(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  checkApiKey(body, ctx.apiKeys);
  const auth = await authenticate(ctx, request);
  const opts = { deviceId: auth.record.deviceId, origin: auth.claims.origin };
  const issued = auth.profile
    ? await issueToken(ctx, { realm: 'client', profile: auth.profile }, opts)
    : await issueToken(ctx, { realm: 'anonymous_client', anonymous: auth.anonymous ?? ctx.store.anonymousFor(auth.claims.uuid) }, opts);
  return json(200, {
    token: issued.token,
    expiration: issued.claims.exp,
    created: issued.claims.ctd,
    origin: issued.claims.origin,
    customId: auth.profile?.customId ?? null,
    realm: issued.claims.rlm,
  });
}
