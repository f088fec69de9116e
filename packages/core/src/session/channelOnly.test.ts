import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createAuthClient } from '../client/createAuthClient';
import { createMemoryStorage } from '../ports/memoryStorage';
import { createFakeEnvironment } from '../testing/fakeEnvironment';
import { createManualClock } from '../testing/manualClock';
import { createMemoryTabLock } from '../testing/memoryTabLock';
import { createSeededRandom } from '../testing/seededRandom';
import { createTabChannelHub } from '../testing/tabChannelHub';

// Memory storage (nothing persisted, nothing shared): open tabs still follow each other
// through the TabChannel alone.
describe('tabs on memory storage', { timeout: 20_000 }, () => {
  it('follow sign-in, refresh and sign-out through the channel', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, profiles: [{ email: 'ann@example.com', password: 'Secret-123' }] });
    const fetch = clock.trackFetch((request) => emulator.fetch(request));
    const hub = createTabChannelHub();
    const lock = createMemoryTabLock();
    const make = (seed: number) =>
      createAuthClient({
        apiKey: 'emulator-api-key', fetch, clock: clock.fork(), storage: createMemoryStorage(), random: createSeededRandom(seed),
        channel: hub.createChannel(), lock, environment: createFakeEnvironment(), identityMirror: null,
      });
    const a = make(1);
    const b = make(2);
    await a.start();
    await b.start();
    await a.signIn({ email: 'ann@example.com', password: 'Secret-123' });
    await clock.flush();
    expect(b.getSnapshot().status).toBe('authenticated');
    expect(await b.getToken()).toBe(await a.getToken());
    emulator.requestLog.clear();
    await clock.advance(49 * 60_000); // past the refresh point (12 min left)
    expect(await b.getToken()).toBe(await a.getToken());
    expect(emulator.requestLog.count({ path: '/sauth/v3/auth/refresh/client' })).toBe(1);
    await b.signOut();
    await clock.flush();
    expect(a.getSnapshot().status).toBe('anonymous');
    expect(JSON.stringify(hub.messages())).not.toMatch(/Secret-123/);
  });
});
