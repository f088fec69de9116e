import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { createFakeEnvironment, offlineAwareFetch } from './fakeEnvironment';
import { createManualClock } from './manualClock';
import { createMemoryStorageHub } from './memoryStorageHub';
import { createMemoryTabLock } from './memoryTabLock';
import { createSeededRandom } from './seededRandom';
import { createTabChannelHub } from './tabChannelHub';

describe('manual clock', () => {
  it('fires timers in time order across forked clocks, settling promise chains between them', async () => {
    const world = createManualClock(1_000);
    const tab = world.fork();
    const seen: string[] = [];
    tab.setTimeout(() => void Promise.resolve().then(() => seen.push(`b@${tab.now()}`)), 200);
    world.setTimeout(() => seen.push(`a@${world.now()}`), 100);
    world.setTimeout(() => seen.push('late'), 500);
    await world.advance(300);
    expect(seen).toEqual(['a@1100', 'b@1200']);
    expect(world.now()).toBe(1_300);
    expect(world.pendingTimers()).toBe(1);
  });

  it('a suspended clock keeps time but fires overdue timers only on resume', async () => {
    const world = createManualClock(0);
    const tab = world.fork();
    const fired: number[] = [];
    tab.setTimeout(() => fired.push(tab.now()), 1_000);
    tab.suspend();
    await world.advance(5_000);
    expect(fired).toEqual([]);
    expect(tab.now()).toBe(5_000);
    await tab.resume();
    expect(fired).toEqual([5_000]);
  });

  it('set() jumps time; clearTimeout cancels; tracked fetches settle during flush', async () => {
    const clock = createManualClock(0);
    const fired: number[] = [];
    const handle = clock.setTimeout(() => fired.push(1), 10);
    clock.setTimeout(() => fired.push(clock.now()), 20);
    clock.clearTimeout(handle);
    await clock.set(60_000);
    expect(fired).toEqual([60_000]);
    const slow = clock.trackFetch(() => new Promise((resolve) => setImmediate(() => resolve(new Response('ok')))));
    let body = '';
    void slow(new Request('https://x.test/')).then(async (r) => (body = await r.text()));
    await clock.flush();
    expect(body).toBe('ok');
  });
});

describe('manual clock: waiting for in-flight requests', () => {
  const realDelay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  it('flush awaits a tracked request that takes 3 s of real time (no real-time stall cut-off)', async () => {
    const clock = createManualClock(0);
    const slow = clock.trackFetch(async () => {
      await realDelay(3_000);
      return new Response('late but legitimate');
    });
    let body = '';
    void slow(new Request('https://x.test/')).then(async (r) => (body = await r.text()));
    expect(clock.pendingRequests()).toBe(1);
    await clock.flush();
    expect(body).toBe('late but legitimate');
    expect(clock.pendingRequests()).toBe(0);
  }, 20_000);

  it('a request declared parked does not block flush or advance; its abort still settles through the clock', async () => {
    const clock = createManualClock(0);
    const hanging = clock.trackFetch((request) =>
      clock.park(new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(new Error('aborted'))))),
    );
    const controller = new AbortController();
    clock.setTimeout(() => controller.abort(), 5_000);
    let outcome = 'pending';
    void hanging(new Request('https://x.test/', { signal: controller.signal })).then(
      () => (outcome = 'answered'),
      (e: Error) => (outcome = e.message),
    );
    await clock.flush();
    expect(outcome).toBe('pending');
    expect(clock.pendingRequests()).toBe(0);
    await clock.advance(5_000);
    expect(outcome).toBe('aborted');
  });

  it('an undeclared hang fails flush with a diagnostic instead of silently continuing', async () => {
    let fire: () => void = () => undefined;
    const eventLoop = {
      yield: () => new Promise<void>((resolve) => setImmediate(resolve)),
      after: (_ms: number, callback: () => void) => ((fire = callback), () => (fire = () => undefined)),
    };
    const clock = createManualClock(0, { eventLoop });
    const never = clock.trackFetch(() => new Promise<Response>(() => undefined));
    void never(new Request('https://x.test/'));
    const flushed = clock.flush().then(() => 'continued', (e: Error) => e.message);
    await new Promise((resolve) => setImmediate(resolve));
    fire();
    expect(await flushed).toMatch(/1 tracked request\(s\) made no progress .*clock\.park/);
  });

  it("the emulator's timeout fault declares itself parked: the client times out at 15 s of clock time", async () => {
    const clock = createManualClock(0);
    const emulator = createSyneriseEmulator({ clock });
    const api = createApiClient({ apiKey: 'emulator-api-key', baseUrl: emulator.baseUrl, fetch: clock.trackFetch((r) => emulator.fetch(r)), clock });
    const uuid = '0b6a3f0e-7d0e-4e4f-9a57-5b3c2f1d9e01';
    await api.anonymousLogin({ uuid });
    emulator.faults.inject('timeout');
    const pending = api.anonymousLogin({ uuid }).catch((e: unknown) => e);
    await clock.flush();
    expect(clock.pendingRequests()).toBe(0);
    await clock.advance(15_000);
    expect(await pending).toMatchObject({ code: 'TIMEOUT' });
  });
});

