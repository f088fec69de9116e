import { createSyneriseEmulator, type EmulatorOptions } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import { emulatorMode } from '../../test/emulatorMode';

// Issue 13 item 4: a 401 on a signed-in call re-checks the session with ONE refresh; a refused
// refresh ends it in every tab (reason "revoked") and the call rejects SESSION_REVOKED.

const PASSWORD = 'Secret-123';
const MINUTE = 60_000;
const INFO = '/v4/my-account/personal-information';
const REFRESH = '/sauth/v3/auth/refresh/client';
const ANON = '/sauth/v3/auth/login/client/anonymous';

type Wrap = (request: Request, forward: () => Promise<Response>) => Promise<Response>;

async function signedInTabs(count: number, options: { wrap?: Wrap; emulator?: EmulatorOptions } = {}) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, profiles: [{ email: 'ann@example.com', password: PASSWORD, firstName: 'Ann' }], ...options.emulator });
  const server = {
    fetch: (request: Request) => (options.wrap ? options.wrap(request, () => emulator.fetch(request)) : emulator.fetch(request)),
  };
  const sim = createSimulatedTabs({ emulator: server, count, clock });
  await sim.startAll();
  await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
  await clock.flush();
  emulator.requestLog.clear();
  const events: string[] = [];
  for (const tab of sim.tabs) {
    tab.client.on('sessionRevoked', (e) => events.push(`${tab.index}:${e.reason}:${e.fromOtherTab}`));
    tab.client.on('sessionExpired', () => events.push(`${tab.index}:expired`));
    tab.client.on('signedOut', () => events.push(`${tab.index}:signedOut`));
  }
  const statuses = () => sim.tabs.map((tab) => tab.client.getSnapshot().status);
  const calls = () => emulator.requestLog.entries().map((entry) => `${entry.path} ${entry.status}`);
  return { clock, emulator, sim, events, statuses, calls };
}

/** Answers 401 (as a revoked token would) to the first `count` requests matching `path`. */
function unauthorizedOnce(path: string, count = 1): Wrap {
  let left = count;
  return async (request, forward) => {
    if (left > 0 && new URL(request.url).pathname === path) {
      left--;
      return Response.json({ status: 401, error: 'Unauthorized', errorCode: 'JWT_REVOKED', errors: [] }, { status: 401 });
    }
    return forward();
  };
}

