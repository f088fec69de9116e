import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { isAuthError, type AuthError } from '../../src/index';
import { createManualClock, createSimulatedTabs } from '../../src/testing/index';
import { report } from './report';

// 429 and bans surface with "try again in N" seconds, and a retry storm (every refresh and
// anonymous login answered 429 for hours) does not hammer the server.

const EMAIL = 'ann@example.com';
const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 1, 8);

function setup(tabs: number) {
  const clock = createManualClock(START);
  const emulator = createSyneriseEmulator({ clock, profiles: [{ email: EMAIL, password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count: tabs, clock });
  return { clock, emulator, sim };
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isAuthError(error)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

describe('rate limits and bans', () => {
  it('a ban answers ACCOUNT_LOCKED with the seconds left, counting down on the clock, then lets the user in', async () => {
    const { clock, sim } = setup(1);
    const client = sim.tabs[0]!.client;
    await sim.startAll();
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await failure(client.signIn({ email: EMAIL, password: 'Wrong-123' }))).code);
    expect(codes).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    const ban = await failure(client.signIn({ email: EMAIL, password: 'Wrong-123' }));
    expect(ban).toMatchObject({ code: 'ACCOUNT_LOCKED', status: 423, retryAfterSeconds: 300 });
    await clock.advance(2 * MINUTE);
    expect(await failure(client.signIn({ email: EMAIL, password: PASSWORD }))).toMatchObject({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 180 });
    await clock.advance(3 * MINUTE);
    await client.signIn({ email: EMAIL, password: PASSWORD });
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('429 on a user action is RATE_LIMITED with Retry-After seconds and is not retried behind the user’s back', async () => {
    const { emulator, sim } = setup(1);
    const client = sim.tabs[0]!.client;
    await sim.startAll();
    emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/login/client', retryAfterSeconds: 42 });
    const before = emulator.requestLog.count();
    expect(await failure(client.signIn({ email: EMAIL, password: PASSWORD }))).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 42 });
    expect(emulator.requestLog.count() - before).toBe(1);
    emulator.faults.inject('rate-limit', { path: '/sauth/clients/password-reset/request', retryAfterSeconds: 7 });
    expect(await failure(client.requestPasswordReset(EMAIL))).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
  });

  it('a retry storm: 5 tabs, every refresh and anonymous login answered 429 for 6 hours — requests per minute stay low', async () => {
    const TABS = 5;
    const HOURS = 6;
    const { clock, emulator, sim } = setup(TABS);
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: EMAIL, password: PASSWORD });
    emulator.requestLog.clear();
    emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/refresh/client', count: 1_000_000 });
    emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/login/client/anonymous', count: 1_000_000 });
    const stormStart = clock.now();
    for (let minute = 0; minute < HOURS * 60; minute++) await clock.advance(MINUTE);

    const perMinute = new Map<number, number>();
    for (const entry of emulator.requestLog.entries()) {
      const bucket = Math.floor((entry.at - stormStart) / MINUTE);
      perMinute.set(bucket, (perMinute.get(bucket) ?? 0) + 1);
    }
    const total = emulator.requestLog.count();
    const peak = Math.max(...perMinute.values());
    const stormMinutes = HOURS * 60;
    const average = total / stormMinutes;
    // Per tab: "equal jitter" backoff 1 s → 60 s cap (each wait 30–60 s once ramped up): at most 2 requests per tab per minute.
    expect(peak).toBeLessThanOrEqual(TABS * 8);
    expect(average).toBeLessThanOrEqual(TABS * 2);
    expect(emulator.requestLog.entries().filter((entry) => entry.tokenExpired)).toEqual([]);
    // The signed-in session lasted until its token really expired (60 min), then fell back to anonymous.
    expect(sim.tabs.every((tab) => tab.client.getSnapshot().status === 'anonymous')).toBe(true);
    const health = sim.tabs[0]!.client.getHealth();
    expect(health.lastError?.code).toBe('RATE_LIMITED');
    sim.destroy();
    report({
      property: 'retry-storm', runs: 1, steps: stormMinutes, simulatedHours: HOURS, faults: total, failures: 0,
      notes: { tabs: TABS, requestsPerMinutePeak: peak, requestsPerMinuteAverage: average.toFixed(2) },
    });
  }, 120_000);
});
