// The server entry against the emulator: workspace login, then the settings with the workspace Bearer.
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createSettingsLoader, loadAuthSettings } from './index';

const WORKSPACE_KEY = 'emulator-workspace-api-key';

function setup() {
  const clock = createManualClock(Date.UTC(2026, 2, 1));
  const emulator = createSyneriseEmulator({
    clock,
    workspaceApiKey: WORKSPACE_KEY,
    settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 4, requiredAgreements: ['email'] },
  });
  const fetch = (request: Request) => emulator.fetch(request);
  return { clock, emulator, fetch };
}

describe('@synerise-auth/core/server', { timeout: 30_000 }, () => {
  it('loadAuthSettings: workspace login, then settings and OAuth client ids with the workspace Bearer; plain JSON', async () => {
    const { emulator, fetch } = setup();
    const settings = await loadAuthSettings({ baseUrl: emulator.baseUrl, workspaceApiKey: WORKSPACE_KEY, fetch });
    expect(settings).toMatchObject({
      registrationType: 'REQUIRE_PIN_CONFIRMATION',
      pinConfirmationLength: 4,
      pinConfirmationValidInSeconds: 300,
      requiredAgreements: ['email'],
      passwordPolicy: { minLength: 6, requireAtLeastOneUppercase: true },
      oauthClientIds: { google: expect.any(String), facebook: expect.any(String), apple: expect.any(String) },
    });
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
    const log = emulator.requestLog.entries().map((e) => [e.method, e.path, e.realm, e.status]);
    expect(log[0]).toEqual(['POST', '/uauth/v2/auth/login/profile', null, 200]);
    expect(log.slice(1).every(([, path, realm, status]) => String(path).startsWith('/sauth/settings/') && realm === 'workspace' && status === 200)).toBe(true);
  });

  it('a workspace token may be given instead of the key; a wrong key is refused', async () => {
    const { emulator, fetch } = setup();
    const token = await emulator.workspaceToken();
    await expect(loadAuthSettings({ baseUrl: emulator.baseUrl, workspaceToken: () => token, fetch })).resolves.toMatchObject({ pinConfirmationLength: 4 });
    expect(emulator.requestLog.count({ path: '/uauth/v2/auth/login/profile' })).toBe(0);
    await expect(loadAuthSettings({ baseUrl: emulator.baseUrl, workspaceApiKey: 'emulator-api-key', fetch })).rejects.toMatchObject({ status: 401 });
    expect(() => createSettingsLoader({ fetch })).toThrow(TypeError);
  });

  it('the loader caches for ttlSeconds, shares one in-flight load, and serves the last settings when a reload fails', async () => {
    const { emulator, fetch, clock } = setup();
    const loader = createSettingsLoader({ baseUrl: emulator.baseUrl, workspaceApiKey: WORKSPACE_KEY, fetch, ttlSeconds: 60, clock });
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toEqual(b);
    expect(emulator.requestLog.count({ path: '/sauth/settings/synerise-auth' })).toBe(1);
    emulator.updateSettings({ pinConfirmationLength: 8 });
    expect((await loader.load()).pinConfirmationLength).toBe(4);
    await clock.advance(61_000);
    expect((await loader.load()).pinConfirmationLength).toBe(8);
    expect(emulator.requestLog.count({ path: '/sauth/settings/synerise-auth' })).toBe(2);
    await clock.advance(61_000);
    emulator.faults.inject('server-error', { path: '/sauth/settings/synerise-auth' });
    expect((await loader.load()).pinConfirmationLength).toBe(8);
    expect((await loader.load()).pinConfirmationLength).toBe(8);
    expect(emulator.requestLog.count({ path: '/sauth/settings/synerise-auth' })).toBe(4);
  });

  it('an anonymous (profile) token is refused by the settings endpoints (403)', async () => {
    const { emulator, fetch } = setup();
    const anon = (await (await fetch(new Request(`${emulator.baseUrl}/sauth/v3/auth/login/client/anonymous`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apiKey: 'emulator-api-key', uuid: '0b6a3f0e-7d0e-4e4f-9a57-5b3c2f1d9e01' }),
    }))).json()) as { token: string };
    await expect(loadAuthSettings({ baseUrl: emulator.baseUrl, workspaceToken: anon.token, fetch })).rejects.toMatchObject({ status: 403 });
  });
});
