import { describe, expect, it } from 'vitest';
import { API_KEY, PASSWORD, PATHS, anonymous, claimsOf, get, post, setup, signIn } from '../../test/helpers.js';

describe('anonymous login', () => {
  it('returns an anonymous_client token for the given uuid', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.anonymous, { apiKey: API_KEY, uuid: 'uuid-a', deviceId: 'dev-a' });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['token']);
    const claims = claimsOf(r.body['token'] as string);
    expect(claims).toMatchObject({ rlm: 'anonymous_client', uuid: 'uuid-a', eml: 'uuid-a@anonymous.invalid', did: 'dev-a' });
  });

  it('requires uuid (seed 003): 400 with a field error when absent', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.anonymous, { apiKey: API_KEY });
    expect(r.status).toBe(400);
    expect(r.body['errors']).toEqual([expect.objectContaining({ field: 'uuid', code: 'REQUIRED' })]);
  });

  it('rejects a wrong apiKey with 401 and a missing one with 400', async () => {
    const { emu } = setup();
    const wrong = await post(emu, PATHS.anonymous, { apiKey: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ status: 401, error: 'Unauthorized', errorCode: 'INVALID_API_KEY', path: PATHS.anonymous, errors: [] });
    expect(typeof wrong.body['timestamp']).toBe('string');
    const missing = await post(emu, PATHS.anonymous, {});
    expect(missing.status).toBe(400);
    expect(missing.body['errors']).toEqual([{ code: 'REQUIRED', field: 'apiKey', message: 'apiKey is required', rejectedValue: null }]);
  });

  it('accepts custom api keys', async () => {
    const { emu } = setup({ apiKeys: ['k1'] });
    expect((await post(emu, PATHS.anonymous, { apiKey: 'k1', uuid: 'u' })).status).toBe(200);
    expect((await post(emu, PATHS.anonymous, { apiKey: API_KEY, uuid: 'u' })).status).toBe(401);
  });

  it('answers 400 MALFORMED_REQUEST on a non-JSON body', async () => {
    const { emu } = setup();
    const res = await emu.fetch(`${emu.baseUrl}${PATHS.anonymous}`, { method: 'POST', body: '{oops' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Record<string, unknown>)['errorCode']).toBe('MALFORMED_REQUEST');
  });
});

