import { describe, expect, it } from 'vitest';
import { PATHS, anonymous, claimsOf, post, setup } from '../../test/helpers.js';

async function registered(options: Parameters<typeof setup>[0] = {}) {
  const ctx = setup({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE', ...options.settings } });
  const anon = await anonymous(ctx.emu, 'anon-p', 'dev-1');
  await post(ctx.emu, PATHS.register, { email: 'pia@example.com', password: 'Valid-pass1' }, anon);
  const pin = (): string => ctx.emu.outbox.latest('pia@example.com', 'PIN')?.pin ?? '';
  return { ...ctx, anon, pin };
}

let other = '';
const confirm = async (emu: Parameters<typeof post>[0], pinCode: string, deviceId = 'dev-1', uuid = 'anon-p') => {
  other = await anonymous(emu, uuid, deviceId);
  return post(emu, PATHS.pinConfirm, { email: 'pia@example.com', pinCode, uuid, deviceId }, other);
};

describe('PIN confirmation', () => {
  it('confirms with the right PIN on the same device: activated and signed in', async () => {
    const { emu, pin } = await registered();
    expect(pin()).toMatch(/^\d{6}$/);
    const r = await confirm(emu, pin());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ origin: 'SYNERISE', realm: 'client', customId: null, expiration: expect.any(Number), created: expect.any(Number) });
    expect(claimsOf(r.body['token'] as string)).toMatchObject({ rlm: 'client', eml: 'pia@example.com' });
    expect(emu.getProfile('pia@example.com')).toMatchObject({ activated: true, emailConfirmed: true, pendingPin: null });
  });

  it('wrong PIN → 400 PIN_INVALID, never echoed', async () => {
    const { emu, pin } = await registered();
    const wrong = pin() === '000000' ? '111111' : '000000';
    const r = await confirm(emu, wrong);
    expect(r.body).toMatchObject({ status: 400, errorCode: 'PIN_INVALID' });
    expect(JSON.stringify(r.body)).not.toContain(wrong);
  });

  it('expired PIN → 400 PIN_EXPIRED after pinConfirmationValidInSeconds', async () => {
    const { emu, clock, pin } = await registered({ settings: { pinConfirmationValidInSeconds: 120 } });
    clock.advance(119_000);
    const code = pin();
    clock.advance(1_000);
    expect((await confirm(emu, code)).body['errorCode']).toBe('PIN_EXPIRED');
  });

  it('confirmation from another deviceId or another uuid → 403 PIN_DEVICE_MISMATCH', async () => {
    const { emu, pin } = await registered();
    expect((await confirm(emu, pin(), 'dev-2')).body).toMatchObject({ status: 403, errorCode: 'PIN_DEVICE_MISMATCH' });
    expect((await confirm(emu, pin(), 'dev-1', 'anon-other')).body).toMatchObject({ status: 403, errorCode: 'PIN_DEVICE_MISMATCH' });
    expect(emu.getProfile('pia@example.com')?.activated).toBe(false);
  });

  it('without body uuid/deviceId the Bearer token identifies the device', async () => {
    const { emu, anon, pin } = await registered();
    const stranger = await anonymous(emu, 'anon-x', 'dev-x');
    const body = { email: 'pia@example.com', pinCode: pin() };
    expect((await post(emu, PATHS.pinConfirm, body, stranger)).body['errorCode']).toBe('PIN_DEVICE_MISMATCH');
    expect((await post(emu, PATHS.pinConfirm, body, anon)).status).toBe(200);
  });

  it('request and confirmation need a profile Bearer (401 without)', async () => {
    const { emu, pin } = await registered();
    expect((await post(emu, PATHS.pinRequest, { email: 'pia@example.com', uuid: 'anon-p', deviceId: 'dev-1' })).body['errorCode']).toBe('JWT_MISSING');
    const r = await post(emu, PATHS.pinConfirm, { email: 'pia@example.com', pinCode: pin(), uuid: 'anon-p', deviceId: 'dev-1' });
    expect(r.body).toMatchObject({ status: 401, errorCode: 'JWT_MISSING' });
    expect(emu.getProfile('pia@example.com')?.activated).toBe(false);
  });

  it('resend: 429 + Retry-After during the cooldown, then a new PIN', async () => {
    const { emu, clock, pin, anon } = await registered({ settings: { pinResendCooldownSeconds: 60 } });
    const first = pin();
    clock.advance(20_000);
    const early = await post(emu, PATHS.pinRequest, { email: 'pia@example.com', uuid: 'anon-p', deviceId: 'dev-1' }, anon);
    expect(early.status).toBe(429);
    expect(early.headers.get('Retry-After')).toBe('40');
    expect(early.body).toMatchObject({ errorCode: 'PIN_RESEND_COOLDOWN', retryAfterSeconds: 40 });
    clock.advance(40_000);
    expect((await post(emu, PATHS.pinRequest, { email: 'pia@example.com', uuid: 'anon-p', deviceId: 'dev-1' }, anon)).status).toBe(204);
    expect(emu.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(2);
    const second = pin();
    if (second !== first) expect((await confirm(emu, first)).body['errorCode']).toBe('PIN_INVALID');
    expect((await confirm(emu, second)).status).toBe(200);
  });

  it('resend from a different device is refused unless allowPinResendFromDifferentDeviceId; then only that device confirms', async () => {
    const { emu, clock, pin } = await registered();
    clock.advance(61_000);
    const anon2 = await anonymous(emu, 'anon-p', 'dev-2');
    const refused = await post(emu, PATHS.pinRequest, { email: 'pia@example.com', deviceId: 'dev-2' }, anon2);
    expect(refused.body).toMatchObject({ status: 403, errorCode: 'PIN_DEVICE_MISMATCH' });
    emu.updateSettings({ allowPinResendFromDifferentDeviceId: true });
    expect((await post(emu, PATHS.pinRequest, { email: 'pia@example.com', deviceId: 'dev-2' }, anon2)).status).toBe(204);
    expect((await confirm(emu, pin(), 'dev-1')).body['errorCode']).toBe('PIN_DEVICE_MISMATCH');
    expect((await confirm(emu, pin(), 'dev-2')).status).toBe(200);
  });

  it('request for unknown or already confirmed accounts is a silent 204', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.pinRequest, { email: 'ghost@example.com' }, anon)).status).toBe(204);
    expect((await post(emu, PATHS.pinRequest, { email: 'ann@example.com' }, anon)).status).toBe(204);
    expect(emu.outbox.all()).toEqual([]);
    expect((await post(emu, PATHS.pinConfirm, { email: 'ann@example.com', pinCode: '123456' }, anon)).body['errorCode']).toBe('PIN_INVALID');
  });
});
