import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import type { AuthClientOptions } from '../client/types';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import { DEFAULT_TIMING } from './timing';

// Issue 16: the default refresh lead costs at most 30 refreshes per browser per 24 h with
// 60-minute tokens, and a 10-minute network outage around the refresh time loses no session.

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const REFRESH = '/sauth/v3/auth/refresh/client';
const TABS = 5;

function setup(clientOptions: Partial<AuthClientOptions> = {}) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ clock, tokenTtlSeconds: 3600, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  // The network itself fails (the browser still believes it is online, so no `online` event
  // shortcuts the retries): every request rejects like fetch does without a route.
  // The outage is a window of simulated time, so it can begin on the exact millisecond of
  // the refresh point.
  const network = { downFrom: Infinity, downUntil: -Infinity, refreshAttempts: 0 };
  const fetch = (request: Request): Promise<Response> => {
    if (new URL(request.url).pathname === REFRESH) network.refreshAttempts += 1;
    const now = clock.now();
    const down = now >= network.downFrom && now < network.downUntil;
    return down ? Promise.reject(new TypeError('Failed to fetch')) : emulator.fetch(request);
  };
  const sim = createSimulatedTabs({ emulator: { fetch }, count: TABS, clock, clientOptions });
  const expirations: string[] = [];
  for (const tab of sim.tabs) tab.client.on('sessionExpired', (event) => expirations.push(`tab ${tab.index}: ${event.reason}`));
  return { clock, emulator, sim, network, expirations };
}

async function signedIn(clientOptions?: Partial<AuthClientOptions>) {
  const world = setup(clientOptions);
  await world.sim.startAll();
  await world.sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
  await world.clock.flush();
  world.emulator.requestLog.clear();
  world.network.refreshAttempts = 0;
  return { ...world, signedInAt: world.clock.now() };
}

type World = Awaited<ReturnType<typeof signedIn>>;

const statuses = (world: World) => world.sim.tabs.map((tab) => tab.client.getSnapshot().status);
const everyTabSignedIn = Array<string>(TABS).fill('authenticated');

/** Advances minute by minute, checking after each minute that every tab is still signed in. */
async function liveADay(world: World): Promise<void> {
  for (let minute = 0; minute < DAY_MINUTES; minute++) {
    await world.clock.advance(MINUTE);
    expect(statuses(world)).toEqual(everyTabSignedIn);
  }
  await world.clock.flush();
}

describe('refresh budget over a simulated day (5 tabs, 60-minute tokens)', { timeout: 60_000 }, () => {
  it('the default lead costs at most 30 refresh requests per browser in 24 h, none with an expired token', async () => {
    const world = await signedIn();
    await liveADay(world);
    const log = world.emulator.requestLog.entries();
    const refreshes = log.filter((entry) => entry.path === REFRESH);
    expect(refreshes.length).toBeGreaterThanOrEqual(29);
    expect(refreshes.length).toBeLessThanOrEqual(30);
    expect(world.network.refreshAttempts).toBe(refreshes.length); // no hidden attempts either
    expect(log.filter((entry) => entry.tokenExpired)).toEqual([]);
    expect(world.expirations).toEqual([]);
    world.sim.destroy();
  });

  it('the lead stays configurable: refreshLeadSeconds 1800 refreshes every 30 minutes', async () => {
    const world = await signedIn({ refreshLeadSeconds: 1800 });
    await liveADay(world);
    const refreshes = world.emulator.requestLog.entries().filter((entry) => entry.path === REFRESH);
    expect(refreshes.length).toBeGreaterThanOrEqual(47);
    expect(refreshes.length).toBeLessThanOrEqual(48);
    world.sim.destroy();
  });

  // The first refresh of the day is due 48 minutes after sign-in (60 − the 12-minute lead). Outages of 10 minutes that
  // start from 9 minutes before that point to exactly on it (the worst case: every retry
  // backs off while the token keeps ageing, and no `online` event cuts the wait short).
  const dueAfterMs = 60 * MINUTE - DEFAULT_TIMING.refreshLeadMs;
  for (const startsBeforeMs of [9 * MINUTE, 5 * MINUTE, 2 * MINUTE, 30_000, 1, 0]) {
    it(`a 10-minute outage starting ${startsBeforeMs / 1000} s before the refresh point loses no session`, async () => {
      const world = await signedIn();
      world.network.downFrom = world.signedInAt + dueAfterMs - startsBeforeMs;
      world.network.downUntil = world.network.downFrom + 10 * MINUTE;
      await liveADay(world);
      const log = world.emulator.requestLog.entries();
      expect(log.filter((entry) => entry.tokenExpired)).toEqual([]);
      expect(world.expirations).toEqual([]);
      expect(statuses(world)).toEqual(everyTabSignedIn);
      const refreshes = log.filter((entry) => entry.path === REFRESH);
      expect(refreshes.every((entry) => entry.status === 200)).toBe(true);
      expect(refreshes.length).toBeLessThanOrEqual(30);
      expect(world.network.refreshAttempts).toBeGreaterThan(refreshes.length); // the outage did cost retries
      world.sim.destroy();
    });
  }
});