describe('login (RaaS)', () => {
  it('signs in with email + password + uuid; the reply carries the refresh fields (seed 003 refresh shape)', async () => {
    const { emu, clock } = setup();
    const r = await signIn(emu);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      token: expect.any(String),
      expiration: Math.floor(clock.now() / 1000) + 3600,
      created: clock.now(),
      origin: 'SYNERISE',
      customId: 'card-1',
      realm: 'client',
    });
    expect(claimsOf(r.body['token'] as string)).toMatchObject({ rlm: 'client', eml: 'ann@example.com', origin: 'SYNERISE' });
  });

  it('signs in by customId or by the profile uuid (seed 000 sample)', async () => {
    const { emu } = setup({ profiles: [{ email: 'b@example.com', password: PASSWORD, customId: 'c-9', uuid: 'u-9' }] });
    const byCustom = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', customId: 'c-9', password: PASSWORD, uuid: 'x' });
    expect(byCustom.status).toBe(200);
    const byUuid = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', uuid: 'u-9', password: PASSWORD });
    expect(byUuid.status).toBe(200);
  });

  it('SYNERISE login requires uuid (400)', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: PASSWORD });
    expect(r.status).toBe(400);
    expect(r.body['errors']).toEqual([expect.objectContaining({ field: 'uuid', code: 'REQUIRED' })]);
  });

  it('customId is any JSON scalar: a numeric customId signs in and comes back as a number', async () => {
    const { emu } = setup({ profiles: [{ email: 'n@example.com', password: PASSWORD, customId: 4711 }] });
    const r = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', customId: 4711, password: PASSWORD, uuid: 'x' });
    expect(r.status).toBe(200);
    expect(r.body['customId']).toBe(4711);
    const refreshed = await post(emu, PATHS.refresh, { apiKey: API_KEY }, r.body['token'] as string);
    expect(refreshed.body['customId']).toBe(4711);
    const asString = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', customId: '4711', password: PASSWORD, uuid: 'x' });
    expect(asString.status).toBe(200);
    const objectId = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', customId: { id: 1 }, password: PASSWORD, uuid: 'x' });
    expect(objectId.body['errors']).toEqual([expect.objectContaining({ field: 'customId', code: 'INVALID_TYPE' })]);
  });

  it('answers 401 INVALID_CREDENTIALS for a wrong password or an unknown e-mail, without echoing the password', async () => {
    const { emu } = setup();
    const wrong = await signIn(emu, 'ann@example.com', 'Wrong-pass-1');
    expect(wrong.status).toBe(401);
    expect(wrong.body['errorCode']).toBe('INVALID_CREDENTIALS');
    expect(JSON.stringify(wrong.body)).not.toContain('Wrong-pass-1');
    const unknown = await signIn(emu, 'nobody@example.com');
    expect(unknown.status).toBe(401);
    expect(unknown.body['errorCode']).toBe('INVALID_CREDENTIALS');
    expect(emu.getProfile('ann@example.com')?.failedLoginAttempts).toBe(1);
  });

  it('validates the body: identityProvider, password and never echoes secrets', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: 42, uuid: 'x' });
    expect(r.status).toBe(400);
    expect(r.body['errors']).toEqual([expect.objectContaining({ field: 'password', code: 'INVALID_TYPE', rejectedValue: null })]);
    const unknown = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'UNKNOWN', identityProviderToken: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body['errors']).toEqual([expect.objectContaining({ field: 'identityProvider', code: 'UNSUPPORTED' })]);
    const noProvider = await post(emu, PATHS.login, { apiKey: API_KEY, email: 'ann@example.com', password: PASSWORD, uuid: 'x' });
    expect(noProvider.body['errors']).toEqual([expect.objectContaining({ field: 'identityProvider', code: 'REQUIRED' })]);
  });

  it('refuses a not-activated profile with 403 ACCOUNT_NOT_ACTIVATED', async () => {
    const { emu } = setup({ profiles: [{ email: 'new@example.com', password: PASSWORD, activated: false }] });
    const r = await signIn(emu, 'new@example.com');
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ errorCode: 'ACCOUNT_NOT_ACTIVATED', activationMethod: 'EMAIL' });
  });

  it('refuses MFA- and approval-flagged profiles with 403', async () => {
    const { emu } = setup({
      profiles: [
        { email: 'mfa@example.com', password: PASSWORD, mfaRequired: true },
        { email: 'appr@example.com', password: PASSWORD, approvalRequired: true },
      ],
    });
    expect((await signIn(emu, 'mfa@example.com')).body['errorCode']).toBe('MFA_REQUIRED');
    expect((await signIn(emu, 'appr@example.com')).body['errorCode']).toBe('APPROVAL_REQUIRED');
  });

  it('stores agreements, attributes (minus reserved names) and tags sent with the login', async () => {
    const { emu } = setup();
    await signIn(emu, 'ann@example.com', PASSWORD, {
      agreements: { email: true, sms: 'true' },
      attributes: { shoeSize: 42, email: 'spoof@example.com' },
      tags: ['vip'],
    });
    const p = emu.getProfile('ann@example.com');
    expect(p?.agreements).toMatchObject({ email: true, sms: true, push: false });
    expect(p?.attributes).toEqual({ shoeSize: 42 });
    expect(p?.tags).toEqual(['vip']);
    expect(p?.email).toBe('ann@example.com');
  });
});

