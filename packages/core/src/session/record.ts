import { parseJson } from '../json';
import { decodeJwt, type Realm } from './jwt';

// The session as stored (and shared by tabs). A record without a token is a tombstone: the
// profile is anonymous and its next token has not arrived yet (offline, or in flight).

export type SessionCause = 'anonymous' | 'signIn' | 'refresh' | 'signOut' | 'expired' | 'revoked';

export interface SessionProfile {
  email?: string;
  customId?: string;
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
}

export type TokenRecord = SessionRecord & { token: string; realm: Realm; expiresAt: number; obtainedAt: number };

const DEFAULT_TTL_SECONDS = 3600;

export interface TokenInput {
  token: string;
  uuid: string;
  now: number;
  cause: SessionCause;
  /** Response `expiration` (epoch seconds): preferred over the JWT `exp`. */
  expirationSeconds?: number;
  realm?: Realm;
  profile?: SessionProfile;
}

export function tokenRecord(input: TokenInput): TokenRecord {
  const claims = decodeJwt(input.token);
  const expSeconds = input.expirationSeconds ?? claims.exp ?? Math.floor(input.now / 1000) + DEFAULT_TTL_SECONDS;
  const realm: Realm = input.realm ?? (claims.rlm === 'client' ? 'client' : 'anonymous_client');
  const email = input.profile?.email ?? claims.eml;
  const profile: SessionProfile | undefined =
    realm === 'client' ? { ...(email ? { email } : {}), ...(input.profile?.customId ? { customId: input.profile.customId } : {}) } : undefined;
  return {
    v: 1,
    uuid: input.uuid,
    token: input.token,
    realm,
    expiresAt: expSeconds * 1000,
    obtainedAt: input.now,
    ...(profile ? { profile } : {}),
    cause: input.cause,
    savedAt: input.now,
  };
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
