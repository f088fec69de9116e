import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty, fcParams, report, runCount } from './report';
import { sessionScenario } from './sessionActions';
import { createSessionWorld } from './sessionWorld';

// Random interleavings of tabs opening/closing/reloading, sleep/wake with frozen timers,
// offline/online, sign-in/sign-out anywhere, faults, server-side revocation and clock jumps,
// each run spanning at least 24 simulated hours. Invariants are checked after every step.

describe('multi-tab session property', () => {
  it('no expired token sent, one refresh per token, sessions end only legitimately, tabs converge, uuid stable', async () => {
    const totals = { steps: 0, faults: 0, simulatedMs: 0, requests: 0, refreshes: 0 };
    const runs = runCount();
    const details = await checkProperty(
      'multi-tab-session',
      fc.asyncProperty(sessionScenario, async (scenario) => {
        const world = createSessionWorld(scenario);
        await world.run();
        totals.steps += world.figures.steps;
        totals.faults += world.figures.faults;
        totals.simulatedMs += world.figures.simulatedMs;
        totals.requests += world.figures.requests;
        totals.refreshes += world.figures.refreshes;
        if (world.problems.length > 0) throw new Error(world.problems.join('\n'));
        expect(world.figures.simulatedMs).toBeGreaterThanOrEqual(24 * 3_600_000);
      }),
      fcParams(runs),
    );
    expect(details.numRuns).toBe(runs);
    report({ property: 'multi-tab-session', runs: details.numRuns, steps: totals.steps, simulatedHours: totals.simulatedMs / 3_600_000, faults: totals.faults, failures: 0, notes: { requests: totals.requests, refreshes: totals.refreshes } });
  }, 600_000);
});
