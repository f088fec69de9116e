import { describe, expect, it } from 'vitest';
import { PASSWORD, PATHS, anonymous, post, setup, signIn } from '../../test/helpers.js';

describe('password reset', () => {
  it('request is always 204; mail only for existing accounts', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.resetRequest, { email: 'ghost@example.com' }, anon)).status).toBe(204);
    expect(emu.outbox.all()).toEqual([]);
    expect((await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, anon)).status).toBe(204);
    const mail = emu.outbox.latest('ann@example.com', 'PASSWORD_RESET');
    expect(mail).toMatchObject({ to: 'ann@example.com', subject: 'Reset your password' });
    expect(mail?.link).toContain('action=password_reset');
  });

  it('confirm sets the new password (policy enforced); the token is single use', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, anon);
    const token = emu.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token;
    const weak = await post(emu, PATHS.resetConfirm, { token, password: 'weak' }, anon);
    expect(weak.status).toBe(400);
    expect(weak.body['errorCode']).toBe('PASSWORD_POLICY_VIOLATION');
    expect((await post(emu, PATHS.resetConfirm, { token, password: 'New-pass1' }, anon)).status).toBe(204);
    expect((await signIn(emu, 'ann@example.com', PASSWORD)).status).toBe(401);
    expect((await signIn(emu, 'ann@example.com', 'New-pass1')).status).toBe(200);
    expect((await post(emu, PATHS.resetConfirm, { token, password: 'New-pass2' }, anon)).body['errorCode']).toBe('TOKEN_INVALID');
  });

  it('expired and unknown tokens are refused', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 48 * 3600 });
    const anon = await anonymous(emu);
    await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, anon);
    const token = emu.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token;
    expect((await post(emu, PATHS.resetConfirm, { token: 'nope', password: 'New-pass1' }, anon)).body['errorCode']).toBe('TOKEN_INVALID');
    clock.advance(24 * 3600_000);
    expect((await post(emu, PATHS.resetConfirm, { token, password: 'New-pass1' }, anon)).body['errorCode']).toBe('TOKEN_EXPIRED');
  });

  it('request and confirm need a profile Bearer: 401 without one, expired or invalid (public docs: anonymous token for password reset)', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 60 });
    expect((await post(emu, PATHS.resetRequest, { email: 'ann@example.com' })).body).toMatchObject({ status: 401, errorCode: 'JWT_MISSING' });
    expect((await post(emu, PATHS.resetConfirm, { token: 'x', password: 'New-pass1' })).body).toMatchObject({ status: 401, errorCode: 'JWT_MISSING' });
    expect((await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, 'not-a-token')).body['errorCode']).toBe('JWT_INVALID');
    const anon = await anonymous(emu);
    clock.advance(60_000);
    expect((await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, anon)).body['errorCode']).toBe('JWT_EXPIRED');
    expect(emu.outbox.all()).toEqual([]);
  });
});

describe('change password', () => {
  it('needs the right old password and a policy-compliant new one', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    const wrongOld = await post(emu, PATHS.changePassword, { oldPassword: 'Nope-123!', password: 'New-pass1' }, token);
    expect(wrongOld.status).toBe(400);
    expect(wrongOld.body).toMatchObject({ errorCode: 'OLD_PASSWORD_INVALID', errors: [expect.objectContaining({ field: 'oldPassword', rejectedValue: null })] });
    const weak = await post(emu, PATHS.changePassword, { oldPassword: PASSWORD, password: 'short' }, token);
    expect(weak.body['errorCode']).toBe('PASSWORD_POLICY_VIOLATION');
    expect(JSON.stringify(weak.body)).not.toContain('short"');
    expect((await post(emu, PATHS.changePassword, { oldPassword: PASSWORD, password: 'New-pass1', deviceId: 'd' }, token)).status).toBe(204);
    expect((await signIn(emu, 'ann@example.com', 'New-pass1')).status).toBe(200);
  });

  it('needs a client token (anonymous → 403, none → 401)', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.changePassword, { oldPassword: PASSWORD, password: 'New-pass1' }, anon)).body).toMatchObject({ status: 403, errorCode: 'CLIENT_TOKEN_REQUIRED' });
    expect((await post(emu, PATHS.changePassword, { oldPassword: PASSWORD, password: 'New-pass1' })).status).toBe(401);
  });
});