describe('device control', () => {
  it('requires deviceId on login and conditional login when enabled', async () => {
    const { emu } = setup({ settings: { deviceControlMode: 'HARD' } });
    const r = await signIn(emu);
    expect(r.status).toBe(403);
    expect(r.body['errorCode']).toBe('DEVICE_ID_REQUIRED');
    const c = await post(emu, PATHS.conditional, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: PASSWORD, uuid: 'x' });
    expect(c.body['errorCode']).toBe('DEVICE_ID_REQUIRED');
    expect((await signIn(emu, 'ann@example.com', PASSWORD, { deviceId: 'd1' })).status).toBe(200);
  });

  it('does not require deviceId when off, nor for anonymous login', async () => {
    const { emu } = setup();
    expect((await signIn(emu)).status).toBe(200);
    emu.updateSettings({ deviceControlMode: 'SOFT' });
    expect((await post(emu, PATHS.anonymous, { apiKey: API_KEY, uuid: 'u' })).status).toBe(200);
  });
});

describe('refresh', () => {
  it('returns a new token (new jti, later exp) while valid; the old one stays valid until its exp', async () => {
    const { emu, clock } = setup();
    const first = (await signIn(emu)).body['token'] as string;
    clock.advance(10 * 60_000);
    const r = await post(emu, PATHS.refresh, { apiKey: API_KEY }, first);
    expect(r.status).toBe(200);
    const next = r.body['token'] as string;
    expect(r.body).toMatchObject({ realm: 'client', origin: 'SYNERISE', customId: 'card-1' });
    expect(r.body['expiration']).toBe(claimsOf(next)['exp']);
    expect(r.body['created']).toBe(clock.now());
    expect(claimsOf(next)['jti']).not.toBe(claimsOf(first)['jti']);
    expect(claimsOf(next)['exp'] as number).toBeGreaterThan(claimsOf(first)['exp'] as number);
    expect((await get(emu, PATHS.personal, first)).status).toBe(200);
  });

  it('is 401 JWT_EXPIRED after expiry (fake clock) and keeps the realm for anonymous tokens', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 60 });
    const anon = await anonymous(emu, 'u-1');
    const ok = await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    expect(claimsOf(ok.body['token'] as string)).toMatchObject({ rlm: 'anonymous_client', uuid: 'u-1' });
    clock.advance(60_000);
    const r = await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    expect(r.status).toBe(401);
    expect(r.body['errorCode']).toBe('JWT_EXPIRED');
  });

  it('needs the apiKey and a Bearer token', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.refresh, {}, anon)).status).toBe(400);
    expect((await post(emu, PATHS.refresh, { apiKey: 'bad' }, anon)).status).toBe(401);
    const none = await post(emu, PATHS.refresh, { apiKey: API_KEY });
    expect(none.body).toMatchObject({ status: 401, errorCode: 'JWT_MISSING' });
    const garbage = await post(emu, PATHS.refresh, { apiKey: API_KEY }, 'not.a.jwt');
    expect(garbage.body).toMatchObject({ status: 401, errorCode: 'JWT_INVALID' });
  });

  it('setTokenTtl changes the lifetime of new tokens', async () => {
    const { emu, clock } = setup();
    emu.setTokenTtl(30);
    const t = (await signIn(emu)).body['token'] as string;
    expect(claimsOf(t)['exp']).toBe(Math.floor(clock.now() / 1000) + 30);
  });
});

describe('anonymous history merge', () => {
  it('counts requests made with the anonymous token and merges them on sign-in with the same uuid', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu, 'visitor-1');
    await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    expect(emu.getAnonymousProfile('visitor-1')?.eventCount).toBe(2);
    const r = await signIn(emu, 'ann@example.com', PASSWORD, { uuid: 'visitor-1' });
    expect(r.status).toBe(200);
    const p = emu.getProfile('ann@example.com');
    expect(p?.mergedAnonymousUuids).toEqual(['visitor-1']);
    expect(p?.mergedEventCount).toBe(2);
    expect(emu.getAnonymousProfile('visitor-1')).toMatchObject({ mergedInto: 'ann@example.com', eventCount: 0 });
  });

  it('merges the Bearer anonymous profile on conditional login too', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu, 'visitor-2');
    await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    const r = await post(emu, PATHS.conditional, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: PASSWORD, uuid: 'visitor-2' }, anon);
    expect(r.body['status']).toBe('SUCCESS');
    expect(emu.getProfile('ann@example.com')).toMatchObject({ mergedAnonymousUuids: ['visitor-2'], mergedEventCount: 2 });
  });
});
