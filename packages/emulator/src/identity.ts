import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { base64UrlEncodeJson, peekPayload, type KeyPair } from './jwt.js';
import type { IdentityMintParams, IdentityProvider } from './types.js';

/** Issuers used for the fake identity-provider tokens minted by `identity.mint`. */
export const IDP_ISSUERS: Record<IdentityProvider, string> = {
  GOOGLE: 'https://accounts.google.com',
  FACEBOOK: 'https://www.facebook.com',
  APPLE: 'https://appleid.apple.com',
  OAUTH: 'https://oauth.shop.example',
};

export interface IdentityClaims {
  provider: IdentityProvider;
  subject: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
}

export function defaultSubject(provider: IdentityProvider, email: string): string {
  return `${provider.toLowerCase()}-${email.trim().toLowerCase()}`;
}

export async function mintIdentityToken(keys: KeyPair, p: IdentityMintParams, nowMs: number): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({
    email: p.email,
    email_verified: true,
    given_name: p.firstName,
    family_name: p.lastName,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'emulator-idp' })
    .setIssuer(IDP_ISSUERS[p.provider])
    .setSubject(p.subject ?? defaultSubject(p.provider, p.email))
    .setAudience('synerise-emulator')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (p.expiresInSeconds ?? 3600))
    .sign(keys.privateKey);
}

/** Returns the same token with a modified payload (e-mail swapped) and the original signature. */
export function tamperToken(token: string): string {
  const [header, , signature] = token.split('.');
  const payload = peekPayload(token) ?? {};
  const email = typeof payload['email'] === 'string' ? payload['email'] : 'x@example.com';
  const forged = { ...payload, email: `attacker+${email}`, sub: `${String(payload.sub ?? '')}-forged` };
  return `${header ?? ''}.${base64UrlEncodeJson(forged)}.${signature ?? ''}`;
}

export type IdentityVerifyResult =
  | { ok: true; claims: IdentityClaims }
  | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyIdentityToken(
  keys: KeyPair,
  provider: IdentityProvider,
  token: string,
  nowMs: number,
): Promise<IdentityVerifyResult> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer: IDP_ISSUERS[provider],
      currentDate: new Date(nowMs),
      algorithms: ['RS256'],
    });
    const email = payload['email'];
    if (typeof email !== 'string' || !payload.sub) return { ok: false, reason: 'invalid' };
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return {
      ok: true,
      claims: {
        provider,
        subject: payload.sub,
        email,
        firstName: str(payload['given_name']),
        lastName: str(payload['family_name']),
      },
    };
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'invalid' };
  }
}