describe('a 401 on a signed-in call re-checks the session', { timeout: 30_000 }, () => {
  it('revoked on the server: one account call in tab 1 ends the session in every tab within that call', async () => {
    const { emulator, sim, events, statuses, calls } = await signedInTabs(3);
    const uuid = sim.tabs[0]!.client.getSnapshot().uuid;
    emulator.revokeAll();
    await expect(sim.tabs[1]!.client.getAccount()).rejects.toMatchObject({ name: 'AuthError', code: 'SESSION_REVOKED' });
    expect(statuses()).toEqual(['anonymous', 'anonymous', 'anonymous']); // no flush: within the one call
    expect(events.sort()).toEqual(['0:revoked:true', '1:revoked:false', '2:revoked:true']);
    expect(calls()).toEqual([`${INFO} 401`, `${REFRESH} 401`, `${ANON} 200`]);
    expect(sim.tabs.map((tab) => tab.client.getSnapshot())).toEqual(Array(3).fill(expect.objectContaining({ realm: 'anonymous_client', uuid })));
    expect(sim.tabs.every((tab) => tab.client.getSnapshot().profile === undefined)).toBe(true);
  });

  it('concurrent 401s in several tabs share one refresh, and all reject SESSION_REVOKED', async () => {
    const { emulator, sim, statuses, calls } = await signedInTabs(2);
    emulator.revokeAll();
    const [a, b] = sim.tabs.map((tab) => tab.client);
    const results = await Promise.allSettled([a!.getAccount(), a!.getAccount(), a!.updateAccount({ firstName: 'X' }), b!.getAccount()]);
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'))).toEqual(Array(4).fill('SESSION_REVOKED'));
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
    expect(emulator.requestLog.count({ path: ANON })).toBe(1);
    expect(calls().filter((c) => c.startsWith(INFO))).toEqual(Array(4).fill(`${INFO} 401`));
    expect(statuses()).toEqual(['anonymous', 'anonymous']);
  });

  it('refresh accepted: the call is retried once with the new token and succeeds', async () => {
    const { emulator, sim, events, statuses, calls } = await signedInTabs(2, { wrap: unauthorizedOnce(INFO, 3) });
    const client = sim.tabs[0]!.client;
    const before = await client.getToken();
    const results = await Promise.all([client.getAccount(), client.getAccount(), client.getAccount()]);
    expect(results.map((info) => info.firstName)).toEqual(['Ann', 'Ann', 'Ann']);
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1); // the 3 rejected calls share it
    expect(calls().filter((c) => c.startsWith(INFO))).toEqual(Array(3).fill(`${INFO} 200`)); // the 401s never reached the server
    expect(await client.getToken()).not.toBe(before);
    expect(statuses()).toEqual(['authenticated', 'authenticated']);
    expect(events).toEqual([]);
  });

  it('a second 401 after a successful refresh rejects the call without another refresh', async () => {
    const { emulator, sim, statuses } = await signedInTabs(1, { wrap: unauthorizedOnce(INFO, 2) });
    await expect(sim.tabs[0]!.client.getAccount()).rejects.toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
    expect(statuses()).toEqual(['authenticated']);
  });

  it('a network failure during the re-check never ends the session', async () => {
    const { emulator, sim, events, statuses } = await signedInTabs(2, { wrap: unauthorizedOnce(INFO) });
    emulator.faults.inject('network-error', { path: REFRESH, count: 1 });
    await expect(sim.tabs[0]!.client.getAccount()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(statuses()).toEqual(['authenticated', 'authenticated']);
    expect(events).toEqual([]);
    expect(await sim.tabs[0]!.client.getAccount()).toMatchObject({ firstName: 'Ann' });
  });

  it('offline when the 401 arrives: nothing more is sent and the session is kept', async () => {
    const tabRef: { goOffline?: () => void } = {};
    const wrap: Wrap = async (request, forward) => {
      const response = await unauthorized(request, forward);
      if (response.status === 401) tabRef.goOffline?.();
      return response;
    };
    const unauthorized = unauthorizedOnce(INFO);
    const { emulator, sim, statuses } = await signedInTabs(1, { wrap });
    tabRef.goOffline = () => sim.tabs[0]!.env.goOffline();
    await expect(sim.tabs[0]!.client.getAccount()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(0);
    expect(statuses()).toEqual(['authenticated']);
  });

  it('reload with a revoked stored session: the account call leaves the tab anonymous, not greeting the customer', async () => {
    const { emulator, sim, clock } = await signedInTabs(1);
    sim.close(sim.tabs[0]!);
    emulator.revokeAll();
    const tab = sim.open();
    await tab.client.start();
    expect(tab.client.getSnapshot().status).toBe('authenticated'); // the stored token still looks valid
    const revoked: string[] = [];
    tab.client.on('sessionRevoked', (e) => revoked.push(e.reason));
    await expect(tab.client.getAccount()).rejects.toMatchObject({ code: 'SESSION_REVOKED' });
    expect(tab.client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client' });
    expect(tab.client.getSnapshot().profile).toBeUndefined();
    expect(revoked).toEqual(['revoked']);
    await clock.advance(45 * MINUTE); // and it stays that way
    expect(tab.client.getSnapshot().status).toBe('anonymous');
  });

  it('a proactive refresh the server refuses ends the session as revoked too', async () => {
    const { clock, emulator, events, statuses } = await signedInTabs(2);
    emulator.revokeAll();
    await clock.advance(49 * MINUTE);
    expect(events.sort()).toEqual(['0:revoked:false', '1:revoked:true']);
    expect(statuses()).toEqual(['anonymous', 'anonymous']);
  });
});

describe('withToken: your own calls with the session token', { timeout: 30_000 }, () => {
  it('a 401 Response triggers the re-check and the call is retried with the new token', async () => {
    const { sim, emulator } = await signedInTabs(1);
    const client = sim.tabs[0]!.client;
    const seen: string[] = [];
    const response = await client.withToken(async (token) => {
      seen.push(token);
      return new Response(null, { status: seen.length === 1 ? 401 : 204 });
    });
    expect(response.status).toBe(204);
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(1);
  });

  it('revoked: rejects SESSION_REVOKED and the call is not retried', async () => {
    const { sim, emulator } = await signedInTabs(1);
    emulator.revokeAll();
    let calls = 0;
    await expect(sim.tabs[0]!.client.withToken(async () => (calls++, new Response(null, { status: 401 })))).rejects.toMatchObject({ code: 'SESSION_REVOKED' });
    expect(calls).toBe(1);
    expect(sim.tabs[0]!.client.getSnapshot().status).toBe('anonymous');
  });

  it('other failures pass through untouched, without a refresh', async () => {
    const { sim, emulator } = await signedInTabs(1);
    const failure = Object.assign(new Error('nope'), { status: 500 });
    await expect(sim.tabs[0]!.client.withToken(() => Promise.reject(failure))).rejects.toBe(failure);
    await expect(sim.tabs[0]!.client.changePassword('Wrong-123', 'Better-456')).rejects.not.toMatchObject({ code: 'SESSION_REVOKED' });
    expect(emulator.requestLog.count({ path: REFRESH })).toBe(0);
  });
});
