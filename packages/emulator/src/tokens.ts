import type { Ctx } from './context.js';
import { HttpError } from './errors.js';
import { bearerToken } from './http.js';
import { peekPayload, signSessionToken, verifySessionToken, type SessionClaims } from './jwt.js';
import type { AnonymousRecord, IssuedToken, ProfileRecord } from './store.js';
import type { TokenRealm } from './types.js';

export interface AuthInfo {
  record: IssuedToken;
  profile: ProfileRecord | null;
  anonymous: AnonymousRecord | null;
}

export interface IssueOptions {
  deviceId?: string | null;
  origin?: string;
}

export interface IssuedSession {
  token: string;
  record: IssuedToken;
}

/** Opaque tokens look nothing like a JWT (no dots, not base64 JSON), like the SDKs' encrypted v3 tokens. */
function opaqueToken(ctx: Ctx): string {
  return `snrs3_${ctx.random.hex(64)}`;
}

/** Issues a profile token (JWT, or an opaque string with `opaqueTokens`) and registers it by jti. */
export async function issueToken(
  ctx: Ctx,
  subject: { realm: 'client'; profile: ProfileRecord } | { realm: 'anonymous_client'; anonymous: AnonymousRecord },
  opts: IssueOptions = {},
): Promise<IssuedSession> {
  const nowMs = ctx.now();
  const iat = Math.floor(nowMs / 1000);
  const isClient = subject.realm === 'client';
  const uuid = isClient ? subject.profile.uuid : subject.anonymous.uuid;
  const claims: SessionClaims = {
    sub: String(isClient ? subject.profile.id : subject.anonymous.id),
    jti: ctx.random.uuid(),
    rlm: subject.realm,
    uuid,
    eml: isClient ? subject.profile.email : `${uuid}@anonymous.invalid`,
    ctd: nowMs,
    iat,
    exp: iat + ctx.tokenTtlSeconds(),
    clId: isClient ? subject.profile.id : subject.anonymous.id,
    origin: opts.origin ?? (isClient ? 'SYNERISE' : 'ANONYMOUS'),
    ...(opts.deviceId ? { did: opts.deviceId } : {}),
  };
  const record: IssuedToken = {
    jti: claims.jti,
    realm: subject.realm,
    subjectKey: isClient ? subject.profile.email : subject.anonymous.uuid,
    uuid,
    exp: claims.exp,
    ctd: nowMs,
    origin: claims.origin,
    revoked: false,
    deviceId: opts.deviceId ?? null,
  };
  ctx.store.tokens.set(record.jti, record);
  if (ctx.opaqueTokens) {
    const token = opaqueToken(ctx);
    ctx.store.opaque.set(token, record.jti);
    return { token, record };
  }
  return { token: await signSessionToken(ctx.keys, claims), record };
}

/** A workspace token: always a signed JWT with `rlm: 'workspace'`, refused wherever a profile token is needed. */
export async function issueWorkspaceToken(ctx: Ctx): Promise<IssuedSession> {
  const nowMs = ctx.now();
  const iat = Math.floor(nowMs / 1000);
  const jti = ctx.random.uuid();
  const exp = iat + ctx.tokenTtlSeconds();
  const record: IssuedToken = {
    jti, realm: 'workspace', subjectKey: 'workspace', uuid: null, exp, ctd: nowMs, origin: 'WORKSPACE', revoked: false, deviceId: null,
  };
  ctx.store.tokens.set(jti, record);
  const token = await signSessionToken(ctx.keys, { sub: 'workspace', jti, rlm: 'workspace', iat, exp, ctd: nowMs });
  return { token, record };
}

type Lookup = { ok: true; record: IssuedToken } | { ok: false; code: 'JWT_INVALID' | 'JWT_EXPIRED' };

/** Finds the registered token: opaque strings by lookup, JWTs by signature + jti. Expiry on the emulator clock. */
async function lookup(ctx: Ctx, token: string): Promise<Lookup> {
  const opaqueJti = ctx.store.opaque.get(token);
  if (opaqueJti !== undefined) {
    const record = ctx.store.tokens.get(opaqueJti);
    if (!record) return { ok: false, code: 'JWT_INVALID' };
    return ctx.now() >= record.exp * 1000 ? { ok: false, code: 'JWT_EXPIRED' } : { ok: true, record };
  }
  const verified = await verifySessionToken(ctx.keys, token, ctx.now());
  if (!verified.ok) return { ok: false, code: verified.reason === 'expired' ? 'JWT_EXPIRED' : 'JWT_INVALID' };
  const record = ctx.store.tokens.get(verified.claims.jti);
  return record ? { ok: true, record } : { ok: false, code: 'JWT_INVALID' };
}