describe('memory storage hub and channel hub', () => {
  it('a write in one tab notifies only the other tabs', async () => {
    const hub = createMemoryStorageHub();
    const a = hub.createStorage();
    const b = hub.createStorage();
    const seenA: (string | null)[] = [];
    const seenB: (string | null)[] = [];
    a.subscribe?.((key) => seenA.push(key));
    b.subscribe?.((key) => seenB.push(key));
    a.setItem('k', 'v');
    expect(b.getItem('k')).toBe('v');
    await Promise.resolve();
    expect(seenA).toEqual([]);
    expect(seenB).toEqual(['k']);
    expect(hub.entries()).toEqual({ k: 'v' });
  });

  it('channel messages reach other open channels as clones', async () => {
    const hub = createTabChannelHub();
    const a = hub.createChannel();
    const b = hub.createChannel();
    const received: unknown[] = [];
    b.subscribe((m) => received.push(m));
    a.subscribe(() => received.push('self'));
    const message = { type: 'x', n: 1 };
    a.post(message);
    await Promise.resolve();
    expect(received).toEqual([{ type: 'x', n: 1 }]);
    expect(received[0]).not.toBe(message);
    b.close();
    a.post({ type: 'y' });
    await Promise.resolve();
    expect(received).toHaveLength(1);
  });
});

describe('memory tab lock, environment, random', () => {
  it('runs holders one at a time in FIFO order; ifAvailable skips when held', async () => {
    const lock = createMemoryTabLock();
    const order: string[] = [];
    let release!: () => void;
    const first = lock.run('l', () => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const second = lock.run('l', async () => (order.push('second'), 'second'));
    expect(await lock.run('l', async () => 'skipped', { ifAvailable: true })).toBeUndefined();
    expect(lock.isHeld('l')).toBe(true);
    order.push('release');
    release();
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(order).toEqual(['release', 'second']);
    expect(lock.isHeld('l')).toBe(false);
  });

  it('environment toggles emit events; offlineAwareFetch rejects with TypeError when offline', async () => {
    const env = createFakeEnvironment();
    const events: string[] = [];
    env.subscribe((e) => events.push(e));
    const fetch = offlineAwareFetch(async () => new Response('ok'), env);
    env.goOffline();
    await expect(fetch(new Request('https://x.test/'))).rejects.toBeInstanceOf(TypeError);
    env.goOnline();
    env.hide();
    env.show();
    env.wake();
    expect(await (await fetch(new Request('https://x.test/'))).text()).toBe('ok');
    expect(events).toEqual(['offline', 'online', 'hidden', 'visible', 'wake']);
    expect(env.isVisible()).toBe(true);
  });

  it('seeded random is deterministic and makes v4 uuids', () => {
    const a = createSeededRandom(5);
    const b = createSeededRandom(5);
    expect(a.uuid()).toBe(b.uuid());
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createSeededRandom(6).uuid()).not.toBe(createSeededRandom(5).uuid());
  });
});
