import { describe, expect, it } from 'vitest';
import { API_KEY, PASSWORD, PATHS, anonymous, claimsOf, post, setup } from '../../test/helpers.js';

const body = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiKey: API_KEY,
  identityProvider: 'SYNERISE',
  email: 'ann@example.com',
  password: PASSWORD,
  uuid: 'cond-uuid',
  ...extra,
});

/** Conditional login needs a uuid that logged in anonymously first (seed 003). */
async function ready(options: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(options);
  await anonymous(ctx.emu, 'cond-uuid');
  return ctx;
}

describe('conditional login statuses', () => {
  it('SUCCESS carries a token, expiration (s), created (ms), origin, customId, realm', async () => {
    const { emu, clock } = await ready();
    const anon = await anonymous(emu);
    const r = await post(emu, PATHS.conditional, body(), anon);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'SUCCESS', conditions: [], origin: 'SYNERISE', customId: 'card-1', realm: 'client', created: clock.now() });
    const token = r.body['token'] as string;
    expect(r.body['expiration']).toBe(claimsOf(token)['exp']);
    expect(r.body['expiration']).toBe(Math.floor(clock.now() / 1000) + 3600);
  });

  it('refuses a uuid that never logged in anonymously (403), and SYNERISE without uuid (400)', async () => {
    const { emu } = await ready();
    const r = await post(emu, PATHS.conditional, body({ uuid: 'never-seen' }));
    expect(r.body).toMatchObject({ status: 403, errorCode: 'ANONYMOUS_LOGIN_REQUIRED', errors: [expect.objectContaining({ field: 'uuid' })] });
    expect(emu.getProfile('ann@example.com')?.failedLoginAttempts).toBe(0);
    const noUuid = await post(emu, PATHS.conditional, body({ uuid: undefined }));
    expect(noUuid.status).toBe(400);
    expect(noUuid.body['errors']).toEqual([expect.objectContaining({ field: 'uuid', code: 'REQUIRED' })]);
  });

  it('conditions come back with HTTP 200 and a status field', async () => {
    const { emu } = await ready({ settings: { requiredAgreements: ['email'] } });
    const r = await post(emu, PATHS.conditional, body());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'TERMS_ACCEPTANCE_REQUIRED', conditions: ['email'] });
  });

  it('accepts a missing Bearer token, but a bad one is 401', async () => {
    const { emu } = await ready();
    expect((await post(emu, PATHS.conditional, body())).body['status']).toBe('SUCCESS');
    const bad = await post(emu, PATHS.conditional, body(), 'x.y.z');
    expect(bad.status).toBe(401);
  });

  it('UNAUTHORIZED on a wrong password (counts toward the ban), no token', async () => {
    const { emu } = await ready();
    const r = await post(emu, PATHS.conditional, body({ password: 'Nope-123' }));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'UNAUTHORIZED', conditions: [], customId: 'card-1' });
    expect(r.body).not.toHaveProperty('token');
    expect(emu.getProfile('ann@example.com')?.failedLoginAttempts).toBe(1);
  });

  it('REGISTRATION_REQUIRED for an unknown e-mail (never creates)', async () => {
    const { emu } = await ready();
    const r = await post(emu, PATHS.conditional, body({ email: 'ghost@example.com' }));
    expect(r.body).toMatchObject({ status: 'REGISTRATION_REQUIRED', customId: null });
    expect(emu.getProfile('ghost@example.com')).toBeUndefined();
  });

  it('ACTIVATION_REQUIRED for a not-activated profile', async () => {
    const { emu } = await ready({ profiles: [{ email: 'new@example.com', password: PASSWORD, activated: false }] });
    const r = await post(emu, PATHS.conditional, body({ email: 'new@example.com' }));
    expect(r.body).toMatchObject({ status: 'ACTIVATION_REQUIRED', conditions: ['ACTIVATION_EMAIL'] });
  });

  it('TERMS_ACCEPTANCE_REQUIRED lists missing agreements; a retry with them true passes and stores them', async () => {
    const { emu } = await ready({ settings: { requiredAgreements: ['email', 'sms'] } });
    const first = await post(emu, PATHS.conditional, body({ agreements: { sms: true } }));
    expect(first.body).toMatchObject({ status: 'TERMS_ACCEPTANCE_REQUIRED', conditions: ['email'] });
    const none = await post(emu, PATHS.conditional, body());
    expect(none.body['conditions']).toEqual(['email', 'sms']);
    const retry = await post(emu, PATHS.conditional, body({ agreements: { email: true, sms: true } }));
    expect(retry.body['status']).toBe('SUCCESS');
    expect(emu.getProfile('ann@example.com')?.agreements).toMatchObject({ email: true, sms: true });
    expect((await post(emu, PATHS.conditional, body())).body['status']).toBe('SUCCESS');
  });

  it('MFA_REQUIRED and APPROVAL_REQUIRED for flagged profiles', async () => {
    const { emu } = await ready({
      profiles: [
        { email: 'mfa@example.com', password: PASSWORD, mfaRequired: true },
        { email: 'appr@example.com', password: PASSWORD, approvalRequired: true },
      ],
    });
    expect((await post(emu, PATHS.conditional, body({ email: 'mfa@example.com' }))).body).toMatchObject({ status: 'MFA_REQUIRED', conditions: ['MFA'] });
    expect((await post(emu, PATHS.conditional, body({ email: 'appr@example.com' }))).body).toMatchObject({ status: 'APPROVAL_REQUIRED', conditions: ['APPROVAL'] });
  });

  it('a locked account answers with ACCOUNT_LOCKED, not a status', async () => {
    const { emu } = await ready({ settings: { bans: { firstThreshold: 2, firstMinutes: 5, secondThreshold: 4, secondMinutes: 30, permanentThreshold: 6 } } });
    await post(emu, PATHS.conditional, body({ password: 'bad-1' }));
    const locking = await post(emu, PATHS.conditional, body({ password: 'bad-2' }));
    expect(locking.status).toBe(423);
    const r = await post(emu, PATHS.conditional, body());
    expect(r.status).toBe(423);
    expect(r.body['errorCode']).toBe('ACCOUNT_LOCKED');
  });
});
