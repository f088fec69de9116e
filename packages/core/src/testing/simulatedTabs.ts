import type { AuthClient, AuthClientOptions } from '../client/types';
import { createAuthClient } from '../client/createAuthClient';
import type { KeyValueStorage, TabChannel, TabLock } from '../ports';
import { createFakeEnvironment, offlineAwareFetch, type FakeEnvironment } from './fakeEnvironment';
import { createManualClock, type ManualClock } from './manualClock';
import { createMemoryStorageHub, type MemoryStorageHub } from './memoryStorageHub';
import { createMemoryTabLock } from './memoryTabLock';
import { createSeededRandom } from './seededRandom';
import { createTabChannelHub, type TabChannelHub } from './tabChannelHub';

// N clients of one simulated browser: shared storage (with storage events), a shared
// channel and lock, one world clock with a forked clock per tab, and per-tab online /
// visibility toggles. Requests go to the given emulator (or any fetch handler).

export interface SimulatedTab {
  index: number;
  client: AuthClient;
  clock: ManualClock;
  storage: KeyValueStorage;
  channel: TabChannel;
  env: FakeEnvironment;
}

export interface SimulatedTabs {
  tabs: SimulatedTab[];
  clock: ManualClock;
  storage: MemoryStorageHub;
  channels: TabChannelHub;
  lock: TabLock;
  /** Opens one more tab (a new page load in the same browser). */
  open(): SimulatedTab;
  /** Closes a tab (its client is destroyed). */
  close(tab: SimulatedTab): void;
  startAll(): Promise<void>;
  goOffline(): void;
  goOnline(): void;
  destroy(): void;
}

export interface SimulatedTabsOptions {
  emulator: { fetch(request: Request): Promise<Response>; baseUrl?: string };
  count: number;
  clock?: ManualClock;
  apiKey?: string;
  seed?: number;
  /** Extra options for every client (refreshLeadSeconds, retry, …). */
  clientOptions?: Partial<AuthClientOptions>;
}

export function createSimulatedTabs(options: SimulatedTabsOptions): SimulatedTabs {
  const clock = options.clock ?? createManualClock();
  const storage = createMemoryStorageHub();
  const channels = createTabChannelHub();
  const lock = createMemoryTabLock();
  const tabs: SimulatedTab[] = [];
  const fetch = clock.trackFetch((request) => options.emulator.fetch(request));
  let opened = 0;

  function open(): SimulatedTab {
    const index = opened++;
    const tabClock = clock.fork();
    const env = createFakeEnvironment();
    const tabStorage = storage.createStorage();
    const channel = channels.createChannel();
    const client = createAuthClient({
      apiKey: options.apiKey ?? 'emulator-api-key',
      ...(options.emulator.baseUrl ? { baseUrl: options.emulator.baseUrl } : {}),
      fetch: offlineAwareFetch(fetch, env),
      clock: tabClock,
      storage: tabStorage,
      random: createSeededRandom((options.seed ?? 1) * 1000 + index + 1),
      channel,
      lock,
      environment: env,
      identityMirror: null,
      ...options.clientOptions,
    });
    const tab: SimulatedTab = { index, client, clock: tabClock, storage: tabStorage, channel, env };
    tabs.push(tab);
    return tab;
  }

  function close(tab: SimulatedTab): void {
    tab.client.destroy();
    tab.channel.close();
    const at = tabs.indexOf(tab);
    if (at >= 0) tabs.splice(at, 1);
  }

  for (let i = 0; i < options.count; i++) open();

  return {
    tabs,
    clock,
    storage,
    channels,
    lock,
    open,
    close,
    async startAll() {
      await Promise.all(tabs.map((tab) => tab.client.start()));
      await clock.flush();
    },
    goOffline: () => tabs.forEach((tab) => tab.env.goOffline()),
    goOnline: () => tabs.forEach((tab) => tab.env.goOnline()),
    destroy() {
      for (const tab of [...tabs]) close(tab);
    },
  };
}
