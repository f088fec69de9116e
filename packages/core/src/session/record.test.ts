import { describe, expect, it } from 'vitest';
import { replyFields, tokenRecord } from './record';

const NOW = Date.UTC(2026, 2, 1, 8);
const jwt = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

describe('tokenRecord: tokens as the server describes them', () => {
  it('the reply expiration/created/realm win; the token need not be a JWT', () => {
    const reply = { token: 'opaque-v3-token', expiration: NOW / 1000 + 600, created: NOW - 5_000, realm: 'client' };
    const record = tokenRecord({ ...replyFields(reply), uuid: 'u', now: NOW, cause: 'signIn' });
    expect(record).toMatchObject({ token: 'opaque-v3-token', realm: 'client', expiresAt: NOW + 600_000, obtainedAt: NOW - 5_000 });
  });

  it('the JWT claims are only a fallback', () => {
    const token = jwt({ exp: NOW / 1000 + 120, rlm: 'client', eml: 'a@b.c' });
    expect(tokenRecord({ token, uuid: 'u', now: NOW, cause: 'signIn' })).toMatchObject({ expiresAt: NOW + 120_000, realm: 'client', profile: { email: 'a@b.c' } });
    expect(tokenRecord({ token, expirationSeconds: NOW / 1000 + 900, uuid: 'u', now: NOW, cause: 'signIn' }).expiresAt).toBe(NOW + 900_000);
  });

  it('neither reply fields nor a readable token: the documented 3600 s from now, never an error', () => {
    expect(tokenRecord({ token: 'not.a-jwt', uuid: 'u', now: NOW, cause: 'anonymous', realm: 'anonymous_client' })).toMatchObject({
      expiresAt: NOW + 3_600_000, obtainedAt: NOW, realm: 'anonymous_client',
    });
  });

  it('a created after the expiry is ignored (lifetime measured from now)', () => {
    const record = tokenRecord({ token: 't', expirationSeconds: NOW / 1000 + 60, createdMs: NOW + 120_000, uuid: 'u', now: NOW, cause: 'refresh', realm: 'client' });
    expect(record.obtainedAt).toBe(NOW);
  });
});
