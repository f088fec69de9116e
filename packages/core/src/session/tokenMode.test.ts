import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { emulatorMode, opaqueTokensRequested } from '../../test/emulatorMode';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import { decodeJwt } from './jwt';

// Runs in both token modes (see test/emulatorMode.ts): proves the mode is really in effect,
// and that sign-in, refresh and reload keep their timing when the token says nothing.

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const REFRESH = '/sauth/v3/auth/refresh/client';

describe(`tokens (${opaqueTokensRequested() ? 'opaque' : 'JWT'} mode)`, { timeout: 30_000 }, () => {
  it('sign-in, proactive refresh and reload follow the reply fields, whatever the token looks like', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, tokenTtlSeconds: 1200, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
    const sim = createSimulatedTabs({ emulator, count: 1, clock });
    const tab = sim.tabs[0]!;
    await tab.client.start();
    await tab.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    const token = await tab.client.getToken();
    if (opaqueTokensRequested()) expect(decodeJwt(token)).toEqual({});
    else expect(decodeJwt(token)).toMatchObject({ rlm: 'client', exp: expect.any(Number) });
    expect(tab.client.getSnapshot()).toMatchObject({ status: 'authenticated', realm: 'client', expiresAt: clock.now() + 20 * MINUTE, profile: { email: 'ann@example.com' } });

    emulator.requestLog.clear();
    await clock.advance(11 * MINUTE); // a 20-min token refreshes at half its life
    expect(emulator.requestLog.entries().map((e) => [e.path, e.status])).toEqual([[REFRESH, 200]]);
    expect(tab.client.getSnapshot()).toMatchObject({ status: 'authenticated', expiresAt: clock.now() - MINUTE + 20 * MINUTE });

    sim.close(tab);
    const reloaded = sim.open();
    await reloaded.client.start();
    expect(reloaded.client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { email: 'ann@example.com' } });
    expect(await reloaded.client.getAccount()).toMatchObject({ email: 'ann@example.com' });
    expect(emulator.requestLog.entries().filter((e) => e.tokenExpired)).toEqual([]);
    sim.destroy();
  });

  it('an anonymous token whose expiry nobody states is refreshed at once, so its real expiry is known', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, tokenTtlSeconds: 120 });
    const sim = createSimulatedTabs({ emulator, count: 2, clock });
    await sim.startAll();
    const ANON = '/sauth/v3/auth/login/client/anonymous';
    // The documented anonymous reply is `{token}`: a JWT says when it expires, an opaque token does not.
    expect(emulator.requestLog.entries().map((e) => e.path)).toEqual(opaqueTokensRequested() ? [ANON, REFRESH] : [ANON]);
    expect(sim.tabs[1]!.client.getSnapshot().expiresAt).toBe(clock.now() + 2 * MINUTE);
    await clock.advance(10 * MINUTE);
    expect(emulator.requestLog.entries().filter((e) => e.tokenExpired)).toEqual([]);
    expect(emulator.requestLog.count({ path: ANON })).toBe(1);
    expect(sim.tabs[0]!.client.getSnapshot().expiresAt).toBeGreaterThan(clock.now());
    sim.destroy();
  });

  it('a social sign-in that names nobody gets its e-mail from the token, or (opaque) from one account read', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock });
    const client = createSimulatedTabs({ emulator, count: 1, clock }).tabs[0]!.client;
    const identityToken = await emulator.identity.mint({ provider: 'GOOGLE', email: 'gina@example.com' });
    await client.socialSignIn({ provider: 'GOOGLE', identityToken, mode: 'create' });
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { email: 'gina@example.com' } });
    expect(emulator.requestLog.count({ path: '/v4/my-account/personal-information' })).toBe(opaqueTokensRequested() ? 1 : 0);
  });
});

