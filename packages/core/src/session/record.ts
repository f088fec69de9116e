import type { CustomId, TokenReply } from '../api/contract';
import { parseJson } from '../json';
import { decodeJwt, type Realm } from './jwt';

// The session as stored (and shared by tabs). A record without a token is a tombstone: the
// profile is anonymous and its next token has not arrived yet (offline, or in flight).

export type SessionCause = 'anonymous' | 'signIn' | 'refresh' | 'signOut' | 'expired' | 'revoked';

export interface SessionProfile {
  email?: string;
  customId?: CustomId;
}

export interface SessionRecord {
  v: 1;
  uuid: string;
  token?: string;
  realm?: Realm;
  /** Epoch ms. */
  expiresAt?: number;
  /** Epoch ms when the token was received (its lifetime is measured from here). */
  obtainedAt?: number;
  profile?: SessionProfile;
  cause: SessionCause;
  /** Epoch ms of the write. */
  savedAt: number;
  /** Id of the tab that wrote it (that tab leads the next proactive refresh). */
  writer?: string;
  /**
   * Neither the reply nor the token said when it expires (an opaque token from the anonymous
   * login, whose documented reply is `{token}` only): `expiresAt` is a guess, so the token is
   * refreshed at once, and the refresh reply's `expiration` replaces the guess.
   */
  expiryEstimated?: true;
}

export type TokenRecord = SessionRecord & { token: string; realm: Realm; expiresAt: number; obtainedAt: number };

/** Documented default token lifetime, assumed when neither the reply nor the token says. */
const DEFAULT_TTL_SECONDS = 3600;

export interface TokenInput {
  token: string;
  uuid: string;
  now: number;
  cause: SessionCause;
  /** Reply `expiration` (epoch seconds): preferred over the JWT `exp`. */
  expirationSeconds?: number;
  /** Reply `created` (epoch ms): with `expiration` it gives the token's lifetime. */
  createdMs?: number;
  /** The realm of the call that produced the token (wins over the reply's and the token's). */
  realm?: Realm;
  /** Reply `realm`. */
  replyRealm?: string;
  profile?: SessionProfile;
}

/** A token reply as the session needs it (`token` + what the server says about it). */
export type TokenReplyFields = Pick<TokenReply, 'token' | 'expiration' | 'created' | 'realm'>;

/** A token reply (seed 003 shape: `expiration` s, `created` ms, `realm`) as TokenInput fields. */
export function replyFields(reply: TokenReplyFields): Pick<TokenInput, 'token' | 'expirationSeconds' | 'createdMs' | 'replyRealm'> {
  return {
    token: reply.token,
    ...(reply.expiration !== undefined ? { expirationSeconds: reply.expiration } : {}),
    ...(reply.created !== undefined ? { createdMs: reply.created } : {}),
    ...(reply.realm !== undefined ? { replyRealm: reply.realm } : {}),
  };
}

const asRealm = (value: string | undefined): Realm | undefined => (value === 'client' || value === 'anonymous_client' ? value : undefined);

/**
 * A stored session from a token and what the reply said about it. The token is decoded only
 * for what the reply leaves out (it may not be a readable JWT: then `{}` claims, never an error);
 * with neither, the token is taken to live the documented 3600 s from now.
 */
export function tokenRecord(input: TokenInput): TokenRecord {
  let claims: ReturnType<typeof decodeJwt> | undefined;
  const decoded = (): ReturnType<typeof decodeJwt> => (claims ??= decodeJwt(input.token));
  const knownExpSeconds = input.expirationSeconds ?? decoded().exp;
  const expSeconds = knownExpSeconds ?? Math.floor(input.now / 1000) + DEFAULT_TTL_SECONDS;
  const realm: Realm = input.realm ?? asRealm(input.replyRealm) ?? (decoded().rlm === 'client' ? 'client' : 'anonymous_client');
  const expiresAt = expSeconds * 1000;
  // `created` and `expiration` share the server's clock: their difference is the lifetime.
  const obtainedAt = input.createdMs !== undefined && input.expirationSeconds !== undefined && input.createdMs < expiresAt ? input.createdMs : input.now;
  const profile: SessionProfile | undefined = realm === 'client' ? profileOf(input.profile, () => decoded().eml) : undefined;
  return {
    v: 1,
    uuid: input.uuid,
    token: input.token,
    realm,
    expiresAt,
    obtainedAt,
    ...(profile ? { profile } : {}),
    cause: input.cause,
    savedAt: input.now,
    ...(knownExpSeconds === undefined ? { expiryEstimated: true as const } : {}),
  };
}

function profileOf(given: SessionProfile | undefined, claimedEmail: () => string | undefined): SessionProfile {
  const email = given?.email ?? claimedEmail();
  return { ...(email ? { email } : {}), ...(given?.customId !== undefined && given.customId !== '' ? { customId: given.customId } : {}) };
}

export function tombstone(uuid: string, cause: SessionCause, now: number): SessionRecord {
  return { v: 1, uuid, cause, savedAt: now };
}

export function hasToken(record: SessionRecord | null | undefined): record is TokenRecord {
  return !!record && typeof record.token === 'string' && typeof record.expiresAt === 'number' && !!record.realm;
}

export function isSignedIn(record: SessionRecord | null | undefined): boolean {
  return hasToken(record) && record.realm === 'client';
}

/** A token may be sent only while it has more than `skewMs` left. */
export function isUsable(record: SessionRecord | null | undefined, now: number, skewMs: number): record is TokenRecord {
  return hasToken(record) && now < record.expiresAt - skewMs;
}

export function parseRecord(raw: string | null): SessionRecord | null {
  const value = parseJson(raw) as Partial<SessionRecord> | null | undefined;
  if (!value || value.v !== 1 || typeof value.uuid !== 'string' || typeof value.savedAt !== 'number') return null;
  if (value.token !== undefined && (typeof value.token !== 'string' || typeof value.expiresAt !== 'number')) return null;
  return value as SessionRecord;
}
