// Test world: the emulator behind core's fakes (manual clock, shared storage, tab channel,
// lock), wired into <SyneriseAuthProvider> through its props. No mocks of our modules.
import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createFakeEnvironment, createManualClock, createMemoryStorageHub, createMemoryTabLock, createSeededRandom, createTabChannelHub, type ManualClock } from '@synerise-auth/core/testing';
import { createSyneriseEmulator, type EmulatorOptions, type SyneriseEmulator } from '@synerise-auth/emulator';
import { SyneriseAuthProvider, type SyneriseAuthProviderProps } from '../src/index';

export const ANN = 'ann@example.com';
export const PASSWORD = 'Secret-123';

export interface World {
  clock: ManualClock;
  emulator: SyneriseEmulator;
  storage: ReturnType<typeof createMemoryStorageHub>;
  /** Props for one more tab (same browser: shared storage, channel hub, lock). */
  tabProps(extra?: Partial<SyneriseAuthProviderProps>): SyneriseAuthProviderProps;
  /** Renders `ui` in one tab; resolves once the session has booted. */
  renderTab(ui: ReactNode, extra?: Partial<SyneriseAuthProviderProps>): Promise<RenderResult>;
  /** Lets requests, promise chains and storage/channel events settle (no time passes). */
  settle(): Promise<void>;
  /** Moves time forward inside act(). */
  advance(ms: number): Promise<void>;
  requests(path: string | RegExp): number;
}

export function createWorld(options: EmulatorOptions = {}): World {
  const clock = createManualClock(Date.UTC(2026, 2, 1));
  const emulator = createSyneriseEmulator({
    // `pnpm test` runs the suite again with opaque tokens (vitest.opaque.config.ts).
    ...(process.env['SYNERISE_EMULATOR_OPAQUE'] === '1' ? { opaqueTokens: true } : {}),
    clock,
    profiles: [{ email: ANN, password: PASSWORD, firstName: 'Ann', lastName: 'Lee' }],
    ...options,
    // The emulator defaults to the documented ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; these suites expect a PIN for everyone.
    settings: { pinConfirmationType: 'EVERYONE', ...options.settings },
  });
  const storage = createMemoryStorageHub();
  const channels = createTabChannelHub();
  const lock = createMemoryTabLock();
  const fetch = clock.trackFetch((request) => emulator.fetch(request));
  let tabs = 0;

  const world: World = {
    clock,
    emulator,
    storage,
    tabProps(extra = {}) {
      const index = ++tabs;
      return {
        apiKey: 'emulator-api-key',
        baseUrl: emulator.baseUrl,
        fetch,
        clock: clock.fork(),
        storage: storage.createStorage(),
        // The workspace settings reach the client as configuration (never from a settings endpoint).
        settings: emulator.settings,
        clientOptions: {
          channel: channels.createChannel(),
          lock,
          random: createSeededRandom(index),
          environment: createFakeEnvironment(),
          identityMirror: null,
        },
        ...extra,
      };
    },
    async renderTab(ui, extra) {
      const props = world.tabProps(extra);
      const result = render(<SyneriseAuthProvider {...props}>{ui}</SyneriseAuthProvider>);
      await world.settle();
      return result;
    },
    async settle() {
      await emulator.publicKeyJwk(); // the emulator's key pair is generated once, in real time
      await act(async () => {
        await clock.flush();
      });
    },
    async advance(ms) {
      await act(async () => {
        await clock.advance(ms);
      });
    },
    requests: (path) => emulator.requestLog.count({ path }),
  };
  return world;
}


/** Renders `hook` inside one tab of `world`; `result.current` is its latest return value. */
export async function renderHookInTab<T>(
  world: World,
  hook: () => T,
  extra?: Partial<SyneriseAuthProviderProps>,
): Promise<{ readonly current: T; view: RenderResult }> {
  const box: { value?: T } = {};
  function Probe() {
    box.value = hook();
    return null;
  }
  const view = await world.renderTab(<Probe />, extra);
  return {
    get current() {
      return box.value as T;
    },
    view,
  };
}
