import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from './node.js';
import { API_KEY, PASSWORD, PATHS, WORKSPACE_API_KEY, manualClock } from '../test/helpers.js';

let server: EmulatorServer;

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    emulatorOptions: { clock: manualClock(), profiles: [{ email: 'ann@example.com', password: PASSWORD }] },
  });
});
afterAll(async () => {
  await server.close();
});

async function workspaceHeaders(): Promise<Record<string, string>> {
  const r = await postJson(PATHS.workspaceLogin, { apiKey: WORKSPACE_API_KEY });
  return { Authorization: `Bearer ${((await r.json()) as { token: string }).token}` };
}

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('startEmulatorServer', () => {
  it('binds 127.0.0.1 on an ephemeral port and answers over real HTTP with CORS', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await postJson(PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', email: 'ann@example.com', password: PASSWORD, uuid: 'u' }, { Origin: 'http://localhost:5173' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(((await res.json()) as { token: string }).token.split('.')).toHaveLength(3);
    const pre = await fetch(`${server.url}${PATHS.login}`, { method: 'OPTIONS', headers: { Origin: 'http://x.test' } });
    expect(pre.status).toBe(204);
  });

  it('serves the dev endpoints: settings, faults, identity mint, outbox, reset', async () => {
    const s = await postJson('/__emulator/settings', { registrationType: 'REQUIRE_ACTIVATION', tokenTtlSeconds: 120 });
    expect(((await s.json()) as Record<string, unknown>)['registrationType']).toBe('REQUIRE_ACTIVATION');
    expect(server.emulator.settings.registrationType).toBe('REQUIRE_ACTIVATION');
    const headers = await workspaceHeaders();
    expect(((await (await fetch(`${server.url}${PATHS.settings}`, { headers })).json()) as Record<string, unknown>)['tokenLifetimeInSeconds']).toBe(120);

    expect((await postJson('/__emulator/faults', { kind: 'rate-limit', path: PATHS.settings })).status).toBe(204);
    expect((await fetch(`${server.url}${PATHS.settings}`)).status).toBe(429);
    expect((await postJson('/__emulator/faults', { kind: 'bogus' })).status).toBe(400);

    const mint = await postJson('/__emulator/identity/mint', { provider: 'GOOGLE', email: 'g@example.com' });
    const { token } = (await mint.json()) as { token: string };
    const login = await postJson(PATHS.login, { apiKey: API_KEY, identityProvider: 'GOOGLE', identityProviderToken: token });
    expect(login.status).toBe(200);

    const anon = (await (await postJson(PATHS.anonymous, { apiKey: API_KEY, uuid: 'u-reset' })).json()) as { token: string };
    await postJson(PATHS.resetRequest, { email: 'ann@example.com' }, { Authorization: `Bearer ${anon.token}` });
    const outbox = (await (await fetch(`${server.url}/__emulator/outbox?to=ann@example.com`)).json()) as { messages: Array<{ kind: string }> };
    expect(outbox.messages.map((m) => m.kind)).toEqual(['PASSWORD_RESET']);
    const profile = await fetch(`${server.url}/__emulator/profiles/${encodeURIComponent('g@example.com')}`);
    expect(((await profile.json()) as Record<string, unknown>)['email']).toBe('g@example.com');
    const requests = (await (await fetch(`${server.url}/__emulator/requests`)).json()) as { entries: unknown[] };
    expect(requests.entries.length).toBeGreaterThan(0);

    expect((await postJson('/__emulator/reset', {})).status).toBe(204);
    expect(server.emulator.settings.registrationType).toBe('AUTOMATIC');
    expect(server.emulator.outbox.all()).toEqual([]);
  });

  it('a network-error fault drops the connection; a timeout fault hangs until the client aborts', async () => {
    server.emulator.faults.inject('network-error');
    await expect(fetch(`${server.url}${PATHS.settings}`)).rejects.toThrow(TypeError);
    server.emulator.faults.inject('timeout');
    const controller = new AbortController();
    const pending = fetch(`${server.url}${PATHS.settings}`, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await fetch(`${server.url}${PATHS.settings}`, { headers: await workspaceHeaders() })).status).toBe(200);
  });

  it('closes', async () => {
    const other = await startEmulatorServer();
    await other.close();
    await expect(fetch(`${other.url}${PATHS.settings}`)).rejects.toThrow();
  });
});
