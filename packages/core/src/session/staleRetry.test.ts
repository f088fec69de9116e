import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import type { TokenRecord } from './record';
import { planNext } from './scheduler';
import { DEFAULT_TIMING } from './timing';

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;

// Found by the reliability property (seed 999989): a refresh failure left its retry time
// behind after a sign-in stored a fresh token; once that time passed, the scheduler re-armed
// a 0 ms timer for it forever (a busy loop until the new token's refresh was due).
describe('retry state after a new token', { timeout: 20_000 }, () => {
  it('a sign-in after a failed refresh plans the new token’s refresh, not the stale retry', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
    const sim = createSimulatedTabs({ emulator, count: 1, clock });
    const client = sim.tabs[0]!.client;
    await sim.startAll();
    emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/refresh/client', count: 5 });
    await clock.advance(48 * MINUTE); // the anonymous refresh is due (12 min left) and fails
    expect(client.getHealth().retryAt).toBeGreaterThan(clock.now());

    await client.signIn({ email: 'ann@example.com', password: PASSWORD });
    const health = client.getHealth();
    expect(health.retryAt).toBeUndefined();
    expect(health.nextRefreshAt).toBe(health.expiresAt! - 12 * MINUTE);

    const refreshes = emulator.requestLog.count({ path: '/sauth/v3/auth/refresh/client' });
    await clock.advance(5 * MINUTE); // past the old retry time: no spinning timer, nothing sent
    expect(emulator.requestLog.count({ path: '/sauth/v3/auth/refresh/client' })).toBe(refreshes);
    expect(client.getHealth().nextRefreshAt).toBeGreaterThan(clock.now());
    expect(client.getSnapshot().status).toBe('authenticated');
    sim.destroy();
  });

  it('planNext ignores a retry time that has passed while the token is not due', () => {
    const record: TokenRecord = { v: 1, uuid: 'u', token: 't', realm: 'client', obtainedAt: 0, expiresAt: 60 * MINUTE, cause: 'signIn', savedAt: 0, writer: 'me' };
    const now = 10 * MINUTE;
    expect(planNext(record, { tabId: 'me', timing: DEFAULT_TIMING, retryAt: now - 1000, online: true, now })).toEqual({ wakeAt: 48 * MINUTE, nextRefreshAt: 48 * MINUTE });
    expect(planNext(record, { tabId: 'me', timing: DEFAULT_TIMING, retryAt: now + 1000, online: true, now }).wakeAt).toBe(now + 1000);
  });
});
