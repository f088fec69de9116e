import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createMemoryStorageHub } from '../testing/memoryStorageHub';
import { createPinTracker, DEFAULT_PIN_TRACKER_PREFIX } from './pinTracker';

function setup(cooldownSeconds?: number) {
  const clock = createManualClock();
  const hub = createMemoryStorageHub();
  const make = () => createPinTracker({ storage: hub.createStorage(), clock, cooldownSeconds });
  return { clock, hub, make };
}

describe('createPinTracker', () => {
  it('tracks expiry and the default 60 s resend cooldown', async () => {
    const { clock, make } = setup();
    const tracker = make();
    expect(tracker.get('a@b.c')).toBeUndefined();
    tracker.recordSent('a@b.c', { validForSeconds: 300 });
    expect(tracker.get('a@b.c')).toEqual({ cooldownSeconds: 60, expiresInSeconds: 300, canResend: false, expired: false });
    await clock.advance(59_500);
    expect(tracker.get('a@b.c')).toMatchObject({ cooldownSeconds: 1, canResend: false, expiresInSeconds: 241 });
    await clock.advance(500);
    expect(tracker.get('a@b.c')).toMatchObject({ cooldownSeconds: 0, canResend: true, expired: false });
    await clock.advance(240_000);
    expect(tracker.get('a@b.c')).toEqual({ cooldownSeconds: 0, expiresInSeconds: 0, canResend: true, expired: true });
  });

  it('configurable cooldown; a per-send cooldown (server retryAfterSeconds) overrides it', () => {
    const { make } = setup(30);
    const tracker = make();
    tracker.recordSent('a@b.c', { validForSeconds: 300 });
    expect(tracker.get('a@b.c')?.cooldownSeconds).toBe(30);
    tracker.recordSent('a@b.c', { validForSeconds: 300, cooldownSeconds: 90 });
    expect(tracker.get('a@b.c')?.cooldownSeconds).toBe(90);
  });

  it('recordCooldown keeps the known expiry, or assumes one when nothing was recorded', async () => {
    const { clock, make } = setup();
    const tracker = make();
    tracker.recordSent('a@b.c', { validForSeconds: 300 });
    await clock.advance(100_000);
    tracker.recordCooldown('a@b.c', 45);
    expect(tracker.get('a@b.c')).toMatchObject({ cooldownSeconds: 45, expiresInSeconds: 200 });
    tracker.recordCooldown('new@b.c', 20);
    expect(tracker.get('new@b.c')).toMatchObject({ cooldownSeconds: 20, canResend: false });
  });

  it('survives a reload and is shared across tabs; e-mail case and spaces do not matter', async () => {
    const { hub, make } = setup();
    make().recordSent(' A@B.c ', { validForSeconds: 300 });
    const otherTab = make();
    expect(otherTab.get('a@b.c')).toMatchObject({ expiresInSeconds: 300, canResend: false });
    otherTab.clear('A@b.C');
    expect(make().get('a@b.c')).toBeUndefined();
    expect(hub.entries()).toEqual({});
  });

  it('never stores the PIN or anything but timestamps', () => {
    const { hub, make } = setup();
    make().recordSent('a@b.c', { validForSeconds: 300 });
    const entries = hub.entries();
    expect(Object.keys(entries)).toEqual([`${DEFAULT_PIN_TRACKER_PREFIX}a@b.c`]);
    expect(Object.keys(JSON.parse(Object.values(entries)[0] ?? '{}') as object).sort()).toEqual(['expiresAt', 'resendAt']);
  });

  it('notifies this tab synchronously and other tabs through storage events', async () => {
    const { make } = setup();
    const a = make();
    const b = make();
    const seenA: Array<string | null> = [];
    const seenB: Array<string | null> = [];
    const offA = a.subscribe((e) => seenA.push(e));
    const offB = b.subscribe((e) => seenB.push(e));
    a.recordSent('X@b.c', { validForSeconds: 300 });
    expect(seenA).toEqual(['x@b.c']);
    await Promise.resolve();
    expect(seenB).toEqual(['x@b.c']);
    offA();
    offB();
    a.clear('x@b.c');
    await Promise.resolve();
    expect(seenA).toEqual(['x@b.c']);
    expect(seenB).toEqual(['x@b.c']);
  });

  it('ignores unrelated keys and corrupt entries; custom prefix', async () => {
    const clock = createManualClock();
    const hub = createMemoryStorageHub({ 'p:bad@b.c': '{not json', 'p:half@b.c': '{"expiresAt":1}' });
    const tracker = createPinTracker({ storage: hub.createStorage(), clock, keyPrefix: 'p:' });
    expect(tracker.get('bad@b.c')).toBeUndefined();
    expect(tracker.get('half@b.c')).toBeUndefined();
    const seen: Array<string | null> = [];
    tracker.subscribe((e) => seen.push(e));
    const other = hub.createStorage();
    other.setItem('session', 'x');
    other.setItem('p:c@d.e', JSON.stringify({ expiresAt: clock.now() + 5000, resendAt: clock.now() }));
    await Promise.resolve();
    expect(seen).toEqual(['c@d.e']);
    expect(tracker.get('c@d.e')).toEqual({ cooldownSeconds: 0, expiresInSeconds: 5, canResend: true, expired: false });
  });
});
