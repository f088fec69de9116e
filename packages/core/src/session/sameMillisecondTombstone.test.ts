import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';

// Found by the reliability property (seed 393124): two "clear session" sign-outs in the same
// millisecond while the anonymous login kept failing wrote two token-less records that
// differed only by uuid; the other tab took the second for the first and kept the old uuid.
describe('token-less records with a new uuid', { timeout: 20_000 }, () => {
  it('every tab follows a second clearSession sign-out made in the same millisecond', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ ...emulatorMode(), clock });
    const sim = createSimulatedTabs({ emulator, count: 2, clock });
    await sim.startAll();
    const [first, second] = sim.tabs as [(typeof sim.tabs)[0], (typeof sim.tabs)[0]];
    emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/login/client/anonymous', count: 10 });

    await second.client.signOut({ mode: 'clearSession' });
    await clock.flush();
    const afterFirst = second.client.getSnapshot().uuid;
    expect(first.client.getSnapshot().uuid).toBe(afterFirst);

    await second.client.signOut({ mode: 'clearSession' });
    await clock.flush();
    expect(second.client.getSnapshot().uuid).not.toBe(afterFirst);
    expect(first.client.getSnapshot().uuid).toBe(second.client.getSnapshot().uuid);
    sim.destroy();
  });
});
