/**
 * Replays the sample requests printed in the seeds (000/001 customer authentication guide,
 * 003 IAM reference) against the emulator and checks the documented response shapes.
 */
import { importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSyneriseEmulator } from './emulator.js';
import { PATHS, START, manualClock } from '../test/helpers.js';

const SAMPLE_API_KEY = '1c586ac4-cb47-4c45-a7cf-e0fb74e8e5f4';

function emulator() {
  const clock = manualClock();
  const emu = createSyneriseEmulator({
    clock,
    apiKeys: [SAMPLE_API_KEY],
    workspaceApiKey: '64c09614-1b2a-42f7-804d-f647243eb1ab', // seed 003 workspace login sample
    // seed 000: the RaaS sample logs in with only password + uuid
    profiles: [{ email: 'sample@example.com', password: 'Pass1!', uuid: '5f89a52f-e526-4c7d-a50c-3f5c744d3162', customId: 'card123' }],
  });
  return { emu, clock };
}

async function send(emu: ReturnType<typeof emulator>['emu'], path: string, body: unknown, token?: string) {
  const res = await emu.fetch(`https://api.synerise.com${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function verify(emu: ReturnType<typeof emulator>['emu'], token: string) {
  const key = await importJWK(await emu.publicKeyJwk(), 'RS256');
  return (await jwtVerify(token, key, { currentDate: new Date(START), issuer: 'Synerise', audience: 'API' })).payload;
}

describe('contract: seed samples', () => {
  it('seed 000/001 anonymous login sample → {token} with anonymous claims', async () => {
    const { emu } = emulator();
    const r = await send(emu, PATHS.anonymous, {
      apiKey: SAMPLE_API_KEY,
      deviceId: 'b8af0626-d5cf-44d6-b12a-ec72f946db6f',
      uuid: '07243772-008a-42e1-ba37-c3807cebde8f',
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['token']);
    const claims = await verify(emu, r.body['token'] as string);
    expect(claims).toMatchObject({
      rlm: 'anonymous_client',
      uuid: '07243772-008a-42e1-ba37-c3807cebde8f',
      eml: '07243772-008a-42e1-ba37-c3807cebde8f@anonymous.invalid',
      ctd: START,
      exp: Math.floor(START / 1000) + 3600,
    });
    expect(typeof claims.sub).toBe('string');
    expect(typeof claims.jti).toBe('string');
  });

  it('seed 000/001 RaaS login sample (password + uuid only) → {token} for the customer', async () => {
    const { emu } = emulator();
    const r = await send(emu, PATHS.login, {
      apiKey: SAMPLE_API_KEY,
      identityProvider: 'SYNERISE',
      password: 'Pass1!',
      uuid: '5f89a52f-e526-4c7d-a50c-3f5c744d3162',
    });
    expect(r.status).toBe(200);
    const claims = await verify(emu, r.body['token'] as string);
    expect(claims).toMatchObject({ rlm: 'client', eml: 'sample@example.com', uuid: '5f89a52f-e526-4c7d-a50c-3f5c744d3162' });
  });

  it('seed 000/001 Facebook conditional sample (token minted by identity.mint) → seed 003 conditional shape', async () => {
    const { emu } = emulator();
    const facebookToken = await emu.identity.mint({ provider: 'FACEBOOK', email: 'sample@example.com' });
    const r = await send(emu, PATHS.conditional, { apiKey: SAMPLE_API_KEY, identityProvider: 'FACEBOOK', identityProviderToken: facebookToken });
    expect(r.status).toBe(200);
    // seed 003: {conditions, status, token, expiration (s), created (ms), origin, customId, realm}
    expect(r.body).toEqual({
      status: 'SUCCESS',
      conditions: [],
      token: expect.any(String),
      expiration: Math.floor(START / 1000) + 3600,
      created: START,
      origin: 'FACEBOOK',
      customId: 'card123',
      realm: 'client',
    });
    const claims = await verify(emu, r.body['token'] as string);
    expect(claims.exp).toBe(r.body['expiration']);
    expect(claims['ctd']).toBe(r.body['created']);
  });

  it('seed 000/001 refresh sample → a new token; seed 003 refresh shape', async () => {
    const { emu, clock } = emulator();
    const login = await send(emu, PATHS.login, { apiKey: SAMPLE_API_KEY, identityProvider: 'SYNERISE', password: 'Pass1!', uuid: '5f89a52f-e526-4c7d-a50c-3f5c744d3162' });
    clock.advance(1000);
    const r = await send(emu, PATHS.refresh, { apiKey: SAMPLE_API_KEY }, login.body['token'] as string);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      token: expect.any(String),
      expiration: Math.floor((START + 1000) / 1000) + 3600,
      created: START + 1000,
      origin: 'SYNERISE',
      customId: 'card123',
      realm: 'client',
    });
    expect(r.body['token']).not.toBe(login.body['token']);
  });

  it('seed 003 login body with every documented field is accepted', async () => {
    const { emu } = emulator();
    const r = await send(emu, PATHS.login, {
      apiKey: SAMPLE_API_KEY,
      identityProvider: 'SYNERISE',
      identityProviderToken: 'string',
      email: 'sample@example.com',
      customId: null,
      password: 'Pass1!',
      uuid: 'string',
      deviceId: 'string',
      agreements: { email: false, sms: false, push: false, webPush: false, bluetooth: false, rfid: false, wifi: false },
      attributes: { property1: null, property2: null },
      tags: ['string'],
    });
    expect(r.status).toBe(200);
    expect(emu.getProfile('sample@example.com')?.attributes).toEqual({ property1: null, property2: null });
  });

  it('seed 003 workspace login sample {apiKey} → {token}; settings need that token (403 for a profile token)', async () => {
    const { emu } = emulator();
    const r = await send(emu, '/uauth/v2/auth/login/profile', { apiKey: '64c09614-1b2a-42f7-804d-f647243eb1ab' });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['token']);
    const anon = await send(emu, PATHS.anonymous, { apiKey: SAMPLE_API_KEY, uuid: '07243772-008a-42e1-ba37-c3807cebde8f' });
    const refused = await emu.fetch('https://api.synerise.com/sauth/settings/synerise-auth', { headers: { Authorization: `Bearer ${anon.body['token'] as string}` } });
    expect(refused.status).toBe(403);
  });

  it('seed 003 settings sample fields are all present', async () => {
    const { emu } = emulator();
    const ws = await send(emu, '/uauth/v2/auth/login/profile', { apiKey: '64c09614-1b2a-42f7-804d-f647243eb1ab' });
    const res = await emu.fetch('https://api.synerise.com/sauth/settings/synerise-auth', { headers: { Authorization: `Bearer ${ws.body['token'] as string}` } });
    const body = (await res.json()) as Record<string, unknown>;
    for (const key of [
      'enabled', 'registrationType', 'pinConfirmationType', 'pinConfirmationLength', 'pinConfirmationValidInSeconds',
      'allowPinResendFromDifferentDeviceId', 'confirmationRedirectLink', 'maxLength', 'minLength',
      'requireAtLeastOneLowercaseLetter', 'requireAtLeastOneNonAlphaNumericCharacter', 'requireAtLeastOneNumber',
      'requireAtLeastOneUppercaseLetter',
    ]) expect(body).toHaveProperty(key);
  });

  it('error bodies always have {status, error, message, path, timestamp, errorCode, errors}', async () => {
    const { emu } = emulator();
    const r = await send(emu, PATHS.login, { apiKey: SAMPLE_API_KEY, identityProvider: 'SYNERISE', email: 'sample@example.com', password: 'bad' });
    expect(Object.keys(r.body).sort()).toEqual(['error', 'errorCode', 'errors', 'message', 'path', 'status', 'timestamp']);
    expect(r.body['timestamp']).toBe(new Date(START).toISOString());
  });
});
