import { describe, expect, it } from 'vitest';
import { API_KEY, PASSWORD, PATHS, anonymous, post, setup, signIn } from '../../test/helpers.js';

const bans = { firstThreshold: 3, firstMinutes: 5, secondThreshold: 5, secondMinutes: 30, permanentThreshold: 7 };

async function fail(emu: Parameters<typeof signIn>[0], times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await signIn(emu, 'ann@example.com', `Wrong-${i}!`)).status);
  return statuses;
}

describe('bans after failed logins', () => {
  it('locks at the first threshold with Retry-After and retryAfterSeconds; the lock expires on the clock', async () => {
    const { emu, clock } = setup({ settings: { bans } });
    expect(await fail(emu, 3)).toEqual([401, 401, 423]);
    const locked = await signIn(emu);
    expect(locked.status).toBe(423);
    expect(locked.body).toMatchObject({ errorCode: 'ACCOUNT_LOCKED', retryAfterSeconds: 300, permanent: false });
    expect(locked.headers.get('Retry-After')).toBe('300');
    expect(emu.getProfile('ann@example.com')?.lockedUntil).toBe(clock.now() + 300_000);
    clock.advance(120_000);
    expect((await signIn(emu)).body['retryAfterSeconds']).toBe(180);
    clock.advance(180_000);
    expect(emu.getProfile('ann@example.com')?.lockedUntil).toBeNull();
    expect((await signIn(emu)).status).toBe(200);
  });

  it('a successful login resets the counter', async () => {
    const { emu } = setup({ settings: { bans } });
    await fail(emu, 2);
    expect((await signIn(emu)).status).toBe(200);
    expect(emu.getProfile('ann@example.com')?.failedLoginAttempts).toBe(0);
    expect(await fail(emu, 2)).toEqual([401, 401]);
  });

  it('escalates to the second lock and then to a permanent one', async () => {
    const { emu, clock } = setup({ settings: { bans } });
    await fail(emu, 3);
    clock.advance(5 * 60_000);
    expect(await fail(emu, 2)).toEqual([401, 423]);
    expect((await signIn(emu)).body['retryAfterSeconds']).toBe(1800);
    clock.advance(30 * 60_000);
    expect(await fail(emu, 2)).toEqual([401, 423]);
    clock.advance(365 * 24 * 3600_000);
    const r = await signIn(emu);
    expect(r.status).toBe(423);
    expect(r.body).toMatchObject({ permanent: true, retryAfterSeconds: null });
    expect(r.headers.get('Retry-After')).toBeNull();
  });

  it('a password reset lifts the ban (seed 003)', async () => {
    const { emu } = setup({ settings: { bans } });
    await fail(emu, 3);
    const anon = await anonymous(emu);
    await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, anon);
    const token = emu.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token;
    expect((await post(emu, PATHS.resetConfirm, { token, password: 'Brand-new1!' }, anon)).status).toBe(204);
    expect((await signIn(emu, 'ann@example.com', 'Brand-new1!')).status).toBe(200);
  });

  it('does not count against unknown e-mails and uses default thresholds (5 → 5 min)', async () => {
    const { emu } = setup();
    expect(emu.settings.bans).toEqual({ firstThreshold: 5, firstMinutes: 5, secondThreshold: 10, secondMinutes: 30, permanentThreshold: 20 });
    expect(await fail(emu, 5)).toEqual([401, 401, 401, 401, 423]);
    const r = await post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: PASSWORD, uuid: 'u' });
    expect(r.body['retryAfterSeconds']).toBe(300);
  });
});
