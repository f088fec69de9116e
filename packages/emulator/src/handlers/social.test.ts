import { describe, expect, it } from 'vitest';
import { API_KEY, PATHS, claimsOf, post, setup } from '../../test/helpers.js';

const social = (provider: string, token: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiKey: API_KEY,
  identityProvider: provider,
  identityProviderToken: token,
  ...extra,
});

describe('identity-provider logins', () => {
  it('login creates the account from a minted Google token; conditional then succeeds', async () => {
    const { emu } = setup();
    const idToken = await emu.identity.mint({ provider: 'GOOGLE', email: 'gina@example.com', firstName: 'Gina', lastName: 'G' });
    const before = await post(emu, PATHS.conditional, social('GOOGLE', idToken));
    expect(before.body).toMatchObject({ status: 'REGISTRATION_REQUIRED', origin: 'GOOGLE' });
    expect(emu.getProfile('gina@example.com')).toBeUndefined();
    const created = await post(emu, PATHS.login, social('GOOGLE', idToken, { uuid: 'anon-g', agreements: { email: true } }));
    expect(created.status).toBe(200);
    expect(claimsOf(created.body['token'] as string)).toMatchObject({ rlm: 'client', eml: 'gina@example.com', origin: 'GOOGLE', uuid: 'anon-g' });
    expect(emu.getProfile('gina@example.com')).toMatchObject({
      firstName: 'Gina',
      hasPassword: false,
      activated: true,
      identities: [{ provider: 'GOOGLE', subject: 'google-gina@example.com' }],
      agreements: expect.objectContaining({ email: true }),
    });
    expect((await post(emu, PATHS.conditional, social('GOOGLE', idToken))).body['status']).toBe('SUCCESS');
  });

  it('links an identity to an existing e-mail account', async () => {
    const { emu } = setup();
    const fb = await emu.identity.mint({ provider: 'FACEBOOK', email: 'ann@example.com', subject: 'fb-1' });
    const r = await post(emu, PATHS.conditional, social('FACEBOOK', fb));
    expect(r.body).toMatchObject({ status: 'SUCCESS', origin: 'FACEBOOK', customId: 'card-1' });
    expect(emu.getProfile('ann@example.com')?.identities).toEqual([{ provider: 'FACEBOOK', subject: 'fb-1' }]);
  });

  it('finds seeded identities by subject', async () => {
    const { emu } = setup({ profiles: [{ email: 'o@example.com', identities: [{ provider: 'OAUTH', subject: 'ext-7' }] }] });
    const t = await emu.identity.mint({ provider: 'OAUTH', email: 'other-address@example.com', subject: 'ext-7' });
    const r = await post(emu, PATHS.login, social('OAUTH', t));
    expect(claimsOf(r.body['token'] as string)['eml']).toBe('o@example.com');
  });

  it('rejects tampered tokens (401 IDENTITY_TOKEN_INVALID) on both endpoints', async () => {
    const { emu } = setup();
    const t = await emu.identity.mint({ provider: 'APPLE', email: 'al@example.com' });
    const forged = emu.identity.tamper(t);
    expect(forged).not.toBe(t);
    for (const path of [PATHS.login, PATHS.conditional]) {
      const r = await post(emu, path, social('APPLE', forged));
      expect(r.status).toBe(401);
      expect(r.body['errorCode']).toBe('IDENTITY_TOKEN_INVALID');
    }
    expect(emu.getProfile('attacker+al@example.com')).toBeUndefined();
  });

  it('rejects expired tokens with 401 IDENTITY_TOKEN_EXPIRED (fake clock)', async () => {
    const { emu, clock } = setup();
    const t = await emu.identity.mint({ provider: 'GOOGLE', email: 'late@example.com', expiresInSeconds: 60 });
    clock.advance(61_000);
    const r = await post(emu, PATHS.login, social('GOOGLE', t));
    expect(r.status).toBe(401);
    expect(r.body['errorCode']).toBe('IDENTITY_TOKEN_EXPIRED');
  });

  it('rejects a token minted for another provider, garbage, and a missing token', async () => {
    const { emu } = setup();
    const google = await emu.identity.mint({ provider: 'GOOGLE', email: 'x@example.com' });
    expect((await post(emu, PATHS.login, social('FACEBOOK', google))).body['errorCode']).toBe('IDENTITY_TOKEN_INVALID');
    expect((await post(emu, PATHS.login, social('FACEBOOK', 'EAAfsMmaWLW0BAJZC3'))).body['errorCode']).toBe('IDENTITY_TOKEN_INVALID');
    const missing = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'GOOGLE' });
    expect(missing.status).toBe(400);
    expect(missing.body['errors']).toEqual([expect.objectContaining({ field: 'identityProviderToken', rejectedValue: null })]);
  });
});
