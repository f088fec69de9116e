import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { isAuthError } from '../../src/index';
import { createManualClock, createSimulatedTabs, type SimulatedTab } from '../../src/testing/index';
import { FAULT_PATHS, type SessionAction, type SessionScenario } from './sessionActions';

// One simulated browser (tabs sharing storage, channel and lock) against the emulator, driven
// step by step. `check()` asserts every invariant of the multi-tab property after each step.

export const EMAIL = 'ann@example.com';
export const PASSWORD = 'Secret-123';
const START = Date.UTC(2026, 2, 1, 8);
const MINUTE = 60_000;
const SKEW_MS = 10_000;
const REFRESH = FAULT_PATHS.refresh;

export interface WorldFigures {
  steps: number;
  requests: number;
  refreshes: number;
  faults: number;
  simulatedMs: number;
}

export function createSessionWorld(scenario: SessionScenario) {
  const clock = createManualClock(START);
  const emulator = createSyneriseEmulator({ clock, seed: scenario.seed, tokenTtlSeconds: scenario.tokenTtlSeconds, profiles: [{ email: EMAIL, password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count: scenario.tabs, clock, seed: scenario.seed });
  const problems: string[] = [];
  const model = { signedIn: false, revoked: false, signingOut: false, maxExpiresAt: 0, uuid: '' as string | undefined };
  const figures: WorldFigures = { steps: 0, requests: 0, refreshes: 0, faults: 0, simulatedMs: 0 };

  function watch(tab: SimulatedTab): void {
    tab.client.subscribe(() => {
      const snap = tab.client.getSnapshot();
      if (snap.status === 'authenticated' && snap.expiresAt) model.maxExpiresAt = Math.max(model.maxExpiresAt, snap.expiresAt);
    });
    tab.client.on('sessionExpired', () => {
      const legit = model.revoked || clock.now() + SKEW_MS >= model.maxExpiresAt;
      if (!legit) problems.push(`tab ${tab.index}: signed-in session ended at ${clock.now() - START} ms, token valid until ${model.maxExpiresAt - START} ms, no 401`);
      model.signedIn = false;
    });
    tab.client.on('sessionRevoked', () => {
      if (!model.revoked) problems.push(`tab ${tab.index}: session revoked at ${clock.now() - START} ms without a revocation on the server`);
      model.signedIn = false;
    });
    tab.client.on('signedOut', () => {
      if (!model.signingOut) problems.push(`tab ${tab.index}: signedOut without a sign-out`);
    });
  }
  sim.tabs.forEach(watch);

  /** Client calls may reject only with an AuthError. */
  async function call(what: string, run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (error) {
      if (!isAuthError(error)) problems.push(`${what} rejected with a non-AuthError: ${String(error)}`);
      return false;
    }
  }

  const pick = (n: number): SimulatedTab => sim.tabs[n % sim.tabs.length]!;

  async function open(): Promise<SimulatedTab> {
    const tab = sim.open();
    watch(tab);
    await call('start', () => tab.client.start());
    return tab;
  }

  async function step(action: SessionAction): Promise<void> {
    figures.steps++;
    const uuidBefore = model.uuid;
    switch (action.kind) {
      case 'advance':
        await clock.advance(action.minutes * MINUTE);
        break;
      case 'jump':
        await clock.set(clock.now() + action.minutes * MINUTE);
        break;
      case 'sleep': {
        const sleepers = action.allTabs ? [...sim.tabs] : [pick(action.tab)];
        sleepers.forEach((tab) => tab.clock.suspend());
        await clock.advance(action.minutes * MINUTE);
        for (const tab of sleepers) {
          await tab.clock.resume();
          tab.env.wake();
        }
        break;
      }
      case 'offline':
        sim.goOffline();
        await clock.advance(action.minutes * MINUTE);
        sim.goOnline();
        break;
      case 'signIn': {
        const ok = await call('signIn', () => pick(action.tab).client.signIn({ email: EMAIL, password: PASSWORD }));
        if (ok) Object.assign(model, { signedIn: true, revoked: false, maxExpiresAt: pick(action.tab).client.getSnapshot().expiresAt ?? 0 });
        break;
      }
      case 'signOut':
        model.signingOut = true;
        await call('signOut', () => pick(action.tab).client.signOut({ mode: action.clear ? 'clearSession' : 'keepUuid' }));
        await clock.flush();
        model.signingOut = false;
        model.signedIn = false;
        if (action.clear) model.uuid = pick(action.tab).client.getSnapshot().uuid;
        break;
      case 'open':
        if (sim.tabs.length < 5) await open();
        break;
      case 'close':
        if (sim.tabs.length > 1) sim.close(pick(action.tab));
        break;
      case 'reload':
        sim.close(pick(action.tab));
        await open();
        break;
      case 'fault':
        figures.faults += action.count;
        emulator.faults.inject(action.fault, { count: action.count, path: FAULT_PATHS[action.target], retryAfterSeconds: 30 });
        break;
      case 'revoke':
        emulator.revokeAll();
        model.revoked = true;
        break;
    }
    await clock.flush();
    if (action.kind === 'signOut' && action.clear && model.uuid === uuidBefore) problems.push('clearSession sign-out kept the uuid');
    check(action);
  }

  function check(action: SessionAction | 'start'): void {
    const where = `after ${JSON.stringify(action)}`;
    const log = emulator.requestLog.entries();
    const expired = log.filter((entry) => entry.tokenExpired);
    if (expired.length > 0) problems.push(`${where}: request with an expired token: ${expired[0]!.method} ${expired[0]!.path}`);
    const perToken = new Map<string, number>();
    for (const entry of log) {
      if (entry.path !== REFRESH || entry.status !== 200 || entry.fault) continue;
      const id = entry.tokenId ?? '?';
      perToken.set(id, (perToken.get(id) ?? 0) + 1);
    }
    for (const [id, count] of perToken) if (count > 1) problems.push(`${where}: token ${id} refreshed ${count} times`);
    const views = sim.tabs.map((tab) => {
      const snap = tab.client.getSnapshot();
      return JSON.stringify({ status: snap.status, uuid: snap.uuid, realm: snap.realm, expiresAt: snap.expiresAt, email: snap.profile?.email });
    });
    if (new Set(views).size > 1) problems.push(`${where}: tabs disagree: ${views.join(' | ')}`);
    const first = sim.tabs[0]!.client.getSnapshot();
    if (model.uuid === '') model.uuid = first.uuid;
    if (first.uuid !== model.uuid) problems.push(`${where}: uuid changed without a clearSession sign-out`);
    if (model.signedIn && first.status !== 'authenticated') problems.push(`${where}: signed-in session ended without sign-out, 401 or expiry`);
  }

  return {
    clock,
    emulator,
    sim,
    problems,
    figures,
    async run(): Promise<void> {
      await sim.startAll();
      check('start');
      for (const action of scenario.actions) {
        await step(action);
        if (problems.length > 0) break;
      }
      const remaining = START + 24 * 60 * MINUTE - clock.now();
      if (problems.length === 0 && remaining > 0) await step({ kind: 'advance', minutes: Math.ceil(remaining / MINUTE) });
      figures.simulatedMs = clock.now() - START;
      figures.requests = emulator.requestLog.count();
      figures.refreshes = emulator.requestLog.count({ path: REFRESH });
      sim.destroy();
    },
  };
}
