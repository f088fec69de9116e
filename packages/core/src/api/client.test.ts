import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createApiClient } from './client';
import { ENDPOINTS } from './endpoints';
import type { AuthApi } from './contract';
import { createTestFetch, json, text } from './testFetch';
import type { Responder } from './testFetch';

const T = 'header.payload.sig';
const PATHS = Object.fromEntries(Object.entries(ENDPOINTS).map(([name, row]) => [name, row.path])) as Record<keyof typeof ENDPOINTS, string>;

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
    ['requestActivation', none, (a) => a.requestActivation('a@b.c', T), 'POST', PATHS.requestActivation, { apiKey: 'key-1', email: 'a@b.c' }, T],
    ['confirmActivation', none, (a) => a.confirmActivation('act-tok', T), 'POST', PATHS.confirmActivation, { apiKey: 'key-1', token: 'act-tok' }, T],
    ['requestPin', none, (a) => a.requestPin({ email: 'a@b.c', uuid: 'u1', deviceId: 'd1' }, T), 'POST', PATHS.requestPin, { apiKey: 'key-1', email: 'a@b.c', uuid: 'u1', deviceId: 'd1' }, T],
    ['confirmPin', none, (a) => a.confirmPin({ email: 'a@b.c', pinCode: '123456', uuid: 'u1', deviceId: 'd1' }, T), 'POST', PATHS.confirmPin, { apiKey: 'key-1', email: 'a@b.c', pinCode: '123456', uuid: 'u1', deviceId: 'd1' }, T],
    ['requestPasswordReset', none, (a) => a.requestPasswordReset('a@b.c', T), 'POST', PATHS.requestPasswordReset, { apiKey: 'key-1', email: 'a@b.c' }, T],
    ['confirmPasswordReset', none, (a) => a.confirmPasswordReset({ token: 'rt', password: 'N3w!pw' }, T), 'POST', PATHS.confirmPasswordReset, { apiKey: 'key-1', token: 'rt', password: 'N3w!pw' }, T],
    ['changePassword', none, (a) => a.changePassword({ oldPassword: 'o', password: 'n', deviceId: 'd1' }, T), 'POST', PATHS.changePassword, { apiKey: 'key-1', oldPassword: 'o', password: 'n', deviceId: 'd1' }, T],
    ['logout', none, (a) => a.logout({ mode: 'LOGOUT_WITH_SESSION_CLEARING', fromAllDevices: true }, T), 'POST', PATHS.logout, { apiKey: 'key-1', mode: 'LOGOUT_WITH_SESSION_CLEARING', fromAllDevices: true }, T],
    ['getPersonalInformation', () => json(200, {}), (a) => a.getPersonalInformation(T), 'GET', PATHS.getPersonalInformation, null, T],
  ])('%s', async (name, responder, run, method, path, body, bearer) => {
    const { api, tf } = setup(responder);
    await run(api);
    const r = tf.last();
    const row = ENDPOINTS[name as keyof typeof ENDPOINTS];
    expect([row.method, row.path]).toEqual([method, path]);
    // only fields the table lists are sent
    expect(Object.keys(body ?? {}).filter((k) => !(row.required as readonly string[]).includes(k) && !(row.optional as readonly string[]).includes(k))).toEqual([]);
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
    const body = { email: 'a@b.c', pinCode: '123456', uuid: 'u1', deviceId: 'd1' };
    expect(await setup(() => json(200, { token: 'jwt', expiration: 1767229200 })).api.confirmPin(body, T)).toEqual({ token: 'jwt', expiration: 1767229200 });
    expect(await setup(() => text(204, '')).api.confirmPin(body, T)).toEqual({});
  });

  it('updatePersonalInformation sends Api-Version and reads the profile back after a bodiless reply', async () => {
    const { api, tf } = setup((req) => (req.method === 'POST' ? text(204, '') : json(200, { email: 'a@b.c', firstName: 'New' })));
    expect(await api.updatePersonalInformation({ firstName: 'New' }, T)).toEqual(expect.objectContaining({ email: 'a@b.c', firstName: 'New' }));
    expect(tf.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
    expect(tf.requests[0]?.headers.get('Api-Version')).toBe('4.4');
    expect(JSON.parse(tf.requests[0]?.body ?? '')).toEqual({ firstName: 'New' });
  });

  it('personal information: agreements normalised to booleans, unknown fields kept, any scalar customId', async () => {
    expect((await setup(() => json(200, { attributes: ['x'], agreements: 'yes' })).api.getPersonalInformation(T))).toEqual({});
    const { api } = setup(() =>
      json(200, {
        email: 'a@b.c', firstName: null, clientId: 42, customId: 1234, displayName: 'Ann L.', avatarUrl: 'https://cdn/a.png', tags: ['vip'],
        agreements: { email: 'true', sms: false, push: 1, bogus: true }, attributes: { size: 'M' },
      }),
    );
    expect(await api.getPersonalInformation(T)).toEqual({
      email: 'a@b.c', firstName: null, clientId: 42, customId: 1234, displayName: 'Ann L.', avatarUrl: 'https://cdn/a.png', tags: ['vip'],
      agreements: { email: true, sms: false, push: true }, attributes: { size: 'M' },
    });
    await expect(setup(() => json(200, { customId: { nested: 1 } })).api.getPersonalInformation(T)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it.each([['abc'], [42], [true]])('a %j customId in a token or conditional reply is accepted', async (customId) => {
    expect(await setup(() => json(200, { token: 'opaque', customId })).api.login({ identityProvider: 'SYNERISE', customId, password: 'p' }, T)).toEqual({ token: 'opaque', customId });
    const reply = await setup(() => json(200, { status: 'SUCCESS', token: 'opaque', customId })).api.conditionalLogin({ identityProvider: 'SYNERISE', customId, password: 'p' }, T);
    expect(reply).toMatchObject({ status: 'SUCCESS', customId });
  });

  it('token replies keep expiration/created/origin/realm and need no decodable JWT', async () => {
    const reply = { token: 'not-a-jwt', expiration: 1767229200, created: 1767225600000, origin: 'SYNERISE', customId: null, realm: 'client' };
    expect(await setup(() => json(200, reply)).api.refresh(T)).toEqual({ token: 'not-a-jwt', expiration: 1767229200, created: 1767225600000, origin: 'SYNERISE', realm: 'client' });
  });
});

describe('endpoint table', () => {
  it('Api-Version goes where the table says (v4 and registration), nowhere else', async () => {
    const { api, tf } = setup(() => json(200, { token: 'jwt' }));
    await api.register({ email: 'a@b.c', password: 'p' }, T);
    await api.refresh(T);
    expect(tf.requests.map((r) => r.headers.get('Api-Version'))).toEqual(['4.4', null]);
  });

  it('a shop overrides any path; method, headers and body stay', async () => {
    const tf = createTestFetch(() => text(204, ''));
    const api = createApiClient({ apiKey: 'key-1', fetch: tf.fetch, clock: createManualClock(), endpoints: { requestPin: '/v4/clients/pin/request', register: '/v4/clients/registered' } });
    await api.requestPin({ email: 'a@b.c', uuid: 'u1', deviceId: 'd1' }, T);
    await api.register({ email: 'a@b.c', password: 'p' }, T);
    expect(tf.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /v4/clients/pin/request', 'POST /v4/clients/registered']);
    expect(JSON.parse(tf.requests[0]?.body ?? '')).toEqual({ apiKey: 'key-1', email: 'a@b.c', uuid: 'u1', deviceId: 'd1' });
    expect(() => createApiClient({ apiKey: 'k', fetch: tf.fetch, clock: createManualClock(), endpoints: { refresh: 'https://evil.example/x' } })).toThrow(TypeError);
  });

  it('every row has a source comment; rows whose comment says "inferred" are flagged inferred', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./endpoints.ts', import.meta.url), 'utf8');
    for (const [name, row] of Object.entries(ENDPOINTS)) {
      const comment = new RegExp(`// ([^\\n]+)\\n  ${name}: row\\(`).exec(source)?.[1] ?? '';
      expect(comment, name).not.toBe('');
      expect(row.inferred, name).toBe(comment.startsWith('inferred'));
      expect(row.path.startsWith('/')).toBe(true);
    }
  });
});
