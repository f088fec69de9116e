// Shared setup of the flow tests: the emulator, simulated tabs and a flow per tab.
import { createSyneriseEmulator, type EmulatorOptions } from '@synerise-auth/emulator';
import { createManualClock } from '../src/testing/manualClock';
import { createSimulatedTabs } from '../src/testing/simulatedTabs';
import { createAuthFlow, type AuthFlow, type AuthFlowOptions } from '../src/flow/authFlow';

export const PASSWORD = 'Secret-123';

export function setupFlows(options: Omit<EmulatorOptions, 'clock'> = {}, count = 1) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ clock, profiles: [{ email: 'ann@example.com', password: PASSWORD }], ...options });
  const sim = createSimulatedTabs({ emulator, count, clock });
  const flows: AuthFlow[] = [];
  const flowOf = (index: number, flowOptions: AuthFlowOptions = {}): AuthFlow => {
    const tab = sim.tabs[index];
    if (!tab) throw new Error(`no tab ${index}`);
    const flow = createAuthFlow(tab.client, { clock: tab.clock, ...flowOptions });
    flows.push(flow);
    return flow;
  };
  const done = () => {
    flows.forEach((flow) => flow.destroy());
    sim.destroy();
  };
  return { clock, emulator, sim, flowOf, done };
}
