import { describe, expect, it, vi } from 'vitest';
import { createResource } from './resource';

describe('createResource', () => {
  it('loads once for concurrent ensure() calls and notifies listeners', async () => {
    let loads = 0;
    const mirrored: number[] = [];
    const r = createResource(async () => ++loads, (d) => mirrored.push(d));
    const states: string[] = [];
    r.subscribe(() => states.push(r.getState().status));
    await Promise.all([r.ensure(), r.ensure(), r.ensure()]);
    await r.ensure();
    expect(loads).toBe(1);
    expect(r.getState()).toMatchObject({ status: 'success', data: 1 });
    expect(states).toEqual(['loading', 'success']);
    expect(mirrored).toEqual([1]);
  });

  it('keeps a stable state object between changes', async () => {
    const r = createResource(async () => 'x');
    const before = r.getState();
    expect(r.getState()).toBe(before);
    await r.ensure();
    const after = r.getState();
    expect(after).not.toBe(before);
    expect(r.getState()).toBe(after);
  });

  it('turns failures into AuthError and can refetch', async () => {
    let fail = true;
    const r = createResource(async () => {
      if (fail) throw new TypeError('boom');
      return 'ok';
    });
    await r.ensure();
    expect(r.getState().status).toBe('error');
    expect(r.getState().error?.code).toBe('NETWORK'); // what fetch throws offline (core's toAuthError)
    fail = false;
    await r.refetch();
    expect(r.getState()).toMatchObject({ status: 'success', data: 'ok', error: null });
  });

  it('invalidate() drops data, ignores the in-flight result and reloads when watched', async () => {
    let n = 0;
    const releases: Array<() => void> = [];
    const r = createResource(async () => {
      const mine = ++n;
      await new Promise<void>((res) => releases.push(res));
      return mine;
    });
    const first = r.ensure();
    r.subscribe(() => undefined);
    r.invalidate(true);
    expect(r.getState().status).toBe('loading');
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    await r.ensure();
    releases[0]!();
    await first;
    expect(r.getState()).toMatchObject({ status: 'success', data: 2 });
    r.set(7);
    expect(r.getState()).toMatchObject({ status: 'success', data: 7 });
    r.invalidate();
    expect(r.getState().status).toBe('idle');
  });
});
