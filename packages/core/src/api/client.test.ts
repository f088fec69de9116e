import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createApiClient, PATHS } from './client';
import type { AuthApi } from './contract';
import { createTestFetch, json, text } from './testFetch';
import type { Responder } from './testFetch';

const T = 'header.payload.sig';

function setup(responder: Responder) {
  const tf = createTestFetch(responder);
  return { api: createApiClient({ apiKey: 'key-1', fetch: tf.fetch, clock: createManualClock() }), tf };
}

describe('endpoints', () => {
  const token = () => json(200, { token: 'jwt' });
  const none = () => text(204, '');
  it.each<[string, Responder, (api: AuthApi) => Promise<unknown>, string, string, Record<string, unknown> | null, string | null]>([
    ['anonymousLogin', token, (a) => a.anonymousLogin({ uuid: 'u1', deviceId: 'd1' }), 'POST', PATHS.anonymousLogin, { apiKey: 'key-1', uuid: 'u1', deviceId: 'd1' }, null],
    ['login', token, (a) => a.login({ identityProvider: 'SYNERISE', email: 'a@b.c', password: 'P4ss!', uuid: 'u1' }, T), 'POST', PATHS.login, { apiKey: 'key-1', identityProvider: 'SYNERISE', email: 'a@b.c', password: 'P4ss!', uuid: 'u1' }, T],
    ['refresh', token, (a) => a.refresh(T), 'POST', PATHS.refresh, { apiKey: 'key-1' }, T],
    ['register', none, (a) => a.register({ email: 'a@b.c', password: 'P4ss!', firstName: 'A' }, T), 'POST', PATHS.register, { apiKey: 'key-1', email: 'a@b.c', password: 'P4ss!', firstName: 'A' }, T],
    ['requestActivation', none, (a) => a.requestActivation('a@b.c'), 'POST', PATHS.requestActivation, { apiKey: 'key-1', email: 'a@b.c' }, null],
    ['confirmActivation', none, (a) => a.confirmActivation('act-tok'), 'POST', PATHS.confirmActivation, { apiKey: 'key-1', token: 'act-tok' }, null],
    ['requestPin', none, (a) => a.requestPin({ email: 'a@b.c', uuid: 'u1', deviceId: 'd1' }), 'POST', PATHS.requestPin, { apiKey: 'key-1', email: 'a@b.c', uuid: 'u1', deviceId: 'd1' }, null],
    ['requestPasswordReset', none, (a) => a.requestPasswordReset('a@b.c'), 'POST', PATHS.requestPasswordReset, { apiKey: 'key-1', email: 'a@b.c' }, null],
    ['confirmPasswordReset', none, (a) => a.confirmPasswordReset({ token: 'rt', password: 'N3w!pw' }), 'POST', PATHS.confirmPasswordReset, { apiKey: 'key-1', token: 'rt', password: 'N3w!pw' }, null],
    ['changePassword', none, (a) => a.changePassword({ oldPassword: 'o', password: 'n', deviceId: 'd1' }, T), 'POST', PATHS.changePassword, { apiKey: 'key-1', oldPassword: 'o', password: 'n', deviceId: 'd1' }, T],
    ['logout', none, (a) => a.logout({ mode: 'LOGOUT_WITH_SESSION_CLEARING', fromAllDevices: true }, T), 'POST', PATHS.logout, { apiKey: 'key-1', mode: 'LOGOUT_WITH_SESSION_CLEARING', fromAllDevices: true }, T],
    ['getSettings', () => json(200, { registrationType: 'AUTOMATIC' }), (a) => a.getSettings(), 'GET', PATHS.settings, null, null],
    ['getOAuthSettings', () => json(200, { clientId: 'g' }), (a) => a.getOAuthSettings('google'), 'GET', `${PATHS.oauthSettings}google`, null, null],
  ])('%s', async (_name, responder, run, method, path, body, bearer) => {
    const { api, tf } = setup(responder);
    await run(api);
    const r = tf.last();
    expect(r.method).toBe(method);
    expect(new URL(r.url).pathname).toBe(path);
    expect(new URL(r.url).search).toBe('');
    expect(r.headers.get('Authorization')).toBe(bearer === null ? null : `Bearer ${bearer}`);
    if (body === null) expect(r.body).toBe('');
    else expect(JSON.parse(r.body)).toEqual(body);
  });

  it('conditionalLogin normalises the reply (nulls, missing conditions)', async () => {
    const { api } = setup(() =>
      json(200, { status: 'MFA_REQUIRED', conditions: null, token: null, expiration: 1767229200, created: 1767225600000, customId: null, realm: 'client', extra: 1 }),
    );
    expect(await api.conditionalLogin({ identityProvider: 'SYNERISE', email: 'a@b.c', password: 'x' }, T)).toEqual({
      status: 'MFA_REQUIRED',
      conditions: [],
      token: undefined,
      expiration: 1767229200,
      created: 1767225600000,
      origin: undefined,
      customId: null,
      realm: 'client',
    });
  });

  it('confirmPin returns the token when the server sends one, {} on 204', async () => {
    expect(await setup(() => json(200, { token: 'jwt' })).api.confirmPin({ email: 'a@b.c', pinCode: '123456' })).toEqual({ token: 'jwt' });
    expect(await setup(() => text(204, '')).api.confirmPin({ email: 'a@b.c', pinCode: '123456' })).toEqual({});
  });

  it('updatePersonalInformation sends Api-Version and reads the profile back after a bodiless reply', async () => {
    const { api, tf } = setup((req) => (req.method === 'POST' ? text(204, '') : json(200, { email: 'a@b.c', firstName: 'New' })));
    expect(await api.updatePersonalInformation({ firstName: 'New' }, T)).toEqual(expect.objectContaining({ email: 'a@b.c', firstName: 'New' }));
    expect(tf.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
    expect(tf.requests[0]?.headers.get('Api-Version')).toBe('4.4');
    expect(JSON.parse(tf.requests[0]?.body ?? '')).toEqual({ firstName: 'New' });
  });

  it('personal information: agreements normalised to booleans, unknown fields dropped', async () => {
    expect((await setup(() => json(200, { attributes: ['x'], agreements: 'yes' })).api.getPersonalInformation(T))).toEqual({});
    const { api } = setup(() =>
      json(200, { email: 'a@b.c', firstName: null, clientId: 42, agreements: { email: 'true', sms: false, push: 1, bogus: true }, attributes: { size: 'M' } }),
    );
    const info = await api.getPersonalInformation(T);
    expect(info).toEqual({ email: 'a@b.c', firstName: null, agreements: { email: true, sms: false, push: true }, attributes: { size: 'M' } });
    expect(info).not.toHaveProperty('clientId');
  });
});

describe('getSettings', () => {
  it('reads the seed-003 flat policy names and applies defaults', async () => {
    const { api } = setup(() =>
      json(200, {
        enabled: true,
        registrationType: 'REQUIRE_PIN_CONFIRMATION',
        minLength: 8,
        maxLength: 64,
        requireAtLeastOneLowercaseLetter: true,
        requireAtLeastOneUppercaseLetter: false,
        requireAtLeastOneNumber: true,
        requireAtLeastOneNonAlphaNumericCharacter: false,
        confirmationMailBody: '<html>…</html>',
      }),
    );
    expect(await api.getSettings()).toEqual({
      registrationType: 'REQUIRE_PIN_CONFIRMATION',
      pinConfirmationLength: 6,
      pinConfirmationValidInSeconds: 300,
      passwordPolicy: {
        minLength: 8,
        maxLength: 64,
        requireAtLeastOneLowercase: true,
        requireAtLeastOneUppercase: false,
        requireAtLeastOneNumber: true,
        requireAtLeastOneNonAlphaNumeric: false,
      },
    });
  });

  it('accepts a nested passwordPolicy and the optional fields', async () => {
    const reply = {
      registrationType: 'AUTOMATIC',
      pinConfirmationType: 'EVERYONE',
      pinConfirmationLength: 4,
      pinConfirmationValidInSeconds: 120,
      pinResendCooldownSeconds: 30,
      allowPinResendFromDifferentDeviceId: true,
      passwordPolicy: { minLength: 10, requireAtLeastOneNumber: false },
      deviceControlMode: 'HARD',
      requiredAgreements: ['email'],
      confirmationRedirectLink: 'https://shop/confirm',
    };
    const { api } = setup(() => json(200, reply));
    // every field passes through unchanged
    expect(await api.getSettings()).toEqual(reply);
  });

  it('device control false is kept, an unknown mode is dropped', async () => {
    expect((await setup(() => json(200, { registrationType: 'AUTOMATIC', deviceControlMode: false })).api.getSettings()).deviceControlMode).toBe(false);
    const odd = await setup(() => json(200, { registrationType: 'AUTOMATIC', deviceControlMode: 'LUNAR', pinConfirmationType: 'SOMETIMES' })).api.getSettings();
    expect(odd).not.toHaveProperty('deviceControlMode');
    expect(odd).not.toHaveProperty('pinConfirmationType');
  });

  it('an unknown registration type is a BAD_RESPONSE', async () => {
    await expect(setup(() => json(200, { registrationType: 'TELEPATHY' })).api.getSettings()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