/**
 * Who may call:
 * - `profile`: an anonymous or signed-in profile token (a workspace token → 403 PROFILE_TOKEN_REQUIRED);
 * - `client`: a signed-in profile token (anything else → 403 CLIENT_TOKEN_REQUIRED);
 * - `workspace`: a workspace token (a profile token → 403 WORKSPACE_TOKEN_REQUIRED).
 */
export type Audience = 'profile' | 'client' | 'workspace';

/**
 * Checks the Bearer token: missing, invalid, revoked or expired → 401 (`JWT_*` errorCodes), then the audience (403).
 * Each request made with an anonymous token is counted in that anonymous profile's history.
 */
export async function authenticate(ctx: Ctx, request: Request, audience: Audience = 'profile'): Promise<AuthInfo> {
  const token = bearerToken(request);
  if (!token) throw new HttpError(401, 'JWT_MISSING', 'Authorization Bearer token is required');
  const found = await lookup(ctx, token);
  if (!found.ok) {
    if (found.code === 'JWT_EXPIRED') throw new HttpError(401, 'JWT_EXPIRED', 'The token has expired');
    throw new HttpError(401, 'JWT_INVALID', 'The token is not valid');
  }
  const { record } = found;
  if (record.revoked) throw new HttpError(401, 'JWT_REVOKED', 'The token has been revoked');
  if (audience === 'workspace') {
    if (record.realm !== 'workspace') {
      throw new HttpError(403, 'WORKSPACE_TOKEN_REQUIRED', 'A profile token was used where a workspace token was required');
    }
    return { record, profile: null, anonymous: null };
  }
  if (record.realm === 'workspace') {
    const code = audience === 'client' ? 'CLIENT_TOKEN_REQUIRED' : 'PROFILE_TOKEN_REQUIRED';
    throw new HttpError(403, code, 'A workspace token was used where a profile token was required');
  }
  let profile: ProfileRecord | null = null;
  let anonymous: AnonymousRecord | null = null;
  if (record.realm === 'client') {
    profile = ctx.store.findByEmail(record.subjectKey) ?? null;
    if (!profile) throw new HttpError(401, 'JWT_INVALID', 'The token is not valid');
  } else {
    anonymous = ctx.store.anonymousFor(record.subjectKey);
    anonymous.eventCount += 1;
  }
  if (audience === 'client' && record.realm !== 'client') {
    throw new HttpError(403, 'CLIENT_TOKEN_REQUIRED', 'This operation requires a signed-in customer');
  }
  return { record, profile, anonymous };
}

export async function authenticateOptional(ctx: Ctx, request: Request): Promise<AuthInfo | null> {
  return bearerToken(request) ? authenticate(ctx, request) : null;
}

/** What the request log records about a Bearer token (never the token): realm, expired, jti. */
export function describeToken(
  ctx: Ctx,
  token: string | null,
): { realm: TokenRealm | null; tokenExpired: boolean; tokenId?: string } {
  if (!token) return { realm: null, tokenExpired: false };
  const opaqueJti = ctx.store.opaque.get(token);
  const record = opaqueJti !== undefined ? ctx.store.tokens.get(opaqueJti) : undefined;
  if (record) return { realm: record.realm, tokenExpired: ctx.now() >= record.exp * 1000, tokenId: record.jti };
  const payload = peekPayload(token);
  if (!payload) return { realm: null, tokenExpired: false };
  const rlm = payload['rlm'];
  const realm = rlm === 'client' || rlm === 'anonymous_client' || rlm === 'workspace' ? rlm : null;
  const tokenExpired = typeof payload.exp === 'number' && ctx.now() >= payload.exp * 1000;
  return { realm, tokenExpired, ...(typeof payload.jti === 'string' ? { tokenId: payload.jti } : {}) };
}
