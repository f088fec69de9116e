import { describe, expect, it } from 'vitest';
import { PATHS, anonymous, call, get, post, setup, signIn } from '../../test/helpers.js';

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
