import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createMemoryStorageHub } from '../testing/memoryStorageHub';
import { createSeededRandom } from '../testing/seededRandom';
import { createLeaseLock } from './leaseLock';

function tabs() {
  const world = createManualClock(0);
  const hub = createMemoryStorageHub();
  const make = (seed: number) => {
    const clock = world.fork();
    return { clock, lock: createLeaseLock({ storage: hub.createStorage(), clock, random: createSeededRandom(seed), leaseMs: 3_000, pollMs: 100 }) };
  };
  return { world, hub, a: make(1), b: make(2) };
}

describe('lease lock (no Web Locks)', () => {
  it('excludes another tab while held, then hands over', async () => {
    const { world, a, b } = tabs();
    let release!: () => void;
    const order: string[] = [];
    void a.lock.run('refresh', () => new Promise<void>((resolve) => (release = () => (order.push('a done'), resolve()))));
    await world.advance(50);
    expect(await b.lock.run('refresh', async () => 'x', { ifAvailable: true })).toBeUndefined();
    const waiting = b.lock.run('refresh', async () => (order.push('b ran'), 'b'));
    await world.advance(10_000); // held beyond several lease lengths: renewals keep it
    expect(order).toEqual([]);
    release();
    await world.advance(500);
    expect(await waiting).toBe('b');
    expect(order).toEqual(['a done', 'b ran']);
  });

  it('a crashed holder cannot deadlock: its lease runs out', async () => {
    const { world, hub, a, b } = tabs();
    void a.lock.run('refresh', () => new Promise<void>(() => undefined));
    await world.advance(50);
    a.clock.suspend(); // the tab dies: no more renewals
    const waiting = b.lock.run('refresh', async () => 'recovered');
    await world.advance(5_000);
    expect(await waiting).toBe('recovered');
    expect(Object.keys(hub.entries()).some((key) => key.includes('refresh'))).toBe(false);
  });
});
