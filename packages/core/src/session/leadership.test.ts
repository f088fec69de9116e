import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createLeaseLock } from '../ports/leaseLock';
import { createManualClock } from '../testing/manualClock';
import { createMemoryStorageHub } from '../testing/memoryStorageHub';
import { createSeededRandom } from '../testing/seededRandom';
import { createSimulatedTabs, type SimulatedTabs } from '../testing/simulatedTabs';
import { createLeadership } from './leadership';

const PASSWORD = 'Secret-123';

function setup(count: number) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, tokenTtlSeconds: 3600, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count, clock });
  return { clock, emulator, sim };
}

const leaders = (sim: SimulatedTabs) => sim.tabs.filter((tab) => tab.client.getHealth().isLeader).map((tab) => tab.index);

describe('refresh leadership (one tab leads, held for its lifetime)', { timeout: 20_000 }, () => {
  it('a lone tab after a reload leads at once, although the closed tab wrote the token', async () => {
    const { clock, sim } = setup(1);
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(leaders(sim)).toEqual([0]);
    sim.close(sim.tabs[0]!); // the reload: the old page goes, a new one restores the stored session
    const reloaded = sim.open();
    await reloaded.client.start();
    await clock.flush();
    expect(reloaded.client.getSnapshot().status).toBe('authenticated');
    expect(reloaded.client.getHealth().isLeader).toBe(true);
    sim.destroy();
  });

  it('with two tabs exactly one leads; when it closes the other takes over and refreshes on time', async () => {
    const { clock, emulator, sim } = setup(2);
    await sim.startAll();
    await sim.tabs[1]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(leaders(sim)).toHaveLength(1);
    const [leader] = leaders(sim);
    const other = sim.tabs.find((tab) => tab.index !== leader)!;
    const due = other.client.getHealth().nextRefreshAt!;
    sim.close(sim.tabs.find((tab) => tab.index === leader)!);
    await clock.flush();
    expect(leaders(sim)).toEqual([other.index]);
    // The new leader refreshes when due, not at the later follower time.
    expect(other.client.getHealth().nextRefreshAt).toBeLessThan(due);
    emulator.requestLog.clear();
    await clock.advance(other.client.getHealth().nextRefreshAt! - clock.now());
    expect(emulator.requestLog.entries().filter((entry) => entry.path === '/sauth/v3/auth/refresh/client')).toHaveLength(1);
    sim.destroy();
  });

  it('pagehide gives the lead away; back from the bfcache the tab queues again', async () => {
    const { clock, sim } = setup(2);
    await sim.startAll();
    const [first] = leaders(sim);
    const a = sim.tabs.find((tab) => tab.index === first)!;
    const b = sim.tabs.find((tab) => tab.index !== first)!;
    a.env.pageHide();
    await clock.flush();
    expect(leaders(sim)).toEqual([b.index]);
    a.env.wake();
    await clock.flush();
    expect(leaders(sim)).toEqual([b.index]);
    sim.close(b);
    await clock.flush();
    expect(leaders(sim)).toEqual([a.index]);
    sim.destroy();
  });
});

describe('leadership on the lease-lock fallback (no Web Locks)', () => {
  function tabs() {
    const world = createManualClock(0);
    const hub = createMemoryStorageHub();
    const make = (seed: number) => {
      const clock = world.fork();
      const lock = createLeaseLock({ storage: hub.createStorage(), clock, random: createSeededRandom(seed), leaseMs: 3_000, pollMs: 100 });
      const changes: boolean[] = [];
      const leadership = createLeadership(lock, 'app:leader', () => changes.push(leadership.isLeader()));
      return { clock, leadership, changes };
    };
    return { world, a: make(1), b: make(2) };
  }

  it('one leader; a closed leader hands over at once, a crashed one within the lease time', async () => {
    const { world, a, b } = tabs();
    a.leadership.claim();
    await world.advance(50);
    b.leadership.claim();
    await world.advance(1_000);
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([true, false]);
    a.leadership.release();
    await world.advance(200);
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([false, true]);
    expect(a.changes).toEqual([true, false]);

    a.leadership.claim();
    await world.advance(1_000);
    expect(a.leadership.isLeader()).toBe(false);
    b.clock.suspend(); // b crashes: it stops renewing its lease
    await world.advance(3_000 + 200);
    expect(a.leadership.isLeader()).toBe(true);
  });
});
