import { SignJWT, decodeJwt, exportJWK, generateKeyPair, jwtVerify, errors as joseErrors } from 'jose';
import type { CryptoKey as JoseCryptoKey, JWTPayload } from 'jose';
import type { TokenRealm } from './types.js';

export interface KeyPair {
  privateKey: JoseCryptoKey;
  publicKey: JoseCryptoKey;
}

export async function createKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicKey };
}

export async function publicJwk(keys: KeyPair): Promise<JsonWebKey> {
  const jwk = await exportJWK(keys.publicKey);
  return { ...jwk, alg: 'RS256', use: 'sig' } as JsonWebKey;
}

export interface SessionClaims {
  sub: string;
  jti: string;
  rlm: TokenRealm;
  uuid: string;
  eml: string;
  ctd: number;
  iat: number;
  exp: number;
  clId: number;
  did?: string;
  origin: string;
}

/** A workspace (formerly Business Profile) token: server-to-server only, never a profile token. */
export interface WorkspaceClaims {
  sub: string;
  jti: string;
  rlm: 'workspace';
  iat: number;
  exp: number;
  ctd: number;
}

export const TOKEN_ISSUER = 'Synerise';
export const TOKEN_AUDIENCE = 'API';

export async function signSessionToken(keys: KeyPair, claims: SessionClaims | WorkspaceClaims): Promise<string> {
  const { sub, jti, iat, exp, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setSubject(sub)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .sign(keys.privateKey);
}

export type VerifyResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: 'expired' | 'invalid'; claims?: SessionClaims };

/** Verifies signature, issuer, audience and expiry against the emulator clock. */
export async function verifySessionToken(keys: KeyPair, token: string, nowMs: number): Promise<VerifyResult> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: new Date(nowMs),
      algorithms: ['RS256'],
    });
    return { ok: true, claims: payload as unknown as SessionClaims };
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) {
      return { ok: false, reason: 'expired', claims: e.payload as unknown as SessionClaims };
    }
    return { ok: false, reason: 'invalid' };
  }
}

/** Reads the payload without verifying (for logging and tampering only). */
export function peekPayload(token: string): JWTPayload | null {
  try {
    return decodeJwt(token);
  } catch {
    return null;
  }
}

export function base64UrlEncodeJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
