// Integration: registration types, PIN and password-reset flows against the Synerise emulator.
import { describe, expect, it } from 'vitest';
import { PASSWORD, UUID, creds, failure, setup } from '../../test/apiEmulatorHarness';

describe('registration per type (emulator)', () => {
  it('AUTOMATIC: signed in at once; duplicate → ACCOUNT_EXISTS; weak password → POLICY_VIOLATION with field errors', async () => {
    const { api, anonymous } = setup();
    const anon = await anonymous();
    await api.register({ email: 'new@shop.test', password: PASSWORD, firstName: 'N' }, anon);
    expect(await api.login(creds('new@shop.test'))).toMatchObject({ token: expect.any(String) });
    const duplicate = await failure(api.register({ email: 'new@shop.test', password: PASSWORD }, anon));
    expect(duplicate).toMatchObject({ code: 'ACCOUNT_EXISTS', status: 409 });
    const weak = await failure(api.register({ email: 'weak@shop.test', password: 'abc' }, anon));
    expect(weak.code).toBe('POLICY_VIOLATION');
    expect(weak.fieldErrors.length).toBeGreaterThan(0);
    expect(weak.fieldErrors.every((e) => e.field === 'password')).toBe(true);
    expect(JSON.stringify(weak)).not.toContain('abc');
    const invalid = await failure(api.register({ email: 'not-an-email', password: PASSWORD }, anon));
    expect(invalid.code).toBe('VALIDATION');
    expect(invalid.fieldErrors).toContainEqual({ field: 'email', code: 'INVALID_FORMAT' });
  });

  it('REQUIRE_EMAIL_CONFIRMATION: signed in, confirmation e-mail sent and usable', async () => {
    const { api, emulator, anonymous } = setup({ settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } });
    await api.register({ email: 'c@shop.test', password: PASSWORD }, await anonymous());
    expect(await api.login(creds('c@shop.test'))).toMatchObject({ token: expect.any(String) });
    const mail = emulator.outbox.latest('c@shop.test', 'EMAIL_CONFIRMATION');
    await api.confirmActivation(mail?.token ?? '', await anonymous());
    expect(emulator.getProfile('c@shop.test')).toMatchObject({ emailConfirmed: true });
  });

  it('REQUIRE_ACTIVATION: login refused until the link is used; links are single-use', async () => {
    const { api, emulator, anonymous } = setup({ settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    const anon = await anonymous();
    await api.register({ email: 'a@shop.test', password: PASSWORD }, anon);
    expect((await failure(api.login(creds('a@shop.test')))).code).toBe('ACCOUNT_NOT_ACTIVATED');
    await api.requestActivation('a@shop.test', anon);
    const token = emulator.outbox.latest('a@shop.test', 'ACTIVATION')?.token ?? '';
    await api.confirmActivation(token, anon);
    expect(await api.login(creds('a@shop.test'))).toMatchObject({ token: expect.any(String) });
    expect((await failure(api.confirmActivation(token, anon))).code).toBe('TOKEN_INVALID');
  });

  it('REQUIRE_PIN_CONFIRMATION: wrong PIN, resend cooldown, expiry, then confirmation signs in', async () => {
    const { api, emulator, anonymous, clock } = setup({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE' } });
    const anon = await anonymous();
    await api.register({ email: 'pin@shop.test', password: PASSWORD, uuid: UUID, deviceId: 'device-1' }, anon);
    const pin = { email: 'pin@shop.test', uuid: UUID, deviceId: 'device-1' };
    const first = emulator.outbox.latest('pin@shop.test', 'PIN')?.pin ?? '';
    const wrong = first === '000000' ? '111111' : '000000';
    const invalid = await failure(api.confirmPin({ ...pin, pinCode: wrong }, anon));
    expect(invalid.code).toBe('PIN_INVALID');
    expect(invalid.message).not.toContain(wrong);
    const cooldown = await failure(api.requestPin(pin, anon));
    expect(cooldown).toMatchObject({ code: 'PIN_RESEND_COOLDOWN', status: 429, retryAfterSeconds: 60 });
    await clock.advance(301_000);
    expect((await failure(api.confirmPin({ ...pin, pinCode: first }, anon))).code).toBe('PIN_EXPIRED');
    await api.requestPin(pin, anon);
    const second = emulator.outbox.latest('pin@shop.test', 'PIN')?.pin ?? '';
    expect((await failure(api.confirmPin({ ...pin, deviceId: 'device-2', pinCode: second }, anon))).code).toBe('FORBIDDEN');
    expect(await api.confirmPin({ ...pin, pinCode: second }, anon)).toMatchObject({ token: expect.any(String) });
  });
});

describe('password reset (emulator)', () => {
  it('request → weak password rejected → reset → login with the new password → link spent', async () => {
    const { api, emulator, anonymous } = setup({ profiles: [{ email: 'r@shop.test', password: PASSWORD }] });
    const anon = await anonymous();
    await api.requestPasswordReset('r@shop.test', anon);
    await api.requestPasswordReset('nobody@shop.test', anon);
    const token = emulator.outbox.latest('r@shop.test', 'PASSWORD_RESET')?.token ?? '';
    const weak = await failure(api.confirmPasswordReset({ token, password: 'short' }, anon));
    expect(weak.code).toBe('POLICY_VIOLATION');
    await api.confirmPasswordReset({ token, password: 'Brand!New1' }, anon);
    expect(await api.login(creds('r@shop.test', 'Brand!New1'))).toMatchObject({ token: expect.any(String) });
    expect((await failure(api.confirmPasswordReset({ token, password: 'Brand!New2' }, anon))).code).toBe('TOKEN_INVALID');
    expect((await failure(api.confirmPasswordReset({ token: 'made-up', password: 'Brand!New2' }, anon))).code).toBe('TOKEN_INVALID');
  });
});

