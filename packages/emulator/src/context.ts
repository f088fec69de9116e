import { HttpError } from './errors.js';
import { bearerToken } from './http.js';
import { signSessionToken, verifySessionToken, type KeyPair, type SessionClaims } from './jwt.js';
import type { Outbox } from './outbox.js';
import type { SeededRandom } from './random.js';
import type { AnonymousRecord, IssuedToken, ProfileRecord, Store } from './store.js';
import type { OAuthProviderSettings, OutboxKind, Realm, WorkspaceSettings } from './types.js';

/** Everything a handler may use. Built once per emulator; `settings`/`tokenTtlSeconds` are live. */
export interface Ctx {
  readonly store: Store;
  readonly random: SeededRandom;
  readonly outbox: Outbox;
  readonly apiKeys: ReadonlySet<string>;
  readonly oauth: OAuthProviderSettings;
  readonly keys: KeyPair;
  readonly idpKeys: KeyPair;
  now(): number;
  settings(): WorkspaceSettings;
  tokenTtlSeconds(): number;
}

export interface AuthInfo {
  claims: SessionClaims;
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
  claims: SessionClaims;
}

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
  const token = await signSessionToken(ctx.keys, claims);
  ctx.store.tokens.set(claims.jti, {
    jti: claims.jti,
    realm: subject.realm,
    subjectKey: isClient ? subject.profile.email : subject.anonymous.uuid,
    exp: claims.exp,
    revoked: false,
    deviceId: opts.deviceId ?? null,
  });
  return { token, claims };
}

/**
 * Checks the Bearer token: missing, invalid, revoked or expired → 401 (`JWT_*` errorCodes);
 * `realm` restricts who may call (anonymous token on a customer endpoint → 403 `CLIENT_TOKEN_REQUIRED`).
 * Each request made with an anonymous token is counted in that anonymous profile's history.
 */
export async function authenticate(ctx: Ctx, request: Request, realm?: Realm): Promise<AuthInfo> {
  const token = bearerToken(request);
  if (!token) throw new HttpError(401, 'JWT_MISSING', 'Authorization Bearer token is required');
  const verified = await verifySessionToken(ctx.keys, token, ctx.now());
  if (!verified.ok) {
    if (verified.reason === 'expired') throw new HttpError(401, 'JWT_EXPIRED', 'The token has expired');
    throw new HttpError(401, 'JWT_INVALID', 'The token is not valid');
  }
  const record = ctx.store.tokens.get(verified.claims.jti);
  if (!record) throw new HttpError(401, 'JWT_INVALID', 'The token is not valid');
  if (record.revoked) throw new HttpError(401, 'JWT_REVOKED', 'The token has been revoked');
  let profile: ProfileRecord | null = null;
  let anonymous: AnonymousRecord | null = null;
  if (record.realm === 'client') {
    profile = ctx.store.findByEmail(record.subjectKey) ?? null;
    if (!profile) throw new HttpError(401, 'JWT_INVALID', 'The token is not valid');
  } else {
    anonymous = ctx.store.anonymousFor(record.subjectKey);
    anonymous.eventCount += 1;
  }
  if (realm === 'client' && record.realm !== 'client') {
    throw new HttpError(403, 'CLIENT_TOKEN_REQUIRED', 'This operation requires a signed-in customer');
  }
  return { claims: verified.claims, record, profile, anonymous };
}

export async function authenticateOptional(ctx: Ctx, request: Request): Promise<AuthInfo | null> {
  return bearerToken(request) ? authenticate(ctx, request) : null;
}

const ONE_TIME_TOKEN_TTL_MS = 24 * 3600 * 1000;

export function newOneTimeToken(ctx: Ctx): { value: string; expiresAt: number } {
  return { value: ctx.random.hex(40), expiresAt: ctx.now() + ONE_TIME_TOKEN_TTL_MS };
}

const SUBJECTS: Record<OutboxKind, string> = {
  ACTIVATION: 'Activate your account',
  EMAIL_CONFIRMATION: 'Confirm your e-mail address',
  PIN: 'Your confirmation code',
  PASSWORD_RESET: 'Reset your password',
};

export function sendMail(
  ctx: Ctx,
  to: string,
  kind: OutboxKind,
  payload: { token?: string; pin?: string; expiresAt?: number },
): void {
  const base = ctx.settings().confirmationRedirectLink;
  const link = payload.token
    ? `${base}${base.includes('?') ? '&' : '?'}action=${kind.toLowerCase()}&token=${encodeURIComponent(payload.token)}`
    : undefined;
  const text = payload.pin
    ? `Your code is ${payload.pin}.`
    : `Open this link to continue: ${link ?? ''}`;
  ctx.outbox.push({
    id: `msg-${ctx.random.hex(12)}`,
    to,
    kind,
    sentAt: ctx.now(),
    subject: SUBJECTS[kind],
    text,
    ...(link ? { link } : {}),
    ...(payload.token ? { token: payload.token } : {}),
    ...(payload.pin ? { pin: payload.pin } : {}),
    ...(payload.expiresAt !== undefined ? { expiresAt: payload.expiresAt } : {}),
  });
}
