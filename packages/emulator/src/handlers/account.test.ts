import { describe, expect, it } from 'vitest';
import { PASSWORD, PATHS, anonymous, call, get, post, setup, signIn } from '../../test/helpers.js';

describe('personal information', () => {
  it('GET returns the profile of the signed-in customer', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    const r = await get(emu, PATHS.personal, token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ email: 'ann@example.com', firstName: 'Ann', lastName: null, customId: 'card-1', phone: null });
    expect(r.body['clientId']).toBe(emu.getProfile('ann@example.com')?.id);
    expect(r.body).not.toHaveProperty('password');
  });

  it('POST updates fields; the e-mail is not changeable', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    const r = await post(emu, PATHS.personal, { firstName: 'Anna', city: 'Kraków', email: 'ann@example.com', agreements: { push: true }, attributes: { size: 'M' } }, token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ firstName: 'Anna', city: 'Kraków', agreements: expect.objectContaining({ push: true }), attributes: { size: 'M' } });
    expect((await get(emu, PATHS.personal, token)).body['city']).toBe('Kraków');
    const change = await post(emu, PATHS.personal, { email: 'new@example.com' }, token);
    expect(change.status).toBe(400);
    expect(change.body).toMatchObject({ errorCode: 'EMAIL_NOT_CHANGEABLE', errors: [expect.objectContaining({ field: 'email', code: 'NOT_CHANGEABLE' })] });
    const badType = await post(emu, PATHS.personal, { phone: 123 }, token);
    expect(badType.body['errors']).toEqual([expect.objectContaining({ field: 'phone', code: 'INVALID_TYPE' })]);
  });

  it('empty strings are rejected with errors[].field; nothing changes (public docs "self-management")', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    const r = await post(emu, PATHS.personal, { firstName: '', city: 'Gdańsk', attributes: { size: '' } }, token);
    expect(r.status).toBe(400);
    expect((r.body['errors'] as Array<Record<string, unknown>>).map((e) => [e['field'], e['code']])).toEqual([
      ['firstName', 'EMPTY_VALUE'],
      ['attributes.size', 'EMPTY_VALUE'],
    ]);
    expect((await get(emu, PATHS.personal, token)).body).toMatchObject({ firstName: 'Ann', city: null });
  });

  it('null deletes a field or an attribute; only the fields sent change', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    await post(emu, PATHS.personal, { lastName: 'Smith', phone: '+48 600 000 000', attributes: { size: 'M', color: 'red' } }, token);
    const r = await post(emu, PATHS.personal, { phone: null, attributes: { color: null } }, token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ firstName: 'Ann', lastName: 'Smith', phone: null, customId: 'card-1', attributes: { size: 'M' } });
    const cleared = await post(emu, PATHS.personal, { firstName: null }, token);
    expect(cleared.body).toMatchObject({ firstName: null, lastName: 'Smith' });
  });

  it('keeps the fields the emulator stores (displayName, avatarUrl, tags, extras) and serves numeric customIds as numbers', async () => {
    const { emu } = setup({
      profiles: [{ email: 'zoe@example.com', password: PASSWORD, customId: 42, fields: { displayName: 'Zoe', avatarUrl: 'https://cdn.example/z.png', loyaltyTier: 'gold' }, tags: ['vip'] }],
    });
    const token = (await signIn(emu, 'zoe@example.com')).body['token'] as string;
    const r = await get(emu, PATHS.personal, token);
    expect(r.body).toMatchObject({ displayName: 'Zoe', avatarUrl: 'https://cdn.example/z.png', loyaltyTier: 'gold', tags: ['vip'], customId: 42 });
    const updated = await post(emu, PATHS.personal, { displayName: 'Zo' }, token);
    expect(updated.body).toMatchObject({ displayName: 'Zo', avatarUrl: 'https://cdn.example/z.png', loyaltyTier: 'gold', tags: ['vip'], customId: 42 });
  });

  it('needs a valid client token', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 10 });
    expect((await get(emu, PATHS.personal, await anonymous(emu))).status).toBe(403);
    const token = (await signIn(emu)).body['token'] as string;
    clock.advance(10_000);
    expect((await get(emu, PATHS.personal, token)).body).toMatchObject({ status: 401, errorCode: 'JWT_EXPIRED' });
  });

  it('PUT on a known path is 405, unknown paths are 404', async () => {
    const { emu } = setup();
    expect((await call(emu, 'PUT', PATHS.personal, {})).status).toBe(405);
    expect((await get(emu, '/nope')).body).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
  });
});

describe('logout', () => {
  it('LOGOUT revokes only the current token', async () => {
    const { emu } = setup();
    const a = (await signIn(emu)).body['token'] as string;
    const b = (await signIn(emu)).body['token'] as string;
    expect((await post(emu, PATHS.logout, { mode: 'LOGOUT' }, a)).status).toBe(204);
    expect((await get(emu, PATHS.personal, a)).body['errorCode']).toBe('JWT_REVOKED');
    expect((await get(emu, PATHS.personal, b)).status).toBe(200);
  });

  it('fromAllDevices revokes every token of the profile', async () => {
    const { emu } = setup();
    const a = (await signIn(emu)).body['token'] as string;
    const b = (await signIn(emu)).body['token'] as string;
    expect((await post(emu, PATHS.logout, { mode: 'LOGOUT_WITH_SESSION_CLEARING', fromAllDevices: true }, a)).status).toBe(204);
    expect((await get(emu, PATHS.personal, b)).status).toBe(401);
  });

  it('validates mode', async () => {
    const { emu } = setup();
    const a = (await signIn(emu)).body['token'] as string;
    expect((await post(emu, PATHS.logout, { mode: 'BYE' }, a)).body['errors']).toEqual([expect.objectContaining({ field: 'mode' })]);
  });
});
