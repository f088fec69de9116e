// Shared setup of the flow tests: the emulator, simulated tabs and a flow per tab.
import { createSyneriseEmulator, type EmulatorOptions } from '@synerise-auth/emulator';
import type { AuthSettingsInput } from '../src/api/contract';
import { createManualClock } from '../src/testing/manualClock';
import { createSimulatedTabs } from '../src/testing/simulatedTabs';
import { createAuthFlow, type AuthFlow, type AuthFlowOptions } from '../src/flow/authFlow';

export const PASSWORD = 'Secret-123';

/** `client`: configuration of the clients beyond the workspace's settings (which they are given too). */
export function setupFlows(options: Omit<EmulatorOptions, 'clock'> & { client?: AuthSettingsInput } = {}, count = 1) {
  const { client: clientSettings, ...emulatorOptions } = options;
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ clock, profiles: [{ email: 'ann@example.com', password: PASSWORD }], ...emulatorOptions });
  // Settings are configuration: the client is given the workspace's settings, never fetches them.
  const sim = createSimulatedTabs({ emulator, count, clock, ...(options.settings || clientSettings ? { clientOptions: { settings: { ...options.settings, ...clientSettings } } } : {}) });
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
