import { describe, expect, it } from 'vitest';
import { API_KEY, PATHS, anonymous, get, post, setup, signIn, workspace } from '../test/helpers.js';

describe('faults', () => {
  it('server-error → 500 error body, once by default', async () => {
    const { emu } = setup();
    const ws = await workspace(emu);
    emu.faults.inject('server-error');
    const r = await get(emu, PATHS.settings, ws);
    expect(r.status).toBe(500);
    expect(r.body).toMatchObject({ status: 500, errorCode: 'INTERNAL_SERVER_ERROR', path: PATHS.settings, errors: [] });
    expect((await get(emu, PATHS.settings, ws)).status).toBe(200);
  });

  it('network-error → fetch rejects with TypeError("Failed to fetch")', async () => {
    const { emu } = setup();
    emu.faults.inject('network-error');
    await expect(emu.fetch(`${emu.baseUrl}${PATHS.settings}`)).rejects.toThrow(new TypeError('Failed to fetch'));
  });

  it('timeout → never settles until the signal aborts, then AbortError (no timers)', async () => {
    const { emu } = setup();
    emu.faults.inject('timeout');
    const controller = new AbortController();
    let settled = false;
    const pending = emu.fetch(`${emu.baseUrl}${PATHS.settings}`, { signal: controller.signal }).finally(() => {
      settled = true;
    });
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('timeout with an already aborted signal rejects at once', async () => {
    const { emu } = setup();
    emu.faults.inject('timeout');
    await expect(emu.fetch(`${emu.baseUrl}${PATHS.settings}`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('malformed-json → 200 with truncated JSON text', async () => {
    const { emu } = setup();
    emu.faults.inject('malformed-json');
    const res = await emu.fetch(`${emu.baseUrl}${PATHS.anonymous}`, { method: 'POST', body: JSON.stringify({ apiKey: API_KEY, uuid: 'u' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('wrong-shape → 200 JSON with unexpected types', async () => {
    const { emu } = setup();
    emu.faults.inject('wrong-shape');
    const r = await post(emu, PATHS.anonymous, { apiKey: API_KEY, uuid: 'u' });
    expect(r.status).toBe(200);
    expect(typeof r.body['token']).toBe('number');
  });

  it('rate-limit → 429 with Retry-After (configurable)', async () => {
    const { emu } = setup();
    emu.faults.inject('rate-limit', { retryAfterSeconds: 12 });
    const r = await get(emu, PATHS.settings);
    expect(r.status).toBe(429);
    expect(r.headers.get('Retry-After')).toBe('12');
    expect(r.body).toMatchObject({ errorCode: 'RATE_LIMITED', retryAfterSeconds: 12 });
  });

  it('count and path filter (string prefix or RegExp); clear() disarms', async () => {
    const { emu } = setup();
    const ws = await workspace(emu);
    emu.faults.inject('server-error', { count: 2, path: PATHS.refresh });
    expect((await get(emu, PATHS.settings, ws)).status).toBe(200);
    const anon = await anonymous(emu);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon)).status).toBe(500);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon)).status).toBe(500);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon)).status).toBe(200);
    emu.faults.inject('rate-limit', { path: /\/oauth\//, count: 5 });
    expect((await get(emu, '/sauth/settings/oauth/google', ws)).status).toBe(429);
    expect((await get(emu, PATHS.settings, ws)).status).toBe(200);
    emu.faults.clear();
    expect((await get(emu, '/sauth/settings/oauth/google', ws)).status).toBe(200);
  });

  it('faulted requests are logged', async () => {
    const { emu } = setup();
    emu.faults.inject('network-error');
    emu.faults.inject('server-error');
    await emu.fetch(`${emu.baseUrl}${PATHS.settings}`).catch(() => undefined);
    await get(emu, PATHS.settings);
    expect(emu.requestLog.entries().map((e) => [e.status, e.fault])).toEqual([[0, 'network-error'], [500, 'server-error']]);
  });
});

describe('request log', () => {
  it('records method, path, realm, expiry, status, clock time and the jti — never the token', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 60 });
    const anon = await anonymous(emu);
    const client = (await signIn(emu)).body['token'] as string;
    clock.advance(60_000);
    await get(emu, PATHS.personal, client);
    await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    const entries = emu.requestLog.entries();
    expect(entries.map((e) => [e.method, e.path, e.realm, e.tokenExpired, e.status])).toEqual([
      ['POST', PATHS.anonymous, null, false, 200],
      ['POST', PATHS.login, null, false, 200],
      ['GET', PATHS.personal, 'client', true, 401],
      ['POST', PATHS.refresh, 'anonymous_client', true, 401],
    ]);
    expect(entries[2]?.at).toBe(clock.now());
    expect(typeof entries[2]?.tokenId).toBe('string');
    expect(JSON.stringify(entries)).not.toContain(client);
    expect(JSON.stringify(entries)).not.toContain(anon);
    expect(emu.requestLog.count({ path: PATHS.refresh })).toBe(1);
    expect(emu.requestLog.count({ path: /^\/sauth\/v3/, method: 'post' })).toBe(3);
    emu.requestLog.clear();
    expect(emu.requestLog.count()).toBe(0);
  });
});

describe('CORS', () => {
  it('answers preflight and adds the headers to every response, echoing the origin', async () => {
    const { emu } = setup();
    const pre = await emu.fetch(`${emu.baseUrl}${PATHS.login}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('Access-Control-Allow-Headers')).toBe('Authorization, Content-Type, Api-Version');
    const err = await emu.fetch(`${emu.baseUrl}${PATHS.login}`, { method: 'POST', headers: { Origin: 'https://shop.example' }, body: '{}' });
    expect(err.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    emu.faults.inject('rate-limit');
    const faulted = await emu.fetch(`${emu.baseUrl}${PATHS.settings}`);
    expect(faulted.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(faulted.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});

describe('outbox', () => {
  it('notifies subscribers and filters latest by kind', async () => {
    const { emu } = setup({ settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    let calls = 0;
    const off = emu.outbox.subscribe(() => {
      calls += 1;
    });
    await post(emu, PATHS.register, { email: 'o@example.com', password: 'Valid-pass1' }, await anonymous(emu));
    await post(emu, PATHS.resetRequest, { email: 'o@example.com' }, await anonymous(emu));
    expect(calls).toBe(2);
    expect(emu.outbox.latest('O@example.com')?.kind).toBe('PASSWORD_RESET');
    expect(emu.outbox.latest('o@example.com', 'ACTIVATION')?.kind).toBe('ACTIVATION');
    expect(emu.outbox.latest('o@example.com', 'PIN')).toBeUndefined();
    off();
    emu.outbox.clear();
    expect(calls).toBe(2);
    expect(emu.outbox.all()).toEqual([]);
  });
});
