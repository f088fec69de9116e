import { jwtVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSyneriseEmulator } from './emulator.js';
import { API_KEY, PATHS, START, claimsOf, get, post, setup, signIn, anonymous, workspace } from '../test/helpers.js';

describe('createSyneriseEmulator', () => {
  it('is synchronous and answers once keys are ready', async () => {
    const emu = createSyneriseEmulator();
    expect(emu.baseUrl).toBe('https://api.synerise.emulator');
    const r = await get(emu, PATHS.settings, await emu.workspaceToken());
    expect(r.status).toBe(200);
  });

  it('accepts relative paths, URL objects and Request objects like window.fetch', async () => {
    const emu = createSyneriseEmulator();
    const headers = { Authorization: `Bearer ${await workspace(emu)}` };
    expect((await emu.fetch('/sauth/settings/synerise-auth', { headers })).status).toBe(200);
    expect((await emu.fetch(new URL('https://elsewhere.example/sauth/settings/synerise-auth'), { headers })).status).toBe(200);
    expect((await emu.fetch(new Request('https://x.example/sauth/settings/synerise-auth', { headers }))).status).toBe(200);
  });

  it('issues RS256 tokens that verify with publicKeyJwk and carry the claims', async () => {
    const { emu } = setup({ tokenTtlSeconds: 1200 });
    const r = await signIn(emu);
    expect(r.status).toBe(200);
    const token = r.body['token'] as string;
    const key = await importJWK(await emu.publicKeyJwk(), 'RS256');
    const { payload, protectedHeader } = await jwtVerify(token, key, { currentDate: new Date(START) });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ iss: 'Synerise', aud: 'API', rlm: 'client', eml: 'ann@example.com', ctd: START });
    expect(payload.exp).toBe(Math.floor(START / 1000) + 1200);
    expect(payload.iat).toBe(Math.floor(START / 1000));
    expect(typeof payload.jti).toBe('string');
    expect(payload['uuid']).toBe(emu.getProfile('ann@example.com')?.uuid);
    expect(payload.sub).toBe(String(emu.getProfile('ann@example.com')?.id));
  });

  it('is deterministic per seed (uuids, ids, PINs)', async () => {
    const run = async (): Promise<unknown[]> => {
      const { emu } = setup({ seed: 42 });
      const t = await anonymous(emu);
      return [emu.getProfile('ann@example.com')?.uuid, claimsOf(t)['jti'], claimsOf(t)['sub']];
    };
    expect(await run()).toEqual(await run());
  });

  it('reset() restores seeds, settings and empties outbox/log/tokens', async () => {
    const { emu } = setup();
    const before = emu.getProfile('ann@example.com');
    const { token } = (await signIn(emu)).body as { token: string };
    emu.updateSettings({ registrationType: 'REQUIRE_ACTIVATION' });
    await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, await anonymous(emu));
    emu.reset();
    expect(emu.settings.registrationType).toBe('AUTOMATIC');
    expect(emu.outbox.all()).toEqual([]);
    expect(emu.requestLog.entries()).toEqual([]);
    expect(emu.getProfile('ann@example.com')?.uuid).toBe(before?.uuid);
    const r = await post(emu, PATHS.refresh, { apiKey: API_KEY }, token);
    expect(r.status).toBe(401);
  });

  it('updateSettings merges nested password policy and bans', () => {
    const emu = createSyneriseEmulator();
    emu.updateSettings({ passwordPolicy: { minLength: 10 } as never, bans: { firstThreshold: 3 } as never });
    expect(emu.settings.passwordPolicy.minLength).toBe(10);
    expect(emu.settings.passwordPolicy.requireAtLeastOneUppercase).toBe(true);
    expect(emu.settings.bans).toMatchObject({ firstThreshold: 3, secondThreshold: 10 });
  });

  it('revokeAll invalidates every token', async () => {
    const { emu } = setup();
    const anon = await anonymous(emu);
    const client = (await signIn(emu)).body['token'] as string;
    emu.revokeAll();
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon)).body['errorCode']).toBe('JWT_REVOKED');
    expect((await get(emu, PATHS.personal, client)).status).toBe(401);
  });

  it('applies latency through the injected sleep', async () => {
    const slept: number[] = [];
    const emu = createSyneriseEmulator({ latencyMs: 250, sleep: async (ms) => void slept.push(ms) });
    await get(emu, PATHS.settings);
    expect(slept).toEqual([250]);
  });
});
