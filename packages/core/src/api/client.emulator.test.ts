// Integration: every AuthApi method against the Synerise emulator (real JWTs, outbox, bans).
import { describe, expect, it } from 'vitest';
import { toConditionalResult } from '../flows/conditional';
import type { LoginBody } from './contract';
import { PASSWORD, UUID, creds, failure, setup } from '../../test/apiEmulatorHarness';

describe('against the emulator', () => {
  it('session round trip: anonymous → conditional login → refresh → account → change password → logout', async () => {
    const { api, anonymous, clock } = setup({ profiles: [{ email: 'ann@shop.test', password: PASSWORD, firstName: 'Ann' }] });
    const anon = await anonymous();
    const result = toConditionalResult(await api.conditionalLogin(creds('ann@shop.test'), anon));
    expect(result).toMatchObject({ status: 'success', expiresAt: clock.now() + 3600_000 });
    if (result.status !== 'success') throw new Error('unreachable');
    const { token } = await api.refresh(result.token);
    expect(token).not.toBe(result.token);
    expect(await api.getPersonalInformation(token)).toMatchObject({ email: 'ann@shop.test', firstName: 'Ann' });
    expect(await api.updatePersonalInformation({ lastName: 'Lee', city: 'Gdańsk' }, token)).toMatchObject({ lastName: 'Lee', city: 'Gdańsk' });
    expect((await failure(api.changePassword({ oldPassword: 'Wr0ng!pw', password: 'N3w!pass' }, token))).code).toBe('INVALID_CREDENTIALS');
    expect((await failure(api.changePassword({ oldPassword: PASSWORD, password: 'weak' }, token))).code).toBe('POLICY_VIOLATION');
    await api.changePassword({ oldPassword: PASSWORD, password: 'N3w!pass', deviceId: 'device-1' }, token);
    expect(await api.login(creds('ann@shop.test', 'N3w!pass'))).toMatchObject({ token: expect.any(String) });
    await api.logout({ mode: 'LOGOUT' }, token);
    expect((await failure(api.getPersonalInformation(token))).code).toBe('SESSION_EXPIRED');
  });

  it('an expired token cannot be refreshed (SESSION_EXPIRED)', async () => {
    const { api, anonymous, clock } = setup({ tokenTtlSeconds: 60 });
    const anon = await anonymous();
    await clock.advance(61_000);
    expect((await failure(api.refresh(anon))).code).toBe('SESSION_EXPIRED');
  });

  it.each([
    ['wrong password', { email: 'p@shop.test', password: PASSWORD }, 'Wr0ng!pw', 'unauthorized'],
    ['unknown e-mail', { email: 'other@shop.test', password: PASSWORD }, PASSWORD, 'registrationRequired'],
    ['not activated', { email: 'p@shop.test', password: PASSWORD, activated: false }, PASSWORD, 'activationRequired'],
    ['approval', { email: 'p@shop.test', password: PASSWORD, approvalRequired: true }, PASSWORD, 'approvalRequired'],
    ['mfa', { email: 'p@shop.test', password: PASSWORD, mfaRequired: true }, PASSWORD, 'mfaRequired'],
  ])('conditional status: %s', async (_name, profile, password, status) => {
    const { api, anonymous } = setup({ profiles: [profile] });
    const result = toConditionalResult(await api.conditionalLogin(creds('p@shop.test', password), await anonymous()));
    expect(result.status).toBe(status);
  });

  it('conditional status: terms acceptance lists the missing agreements; accepting them succeeds', async () => {
    const { api, anonymous } = setup({ settings: { requiredAgreements: ['email'] }, profiles: [{ email: 'p@shop.test', password: PASSWORD }] });
    const anon = await anonymous();
    expect(toConditionalResult(await api.conditionalLogin(creds('p@shop.test'), anon))).toEqual({ status: 'termsAcceptanceRequired', conditions: ['email'] });
    const accepted = { ...creds('p@shop.test'), agreements: { email: true } };
    expect(toConditionalResult(await api.conditionalLogin(accepted, anon)).status).toBe('success');
  });

  it('login errors: invalid credentials, not activated, device required, ban with retryAfterSeconds', async () => {
    const { api, emulator } = setup({ profiles: [{ email: 'p@shop.test', password: PASSWORD }, { email: 'n@shop.test', password: PASSWORD, activated: false }] });
    expect((await failure(api.login(creds('n@shop.test')))).code).toBe('ACCOUNT_NOT_ACTIVATED');
    for (let i = 0; i < 4; i++) expect((await failure(api.login(creds('p@shop.test', 'Wr0ng!pw')))).code).toBe('INVALID_CREDENTIALS');
    const locked = await failure(api.login(creds('p@shop.test', 'Wr0ng!pw')));
    expect(locked).toMatchObject({ code: 'ACCOUNT_LOCKED', status: 423, retryAfterSeconds: 300 });
    expect((await failure(api.login(creds('p@shop.test')))).code).toBe('ACCOUNT_LOCKED');
    emulator.updateSettings({ deviceControlMode: 'HARD' });
    expect((await failure(api.login({ identityProvider: 'SYNERISE', email: 'n@shop.test', password: PASSWORD, uuid: UUID })))).toMatchObject({ code: 'DEVICE_REQUIRED' });
  });

  it('social: conditional does not create, login does; a tampered token is IDENTITY_TOKEN_INVALID', async () => {
    const { api, emulator, anonymous } = setup();
    const idToken = await emulator.identity.mint({ provider: 'GOOGLE', email: 'g@shop.test' });
    const social: LoginBody = { identityProvider: 'GOOGLE', identityProviderToken: idToken, uuid: UUID };
    const anon = await anonymous();
    expect(toConditionalResult(await api.conditionalLogin(social, anon)).status).toBe('registrationRequired');
    expect(await api.login(social, anon)).toMatchObject({ token: expect.any(String) });
    expect(toConditionalResult(await api.conditionalLogin(social, anon)).status).toBe('success');
    const bad = { ...social, identityProviderToken: emulator.identity.tamper(idToken) };
    expect((await failure(api.conditionalLogin(bad, anon))).code).toBe('IDENTITY_TOKEN_INVALID');
    expect((await failure(api.login(bad, anon))).code).toBe('IDENTITY_TOKEN_INVALID');
  });
});

describe('faults (emulator)', () => {
  it.each([
    ['server-error', 'SERVER'],
    ['network-error', 'NETWORK'],
    ['malformed-json', 'BAD_RESPONSE'],
    ['wrong-shape', 'BAD_RESPONSE'],
  ] as const)('%s → %s', async (kind, code) => {
    const { api, emulator } = setup();
    emulator.faults.inject(kind);
    expect((await failure(api.anonymousLogin({ uuid: UUID }))).code).toBe(code);
    expect(await api.anonymousLogin({ uuid: UUID })).toMatchObject({ token: expect.any(String) });
  });

  it('rate-limit → RATE_LIMITED with retryAfterSeconds; timeout → TIMEOUT after 15 s', async () => {
    const { api, emulator, clock } = setup();
    emulator.faults.inject('rate-limit', { retryAfterSeconds: 12 });
    expect(await failure(api.anonymousLogin({ uuid: UUID }))).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 12 });
    emulator.faults.inject('timeout');
    const pending = failure(api.anonymousLogin({ uuid: UUID }));
    await clock.advance(15_000);
    expect((await pending).code).toBe('TIMEOUT');
  });
});
