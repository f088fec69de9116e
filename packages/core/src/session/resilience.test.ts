import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode, learnsExpiry } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const REFRESH = '/sauth/v3/auth/refresh/client';
const ANON = '/sauth/v3/auth/login/client/anonymous';

async function signedInTab() {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count: 1, clock });
  const tab = sim.tabs[0]!;
  await tab.client.start();
  await tab.client.signIn({ email: 'ann@example.com', password: PASSWORD });
  emulator.requestLog.clear();
  const events: string[] = [];
  tab.client.on('sessionExpired', (e) => events.push(`expired:${e.reason}`));
  tab.client.on('sessionRevoked', (e) => events.push(`revoked:${e.reason}`));
  tab.client.on('signedOut', () => events.push('signedOut'));
  tab.client.on('refreshed', () => events.push('refreshed'));
  tab.client.on('refreshFailed', (e) => events.push(`failed:${e.error.code}`));
  return { clock, emulator, sim, tab, client: tab.client, events };
}

const expiredRequests = (emulator: { requestLog: { entries(): { tokenExpired: boolean }[] } }) =>
  emulator.requestLog.entries().filter((entry) => entry.tokenExpired);

describe('refresh resilience', { timeout: 20_000 }, () => {
  it('offline for 10 minutes around the refresh point: the session survives and refreshes on return', async () => {
    const { clock, emulator, tab, client, events } = await signedInTab();
    await clock.advance(42 * MINUTE);
    tab.env.goOffline();
    await clock.advance(10 * MINUTE); // the refresh point (12 min left) passes offline
    expect(client.getSnapshot().status).toBe('authenticated');
    expect(client.getHealth()).toMatchObject({ online: false, lastError: { code: 'NETWORK' } });
    expect(emulator.requestLog.count()).toBe(0); // nothing is sent while offline
    tab.env.goOnline();
    await clock.flush();
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
    expect(client.getSnapshot().status).toBe('authenticated');
    expect(client.getHealth().lastError).toBeUndefined();
    expect(events).toContain('refreshed');
    expect(expiredRequests(emulator)).toEqual([]);
  });

  it('offline past expiry: the signed-in session ends with reason expired, then falls back to anonymous with the same uuid', async () => {
    const { clock, emulator, tab, client, events } = await signedInTab();
    const uuid = client.getSnapshot().uuid;
    tab.env.goOffline();
    await clock.advance(70 * MINUTE);
    expect(events.filter((e) => e.startsWith('expired'))).toEqual(['expired:expired']);
    expect(client.getSnapshot()).toMatchObject({ status: 'anonymous', uuid });
    expect(client.getSnapshot().realm).toBeUndefined(); // no token yet
    tab.env.goOnline();
    await clock.flush();
    expect(client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client', uuid });
    expect(emulator.requestLog.entries().map((entry) => entry.path)).toEqual([ANON]);
    expect(expiredRequests(emulator)).toEqual([]);
  });

  it('401 on refresh (the token had time left) ends the signed-in session as revoked and starts an anonymous one', async () => {
    const { clock, emulator, client, events } = await signedInTab();
    emulator.revokeAll();
    await clock.advance(49 * MINUTE);
    expect(events.filter((e) => !e.startsWith('failed'))).toEqual(['revoked:revoked', ...learnsExpiry('refreshed')]);
    expect(client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client' });
    expect(emulator.requestLog.entries().map((entry) => [entry.path, entry.status])).toEqual([[REFRESH, 401], [ANON, 200], ...learnsExpiry([REFRESH, 200])]);
  });

  it('5xx and network errors retry with growing jittered backoff while the token is valid', async () => {
    const { clock, emulator, client, events } = await signedInTab();
    emulator.faults.inject('server-error', { count: 2, path: REFRESH });
    emulator.faults.inject('network-error', { count: 2, path: REFRESH });
    await clock.advance(48 * MINUTE);
    expect(client.getHealth()).toMatchObject({ lastError: { code: 'SERVER' } });
    expect(client.getHealth().retryAt).toBeGreaterThan(clock.now());
    await clock.advance(5 * MINUTE);
    const attempts = emulator.requestLog.entries().filter((entry) => entry.path === REFRESH);
    expect(attempts.map((entry) => entry.status === 200)).toEqual([false, false, false, false, true]);
    const gaps = attempts.slice(1).map((entry, i) => entry.at - attempts[i]!.at);
    expect(gaps[3]!).toBeGreaterThan(gaps[0]!);
    expect(events.filter((e) => e.startsWith('failed'))).toHaveLength(4);
    expect(client.getHealth().lastError).toBeUndefined();
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('concurrent getToken() callers share one refresh', async () => {
    const { clock, emulator, tab, client } = await signedInTab();
    const before = await client.getToken();
    tab.clock.suspend(); // no timer fires: the callers find the refresh due
    await clock.advance(50 * MINUTE);
    const results = await Promise.all(Array.from({ length: 6 }, () => client.getToken()));
    expect(new Set(results)).toEqual(new Set([before])); // still valid: returned at once
    await clock.flush();
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
    const after = await Promise.all([client.getToken(), client.getToken()]);
    expect(after[0]).not.toBe(before);
    expect(after[1]).toBe(after[0]);
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
  });

  it('getToken() after expiry never sends the stale token: concurrent callers share one recovery', async () => {
    const { clock, emulator, tab, client, events } = await signedInTab();
    tab.clock.suspend();
    await clock.advance(2 * 60 * MINUTE);
    const results = await Promise.all(Array.from({ length: 4 }, () => client.getToken()));
    expect(new Set(results).size).toBe(1);
    expect(emulator.requestLog.entries().map((entry) => entry.path)).toEqual([ANON]);
    expect(events).toEqual(['expired:expired']);
    expect(expiredRequests(emulator)).toEqual([]);
  });

  it('an expired anonymous token is replaced by a fresh anonymous login with the same uuid, retrying 5xx with backoff', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock });
    const tab = createSimulatedTabs({ emulator, count: 1, clock }).tabs[0]!;
    await tab.client.start();
    const uuid = tab.client.getSnapshot().uuid;
    tab.env.goOffline();
    await clock.advance(2 * 60 * MINUTE);
    emulator.requestLog.clear();
    emulator.faults.inject('server-error', { count: 2, path: ANON });
    tab.env.goOnline();
    await clock.advance(10 * MINUTE);
    expect(emulator.requestLog.entries().map((entry) => [entry.path, entry.status])).toEqual([[ANON, 500], [ANON, 500], [ANON, 200], ...learnsExpiry([REFRESH, 200])]);
    expect(tab.client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client', uuid });
    expect(tab.clock.pendingTimers()).toBe(1);
    expect(expiredRequests(emulator)).toEqual([]);
  });
});
