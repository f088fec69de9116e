import { describe, expect, it } from 'vitest';
import { API_KEY, PATHS, WORKSPACE_API_KEY, anonymous, get, post, setup, signIn, workspace } from '../../test/helpers.js';

describe('workspace login (POST /uauth/v2/auth/login/profile)', () => {
  it('the workspace API key → {token}; a signed JWT with rlm workspace', async () => {
    const { emu } = setup();
    const r = await post(emu, PATHS.workspaceLogin, { apiKey: WORKSPACE_API_KEY });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['token']);
    const [, payload] = (r.body['token'] as string).split('.');
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))).toMatchObject({ rlm: 'workspace', sub: 'workspace' });
  });

  it('missing key → 400; a profile API key or a wrong one → 401; workspaceApiKey option', async () => {
    const { emu } = setup({ workspaceApiKey: 'ws-secret' });
    expect((await post(emu, PATHS.workspaceLogin, {})).status).toBe(400);
    expect((await post(emu, PATHS.workspaceLogin, { apiKey: API_KEY })).body).toMatchObject({ status: 401, errorCode: 'INVALID_API_KEY' });
    expect((await post(emu, PATHS.workspaceLogin, { apiKey: WORKSPACE_API_KEY })).status).toBe(401);
    expect((await post(emu, PATHS.workspaceLogin, { apiKey: 'ws-secret' })).status).toBe(200);
  });

  it('a workspace token is never a profile token: refresh, account, register, reset refuse it', async () => {
    const { emu } = setup();
    const ws = await workspace(emu);
    expect((await post(emu, PATHS.refresh, { apiKey: API_KEY }, ws)).body).toMatchObject({ status: 403, errorCode: 'PROFILE_TOKEN_REQUIRED' });
    expect((await get(emu, PATHS.personal, ws)).body).toMatchObject({ status: 403, errorCode: 'CLIENT_TOKEN_REQUIRED' });
    expect((await post(emu, PATHS.register, { email: 'w@example.com', password: 'Valid-pass1' }, ws)).status).toBe(403);
    expect((await post(emu, PATHS.resetRequest, { email: 'ann@example.com' }, ws)).status).toBe(403);
    expect(emu.getProfile('w@example.com')).toBeUndefined();
  });
});

describe('settings endpoints need a workspace token (seed 003: Synerise User, SAUTH_SETTINGS_READ)', () => {
  it('401 without a token, 403 for anonymous and signed-in profile tokens', async () => {
    const { emu } = setup();
    for (const path of [PATHS.settings, '/sauth/settings/oauth/google']) {
      expect((await get(emu, path)).body).toMatchObject({ status: 401, errorCode: 'JWT_MISSING' });
      expect((await get(emu, path, await anonymous(emu))).body).toMatchObject({ status: 403, errorCode: 'WORKSPACE_TOKEN_REQUIRED' });
      expect((await get(emu, path, (await signIn(emu)).body['token'] as string)).body).toMatchObject({ status: 403, errorCode: 'WORKSPACE_TOKEN_REQUIRED' });
    }
  });

  it('GET /sauth/settings/synerise-auth serves registration, PIN, policy (flat and grouped), device control, agreements, token lifetime', async () => {
    const { emu } = setup({ tokenTtlSeconds: 1800, settings: { requiredAgreements: ['email'], deviceControlMode: 'SOFT' } });
    const r = await get(emu, PATHS.settings, await workspace(emu));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      enabled: true,
      registrationType: 'AUTOMATIC',
      pinConfirmationType: 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT',
      pinConfirmationLength: 6,
      pinConfirmationValidInSeconds: 300,
      pinResendCooldownSeconds: 60,
      allowPinResendFromDifferentDeviceId: false,
      minLength: 6,
      maxLength: 128,
      requireAtLeastOneLowercaseLetter: true,
      requireAtLeastOneUppercaseLetter: true,
      requireAtLeastOneNumber: true,
      requireAtLeastOneNonAlphaNumericCharacter: true,
      requireAtLeastOneLowercase: true,
      requireAtLeastOneUppercase: true,
      requireAtLeastOneNonAlphaNumeric: true,
      passwordPolicy: { minLength: 6, maxLength: 128, requireAtLeastOneLowercase: true },
      deviceControlMode: 'SOFT',
      requiredAgreements: ['email'],
      tokenLifetimeInSeconds: 1800,
      confirmationRedirectLink: expect.any(String),
    });
  });

  it('reflects updateSettings and serves deviceControlMode false as a boolean', async () => {
    const { emu } = setup();
    emu.updateSettings({ registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 8 });
    const r = await get(emu, PATHS.settings, await emu.workspaceToken());
    expect(r.body).toMatchObject({ registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 8, deviceControlMode: false });
  });

  it('GET /sauth/settings/oauth/{facebook,google,apple} → client ids; unknown provider 404', async () => {
    const { emu } = setup({ oauth: { googleClientId: 'g-123.apps.googleusercontent.com' } });
    const ws = await workspace(emu);
    expect((await get(emu, '/sauth/settings/oauth/google', ws)).body).toEqual({ enabled: true, clientId: 'g-123.apps.googleusercontent.com' });
    expect((await get(emu, '/sauth/settings/oauth/facebook', ws)).body).toMatchObject({ enabled: true, appId: expect.any(String) });
    expect((await get(emu, '/sauth/settings/oauth/apple', ws)).body).toMatchObject({ enabled: true, bundle: expect.any(String) });
    expect((await get(emu, '/sauth/settings/oauth/myspace', ws)).status).toBe(404);
  });

  it('a revoked or expired workspace token is 401', async () => {
    const { emu, clock } = setup({ tokenTtlSeconds: 60 });
    const ws = await workspace(emu);
    clock.advance(60_000);
    expect((await get(emu, PATHS.settings, ws)).body['errorCode']).toBe('JWT_EXPIRED');
    const fresh = await workspace(emu);
    emu.revokeAll();
    expect((await get(emu, PATHS.settings, fresh)).body['errorCode']).toBe('JWT_REVOKED');
  });
});
