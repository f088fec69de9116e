// Tokens are opaque to the kit except for three claims. No signature check happens here:
// the server verifies tokens; the client only needs to know when one runs out and whose it is.

export type Realm = 'anonymous_client' | 'client';

export interface JwtClaims {
  /** Expiry, epoch seconds. */
  exp?: number;
  /** Realm: anonymous_client or client. */
  rlm?: string;
  /** E-mail of a signed-in customer. */
  eml?: string;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads exp/rlm/eml from a JWT payload; `{}` for anything that is not a readable JWT. */
export function decodeJwt(token: string): JwtClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const value: unknown = JSON.parse(base64UrlDecode(payload));
    if (!value || typeof value !== 'object') return {};
    const record = value as Record<string, unknown>;
    const claims: JwtClaims = {};
    if (typeof record.exp === 'number' && Number.isFinite(record.exp)) claims.exp = record.exp;
    if (typeof record.rlm === 'string') claims.rlm = record.rlm;
    if (typeof record.eml === 'string') claims.eml = record.eml;
    return claims;
  } catch {
    return {};
  }
}
