import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '@synerise-auth/core';
import { ANN, createWorld, PASSWORD } from '../test/harness';
import { useAuthClient, useSession, useSessionHealth, useSignIn, type SessionHealthView } from './index';

const REFRESH = '/sauth/v3/auth/refresh/client';

describe('useSession', () => {
  it('a useSession(s => s.status) consumer does not re-render on a token refresh', async () => {
    const world = createWorld();
    const renders = { status: 0, full: 0 };
    let signIn!: ReturnType<typeof useSignIn>;
    let expiresAt: number | undefined;
    function StatusOnly() {
      renders.status++;
      return <i>{useSession((s) => s.status)}</i>;
    }
    function Full() {
      renders.full++;
      expiresAt = useSession().expiresAt;
      signIn = useSignIn();
      return null;
    }
    const view = await world.renderTab(
      <>
        <StatusOnly />
        <Full />
      </>,
    );
    await act(() => signIn.mutateAsync({ email: ANN, password: PASSWORD }));
    expect(view.container.textContent).toBe('authenticated');
    const before = { ...renders };
    const firstExpiry = expiresAt;

    await world.advance(50 * 60_000); // past the refresh point of a 60-minute token (12 min left)
    expect(world.requests(REFRESH)).toBeGreaterThanOrEqual(1);
    expect(expiresAt).toBeGreaterThan(firstExpiry!);
    expect(renders.full).toBeGreaterThan(before.full); // the full snapshot did change…
    expect(renders.status).toBe(before.status); // …the status slice did not
  });

  it('selects slices with shallow equality by default and accepts a custom isEqual', async () => {
    const world = createWorld();
    let renders = 0;
    let slice: { status: string; email?: string } | undefined;
    let byEmail: string | undefined;
    let client: ReturnType<typeof useAuthClient> | undefined;
    function View() {
      renders++;
      client = useAuthClient();
      slice = useSession((s) => ({ status: s.status, email: s.profile?.email }));
      byEmail = useSession(
        (s) => s.profile?.email ?? 'nobody',
        (a, b) => a.toLowerCase() === b.toLowerCase(),
      );
      return null;
    }
    await world.renderTab(<View />);
    expect(slice).toEqual({ status: 'anonymous', email: undefined });
    expect(byEmail).toBe('nobody');
    await act(() => client!.signIn({ email: ANN, password: PASSWORD }));
    expect(slice).toEqual({ status: 'authenticated', email: ANN });
    expect(byEmail).toBe(ANN);
    const before = renders;
    await world.advance(50 * 60_000);
    expect(renders).toBe(before);
  });

  it('exposes uuid, profile basics and expiry, never a token', async () => {
    const world = createWorld();
    let snapshot: SessionSnapshot | undefined;
    let client: ReturnType<typeof useAuthClient> | undefined;
    function View() {
      snapshot = useSession();
      client = useAuthClient();
      return null;
    }
    await world.renderTab(<View />);
    await act(() => client!.signIn({ email: ANN, password: PASSWORD }));
    expect(snapshot).toMatchObject({ status: 'authenticated', realm: 'client', profile: { email: ANN } });
    expect(snapshot!.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(snapshot!.expiresAt).toBe(world.clock.now() + 3600_000);
    expect(JSON.stringify(snapshot)).not.toMatch(/eyJ/);
  });
});

describe('useSessionHealth', () => {
  it('shows the next refresh and ticks every second only for { tick: true }', async () => {
    const world = createWorld();
    const renders = { ticking: 0, still: 0 };
    let ticking: SessionHealthView | undefined;
    let still: SessionHealthView | undefined;
    function Ticking() {
      renders.ticking++;
      ticking = useSessionHealth({ tick: true });
      return null;
    }
    function Still() {
      renders.still++;
      still = useSessionHealth();
      return null;
    }
    await world.renderTab(
      <>
        <Ticking />
        <Still />
      </>,
    );
    expect(still).toMatchObject({ status: 'anonymous', online: true });
    expect(still!.nextRefreshAt).toBeGreaterThan(world.clock.now());
    const initialCountdown = ticking!.secondsUntilRefresh!;
    expect(initialCountdown).toBe(Math.ceil((still!.nextRefreshAt! - world.clock.now()) / 1000));
    const before = { ...renders };

    for (let i = 0; i < 5; i++) await world.advance(1_000); // one act() per second
    expect(renders.ticking - before.ticking).toBeGreaterThanOrEqual(5);
    expect(renders.still).toBe(before.still);
    expect(ticking!.secondsUntilRefresh).toBe(initialCountdown - 5);
  });

  it('reports the leader tab and a failed refresh with its retry time', async () => {
    const world = createWorld();
    let health: SessionHealthView | undefined;
    function View() {
      health = useSessionHealth();
      return null;
    }
    await world.renderTab(<View />);
    world.emulator.faults.inject('server-error', { count: 1, path: REFRESH });
    const refreshAt = health!.nextRefreshAt!;
    await world.advance(refreshAt - world.clock.now() + 10);
    expect(health!.lastError?.code).toBe('SERVER');
    expect(health!.retryAt).toBeGreaterThan(refreshAt);
    expect(health!.secondsUntilRetry).toBeGreaterThan(0);
    expect(typeof health!.isLeader).toBe('boolean');
  });
});
