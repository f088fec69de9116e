import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import { createManualClock } from '../testing/manualClock';

const PASSWORD = 'Secret-123';

function setup(count = 1) {
  const clock = createManualClock(Date.UTC(2026, 2, 1));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count, clock });
  return { clock, emulator, sim };
}

describe('bootstrap', { timeout: 20_000 }, () => {
  it('first visit makes exactly one anonymous login; a reload with a valid token makes none', async () => {
    const { emulator, sim } = setup();
    const [tab] = sim.tabs;
    await tab!.client.start();
    expect(emulator.requestLog.count()).toBe(1);
    expect(emulator.requestLog.entries()[0]?.path).toBe('/sauth/v3/auth/login/client/anonymous');
    const first = tab!.client.getSnapshot();
    expect(first).toMatchObject({ status: 'anonymous', realm: 'anonymous_client' });
    expect(first.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(first)).not.toMatch(/eyJ/); // no token in the snapshot

    sim.close(tab!);
    const reloaded = sim.open();
    await reloaded.client.start();
    expect(emulator.requestLog.count()).toBe(1);
    expect(reloaded.client.getSnapshot()).toEqual(first);
  });

  it('a reloaded tab that reused its stored token still refreshes it before expiry, alone', async () => {
    const { clock, emulator, sim } = setup();
    const [tab] = sim.tabs;
    await tab!.client.start();
    await tab!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    sim.close(tab!);
    const reloaded = sim.open();
    await reloaded.client.start();
    const before = reloaded.client.getSnapshot().expiresAt!;
    expect(reloaded.client.getHealth().nextRefreshAt).toBeLessThan(before);
    emulator.requestLog.clear();
    await clock.advance(50 * 60_000); // past the 12-min-left mark (+ the 60 s a non-writer tab waits), before expiry
    expect(emulator.requestLog.count({ path: '/sauth/v3/auth/refresh/client' })).toBe(1);
    expect(reloaded.client.getSnapshot()).toMatchObject({ status: 'authenticated' });
    expect(reloaded.client.getSnapshot().expiresAt).toBeGreaterThan(before);
    expect(emulator.requestLog.entries().some((e) => e.tokenExpired)).toBe(false);
  });

  it('concurrent start() calls share one bootstrap', async () => {
    const { emulator, sim } = setup();
    const { client } = sim.tabs[0]!;
    await Promise.all([client.start(), client.start(), client.getToken()]);
    expect(emulator.requestLog.count()).toBe(1);
  });

  it('getSnapshot is stable between changes and the server snapshot is booting', async () => {
    const { sim } = setup();
    const { client } = sim.tabs[0]!;
    expect(client.getSnapshot().status).toBe('booting');
    expect(client.getServerSnapshot()).toEqual({ status: 'booting' });
    await client.start();
    expect(client.getSnapshot()).toBe(client.getSnapshot());
  });

  it('sign-in keeps the anonymous uuid, sends it, and fires signedIn', async () => {
    const { emulator, sim } = setup();
    const { client } = sim.tabs[0]!;
    await client.start();
    const uuid = client.getSnapshot().uuid;
    const seen: string[] = [];
    client.on('signedIn', () => seen.push('signedIn'));
    await client.signIn({ email: 'ann@example.com', password: PASSWORD });
    expect(seen).toEqual(['signedIn']);
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', realm: 'client', uuid, profile: { email: 'ann@example.com' } });
    expect(emulator.getProfile('ann@example.com')).toBeDefined();
  });
});
