import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode, learnsExpiry } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const REFRESH = '/sauth/v3/auth/refresh/client';

function setup(count: number) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, tokenTtlSeconds: 3600, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count, clock });
  return { clock, emulator, sim };
}

async function tokens(sim: ReturnType<typeof setup>['sim']): Promise<Set<string>> {
  return new Set(await Promise.all(sim.tabs.map((tab) => tab.client.getToken())));
}

describe('many tabs, one session', { timeout: 20_000 }, () => {
  it('5 tabs over 24 simulated hours: one refresh per token, never an expired token, same token everywhere', async () => {
    const { clock, emulator, sim } = setup(5);
    await sim.startAll();
    expect(emulator.requestLog.entries().map((e) => e.path)).toEqual(['/sauth/v3/auth/login/client/anonymous', ...learnsExpiry(REFRESH)]); // one anonymous login for the whole browser
    emulator.requestLog.clear();
    await sim.tabs[2]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(sim.tabs.every((tab) => tab.client.getSnapshot().status === 'authenticated')).toBe(true);

    for (let minute = 0; minute < 24 * 60; minute++) {
      await clock.advance(MINUTE);
      expect((await tokens(sim)).size).toBe(1);
    }

    const log = emulator.requestLog.entries();
    expect(log.filter((entry) => entry.tokenExpired)).toEqual([]);
    const refreshes = log.filter((entry) => entry.path === REFRESH);
    expect(refreshes.length).toBeGreaterThanOrEqual(29); // a 60-min token refreshed at 12 min left
    expect(refreshes.length).toBeLessThanOrEqual(30);
    const perToken = new Map<string, number>();
    for (const entry of refreshes) perToken.set(entry.tokenId ?? '?', (perToken.get(entry.tokenId ?? '?') ?? 0) + 1);
    expect([...perToken.values()].every((n) => n === 1)).toBe(true);
    expect(refreshes.every((entry) => entry.status === 200 && entry.realm === 'client')).toBe(true);
    expect(sim.tabs.every((tab) => tab.client.getSnapshot().status === 'authenticated')).toBe(true);
    expect(sim.tabs.filter((tab) => tab.client.getHealth().isLeader)).toHaveLength(1);

    await sim.tabs[4]!.client.signOut();
    await clock.flush();
    expect(sim.tabs.map((tab) => tab.client.getSnapshot().status)).toEqual(Array(5).fill('anonymous'));
    expect((await tokens(sim)).size).toBe(1);
    expect(emulator.requestLog.entries().filter((entry) => entry.tokenExpired)).toEqual([]);
    sim.destroy();
  }, 60_000); // 1440 simulated minutes × 5 tabs: seconds of real time on a busy machine

  it('sign-in and sign-out in one tab reach every tab, with events in each', async () => {
    const { clock, sim } = setup(3);
    await sim.startAll();
    const events: string[] = [];
    sim.tabs.forEach((tab) => {
      tab.client.on('signedIn', (e) => events.push(`${tab.index}:in:${e.fromOtherTab}`));
      tab.client.on('signedOut', (e) => events.push(`${tab.index}:out:${e.fromOtherTab}`));
    });
    const uuid = sim.tabs[0]!.client.getSnapshot().uuid;
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(sim.tabs.map((tab) => tab.client.getSnapshot().status)).toEqual(['authenticated', 'authenticated', 'authenticated']);
    await sim.tabs[1]!.client.signOut();
    await clock.flush();
    expect(sim.tabs.map((tab) => tab.client.getSnapshot().status)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(sim.tabs.map((tab) => tab.client.getSnapshot().uuid)).toEqual([uuid, uuid, uuid]);
    expect(events.sort()).toEqual(['0:in:false', '0:out:true', '1:in:true', '1:out:false', '2:in:true', '2:out:true']);
    expect((await tokens(sim)).size).toBe(1);
  });

  it('a tab whose timers were frozen past expiry never sends the stale token', async () => {
    const { clock, emulator, sim } = setup(2);
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    const background = sim.tabs[1]!;
    sim.close(sim.tabs[0]!); // the only other tab goes away: nobody refreshes for the frozen one
    background.clock.suspend();
    await clock.advance(3 * 60 * MINUTE);
    const expired: string[] = [];
    background.client.on('sessionExpired', (e) => expired.push(e.reason));
    const token = await background.client.getToken(); // before its timers thaw
    const anonymousLogins = emulator.requestLog.count({ path: '/sauth/v3/auth/login/client/anonymous' });
    await background.clock.resume();
    background.env.wake();
    await clock.flush();
    expect(emulator.requestLog.entries().filter((entry) => entry.tokenExpired)).toEqual([]);
    expect(expired).toEqual(['expired']);
    expect(background.client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client' });
    // The same anonymous session (refreshed at once when its expiry is unknown: opaque tokens).
    expect(emulator.requestLog.count({ path: '/sauth/v3/auth/login/client/anonymous' })).toBe(anonymousLogins);
    if (learnsExpiry(1).length === 0) expect(await background.client.getToken()).toBe(token);
  });
});
