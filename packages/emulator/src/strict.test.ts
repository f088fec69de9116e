import { describe, expect, it } from 'vitest';
import { handleDevRequest } from './devEndpoints.js';
import { API_KEY, PASSWORD, PATHS, anonymous, get, post, setup, signIn } from '../test/helpers.js';

const isJwt = (token: string): boolean => {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  try {
    JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    return true;
  } catch {
    return false;
  }
};

describe('opaqueTokens', () => {
  it('off (default): profile tokens are decodable JWTs', async () => {
    const { emu } = setup();
    expect(isJwt(await anonymous(emu))).toBe(true);
    expect(isJwt((await signIn(emu)).body['token'] as string)).toBe(true);
  });

  it('on: tokens are not JWTs, yet they work; replies carry expiration/created/realm', async () => {
    const { emu, clock } = setup({ opaqueTokens: true });
    const anon = await anonymous(emu, 'opaque-visitor');
    expect(isJwt(anon)).toBe(false);
    const login = await signIn(emu, 'ann@example.com', PASSWORD, { uuid: 'opaque-visitor' });
    const token = login.body['token'] as string;
    expect(isJwt(token)).toBe(false);
    expect(login.body).toMatchObject({ expiration: Math.floor(clock.now() / 1000) + 3600, created: clock.now(), realm: 'client' });
    expect((await get(emu, PATHS.personal, token)).body['email']).toBe('ann@example.com');
    const refreshed = await post(emu, PATHS.refresh, { apiKey: API_KEY }, token);
    expect(refreshed.status).toBe(200);
    expect(isJwt(refreshed.body['token'] as string)).toBe(false);
    expect(refreshed.body['token']).not.toBe(token);
    const anonRefresh = await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon);
    expect(anonRefresh.body).toMatchObject({ realm: 'anonymous_client', origin: 'ANONYMOUS', customId: null });
  });

  it('on: expiry on the emulator clock, realm, revocation and unknown strings are enforced server-side', async () => {
    const { emu, clock } = setup({ opaqueTokens: true, tokenTtlSeconds: 60 });
    const anon = await anonymous(emu);
    expect((await get(emu, PATHS.personal, anon)).body).toMatchObject({ status: 403, errorCode: 'CLIENT_TOKEN_REQUIRED' });
    expect((await get(emu, PATHS.personal, 'snrs3_forged')).body).toMatchObject({ status: 401, errorCode: 'JWT_INVALID' });
    const token = (await signIn(emu)).body['token'] as string;
    emu.revokeTokens('ann@example.com');
    expect((await get(emu, PATHS.personal, token)).body['errorCode']).toBe('JWT_REVOKED');
    const fresh = (await signIn(emu)).body['token'] as string;
    clock.advance(60_000);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, fresh)).body).toMatchObject({ status: 401, errorCode: 'JWT_EXPIRED' });
  });

  it('on: the request log still records realm, expiry and jti, never the token', async () => {
    const { emu } = setup({ opaqueTokens: true });
    const token = (await signIn(emu)).body['token'] as string;
    await get(emu, PATHS.personal, token);
    const entry = emu.requestLog.entries().at(-1);
    expect(entry).toMatchObject({ realm: 'client', tokenExpired: false, status: 200, tokenId: expect.any(String) });
    expect(JSON.stringify(emu.requestLog.entries())).not.toContain(token);
  });
});

describe('revokeTokens(email | uuid)', () => {
  it('by e-mail: every token of the customer gets 401 and refresh is refused; others keep working', async () => {
    const { emu } = setup({ profiles: [{ email: 'ann@example.com', password: PASSWORD }, { email: 'bob@example.com', password: PASSWORD }] });
    const a1 = (await signIn(emu)).body['token'] as string;
    const a2 = (await signIn(emu)).body['token'] as string;
    const bob = (await signIn(emu, 'bob@example.com')).body['token'] as string;
    expect(emu.revokeTokens('ANN@example.com')).toBe(2);
    expect((await get(emu, PATHS.personal, a1)).body).toMatchObject({ status: 401, errorCode: 'JWT_REVOKED' });
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, a2)).body).toMatchObject({ status: 401, errorCode: 'JWT_REVOKED' });
    expect((await get(emu, PATHS.personal, bob)).status).toBe(200);
    expect((await signIn(emu)).status).toBe(200);
  });

  it('by uuid: the customer with that uuid and the anonymous tokens of that uuid', async () => {
    const { emu } = setup({ profiles: [{ email: 'ann@example.com', password: PASSWORD, uuid: 'ann-uuid' }] });
    const client = (await signIn(emu)).body['token'] as string;
    const anon = await anonymous(emu, 'visitor-9');
    const other = await anonymous(emu, 'visitor-10');
    expect(emu.revokeTokens('ann-uuid')).toBe(1);
    expect(emu.revokeTokens('visitor-9')).toBe(1);
    expect(emu.revokeTokens('nobody')).toBe(0);
    expect((await get(emu, PATHS.personal, client)).status).toBe(401);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, anon)).status).toBe(401);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, other)).status).toBe(200);
  });

  it('dev endpoint POST /__emulator/revoke-tokens {email|uuid} → {revoked}; POST /__emulator/workspace-token → {token}', async () => {
    const { emu } = setup();
    const token = (await signIn(emu)).body['token'] as string;
    const dev = (path: string, body: unknown) =>
      handleDevRequest(emu, new Request(`http://127.0.0.1${path}`, { method: 'POST', body: JSON.stringify(body) }));
    const res = await dev('/__emulator/revoke-tokens', { email: 'ann@example.com' });
    expect(res?.status).toBe(200);
    expect(await res?.json()).toEqual({ revoked: 1 });
    expect((await get(emu, PATHS.personal, token)).status).toBe(401);
    expect((await dev('/__emulator/revoke-tokens', {}))?.status).toBe(400);
    const ws = (await (await dev('/__emulator/workspace-token', {}))?.json()) as { token: string };
    expect((await get(emu, PATHS.settings, ws.token)).status).toBe(200);
  });
});
