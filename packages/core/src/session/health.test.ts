import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';

const PASSWORD = 'Secret-123';

describe('session health: lastRefreshAt', { timeout: 20_000 }, () => {
  it('is when the token in use was obtained: set right after a sign-in and in every tab', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ clock, tokenTtlSeconds: 3600, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
    const sim = createSimulatedTabs({ emulator, count: 2, clock });
    await sim.startAll();
    const [a, b] = sim.tabs;
    await clock.advance(60_000);
    const signedInAt = clock.now();
    await a!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(a!.client.getHealth().lastRefreshAt).toBe(signedInAt);
    expect(b!.client.getHealth().lastRefreshAt).toBe(signedInAt);
  });
});
