import { describe, expect, it } from 'vitest';
import { PATHS, anonymous, claimsOf, post, setup } from '../../test/helpers.js';

async function registered(options: Parameters<typeof setup>[0] = {}) {
  const ctx = setup({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', ...options.settings } });
  const anon = await anonymous(ctx.emu, 'anon-p', 'dev-1');
  await post(ctx.emu, PATHS.register, { email: 'pia@example.com', password: 'Valid-pass1' }, anon);
  const pin = (): string => ctx.emu.outbox.latest('pia@example.com', 'PIN')?.pin ?? '';
  return { ...ctx, pin };
}

const confirm = (emu: Parameters<typeof post>[0], pinCode: string, deviceId = 'dev-1') =>
  post(emu, PATHS.pinConfirm, { email: 'pia@example.com', pinCode, uuid: 'anon-p', deviceId });

describe('PIN confirmation', () => {
  it('confirms with the right PIN on the same device: activated and signed in', async () => {
    const { emu, pin } = await registered();
    expect(pin()).toMatch(/^\d{6}$/);
    const r = await confirm(emu, pin());
    expect(r.status).toBe(200);
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

  it('confirmation from another device → 403 PIN_DEVICE_MISMATCH', async () => {
    const { emu, pin } = await registered();
    expect((await confirm(emu, pin(), 'dev-2')).body).toMatchObject({ status: 403, errorCode: 'PIN_DEVICE_MISMATCH' });
  });

  it('resend: 429 + Retry-After during the cooldown, then a new PIN', async () => {
    const { emu, clock, pin } = await registered({ settings: { pinResendCooldownSeconds: 60 } });
    const first = pin();
    clock.advance(20_000);
    const early = await post(emu, PATHS.pinRequest, { email: 'pia@example.com', uuid: 'anon-p', deviceId: 'dev-1' });
    expect(early.status).toBe(429);
    expect(early.headers.get('Retry-After')).toBe('40');
    expect(early.body).toMatchObject({ errorCode: 'PIN_RESEND_COOLDOWN', retryAfterSeconds: 40 });
    clock.advance(40_000);
    expect((await post(emu, PATHS.pinRequest, { email: 'pia@example.com', uuid: 'anon-p', deviceId: 'dev-1' })).status).toBe(204);
    expect(emu.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(2);
    const second = pin();
    if (second !== first) expect((await confirm(emu, first)).body['errorCode']).toBe('PIN_INVALID');
    expect((await confirm(emu, second)).status).toBe(200);
  });

  it('resend from a different device is refused unless allowPinResendFromDifferentDeviceId; then only that device confirms', async () => {
    const { emu, clock, pin } = await registered();
    clock.advance(61_000);
    const refused = await post(emu, PATHS.pinRequest, { email: 'pia@example.com', deviceId: 'dev-2' });
    expect(refused.body).toMatchObject({ status: 403, errorCode: 'PIN_DEVICE_MISMATCH' });
    emu.updateSettings({ allowPinResendFromDifferentDeviceId: true });
    expect((await post(emu, PATHS.pinRequest, { email: 'pia@example.com', deviceId: 'dev-2' })).status).toBe(204);
    expect((await confirm(emu, pin(), 'dev-1')).body['errorCode']).toBe('PIN_DEVICE_MISMATCH');
    expect((await confirm(emu, pin(), 'dev-2')).status).toBe(200);
  });

  it('request for unknown or already confirmed accounts is a silent 204', async () => {
    const { emu } = setup();
    expect((await post(emu, PATHS.pinRequest, { email: 'ghost@example.com' })).status).toBe(204);
    expect((await post(emu, PATHS.pinRequest, { email: 'ann@example.com' })).status).toBe(204);
    expect(emu.outbox.all()).toEqual([]);
    expect((await post(emu, PATHS.pinConfirm, { email: 'ann@example.com', pinCode: '123456' })).body['errorCode']).toBe('PIN_INVALID');
  });
});
