import { describe, expect, it } from 'vitest';
import { AuthError } from '../errors/AuthError';
import { createManualClock } from '../testing/manualClock';
import { createApiClient } from './client';
import { createTestFetch, errorBody, hangingFetch, json, text } from './testFetch';
import type { Responder } from './testFetch';
import type { Fetch } from '../ports';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3Njc4MzA0MDB9.secret-signature';

function setup(responder: Responder | Fetch, timeoutMs?: number) {
  const clock = createManualClock();
  const tf = createTestFetch(responder as Responder);
  const api = createApiClient({ apiKey: 'key-1', fetch: tf.fetch, clock, timeoutMs });
  return { api, clock, tf };
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('request building', () => {
  it('sends JSON, the apiKey in the body and the token only as a Bearer header', async () => {
    const { api, tf } = setup(() => json(200, { token: 'new' }));
    await expect(api.refresh(TOKEN)).resolves.toEqual({ token: 'new' });
    const r = tf.last();
    expect(r.method).toBe('POST');
    expect(r.url).toBe('https://api.synerise.com/sauth/v3/auth/refresh/client');
    expect(r.url).not.toContain(TOKEN);
    expect(r.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(r.headers.get('Content-Type')).toBe('application/json');
    expect(r.headers.get('Api-Version')).toBeNull();
    expect(tf.lastBody()).toEqual({ apiKey: 'key-1' });
  });

  it('adds Api-Version on the v4 paths and no body/Content-Type on GET', async () => {
    const { api, tf } = setup(() => json(200, { email: 'a@b.c' }));
    await api.getPersonalInformation(TOKEN);
    const r = tf.last();
    expect(r.method).toBe('GET');
    expect(r.headers.get('Api-Version')).toBe('4.4');
    expect(r.headers.get('Content-Type')).toBeNull();
    expect(r.body).toBe('');
  });

  it('honours baseUrl (trailing slash) and apiVersion options', async () => {
    const clock = createManualClock();
    const tf = createTestFetch(() => json(200, { email: 'a@b.c' }));
    const api = createApiClient({ apiKey: 'k', fetch: tf.fetch, clock, baseUrl: 'http://localhost:9/', apiVersion: '5.0' });
    await api.getPersonalInformation(TOKEN);
    expect(tf.last().url).toBe('http://localhost:9/v4/my-account/personal-information');
    expect(tf.last().headers.get('Api-Version')).toBe('5.0');
  });
});

describe('transport failures', () => {
  it('times out through the injected clock (default 15 s)', async () => {
    const { api, clock } = setup(hangingFetch);
    const pending = failure(api.anonymousLogin({ uuid: 'u' }));
    await clock.advance(14_999);
    expect(clock.pendingTimers()).toBe(1);
    await clock.advance(1);
    expect((await pending).code).toBe('TIMEOUT');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('times out even when fetch ignores the abort signal, and at a custom timeout', async () => {
    const { api, clock } = setup(() => new Promise<Response>(() => undefined), 500);
    const pending = failure(api.getPersonalInformation('t'));
    await clock.advance(500);
    expect((await pending).code).toBe('TIMEOUT');
  });

  it('aborts the underlying request when the caller aborts', async () => {
    const { api, tf } = setup(hangingFetch);
    const controller = new AbortController();
    const pending = failure(api.getPersonalInformation('t', { signal: controller.signal }));
    await Promise.resolve();
    controller.abort();
    expect((await pending).code).toBe('ABORTED');
    expect(tf.requests[0]?.signal.aborted).toBe(true);
  });

  it('rejects at once for an already aborted signal, without fetching', async () => {
    const { api, tf } = setup(() => json(200, { token: 't' }));
    const controller = new AbortController();
    controller.abort();
    expect((await failure(api.refresh(TOKEN, { signal: controller.signal }))).code).toBe('ABORTED');
    expect(tf.requests).toHaveLength(0);
  });

  it('maps a fetch rejection to NETWORK and clears the timer', async () => {
    const { api, clock } = setup(() => Promise.reject(new TypeError('fetch failed')));
    const error = await failure(api.anonymousLogin({ uuid: 'u' }));
    expect(error.code).toBe('NETWORK');
    expect(error.isTransient).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('success parsing', () => {
  it.each([
    ['HTML', text(200, '<!doctype html><html><body>Login</body></html>', { 'Content-Type': 'text/html' })],
    ['truncated JSON', text(200, `{"token":"${TOKEN.slice(0, 20)}`)],
    ['empty body', text(200, '')],
    ['204 where a token is expected', text(204, '')],
    ['wrong shape', json(200, { jwt: 'x' })],
    ['empty token', json(200, { token: '' })],
    ['non-object JSON', json(200, ['token'])],
    ['null', text(200, 'null')],
    ['a 302 redirect', text(302, '', { Location: 'https://evil.example/' })],
    ['a 2xx carrying an error body', json(200, errorBody(401, 'UNAUTHORIZED'))],
  ])('%s → BAD_RESPONSE', async (_name, response) => {
    const { api } = setup(() => response.clone());
    const error = await failure(api.anonymousLogin({ uuid: 'u' }));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).not.toContain(TOKEN.slice(0, 20));
    expect(error.cause).toBeUndefined();
  });

  it('accepts 204 and 200 with or without a body where no body is needed', async () => {
    for (const response of [text(204, ''), text(200, ''), json(200, { ok: true })]) {
      const { api } = setup(() => response);
      await expect(api.requestPasswordReset('a@b.c', 't')).resolves.toBeUndefined();
    }
  });

  it('rejects HTML or error-shaped 2xx bodies where no body is needed', async () => {
    for (const response of [text(200, '<html>proxy</html>'), json(200, errorBody(400, 'X'))]) {
      const { api } = setup(() => response);
      expect((await failure(api.logout({ mode: 'LOGOUT' }, TOKEN))).code).toBe('BAD_RESPONSE');
    }
  });

  it('cannot be prototype-polluted by __proto__ keys', async () => {
    const evil = '{"email":"a@b.c","__proto__":{"polluted":true},"attributes":{"__proto__":{"polluted":true},"size":"M"},"agreements":{"__proto__":{"sms":true},"email":true}}';
    const { api } = setup(() => text(200, evil, { 'Content-Type': 'application/json' }));
    const info = await api.getPersonalInformation(TOKEN);
    expect(info.email).toBe('a@b.c');
    expect(info.attributes).toEqual({ size: 'M' });
    expect(Object.getPrototypeOf(info.attributes)).toBe(Object.prototype);
    expect(info.agreements).toEqual({ email: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((info as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('secrets never reach error messages', () => {
  const secrets = ['Secret-Pa55!', '987654', TOKEN, 'google-id-token-xyz'];
  const leaky: Responder = () =>
    json(400, errorBody(400, 'VALIDATION_ERROR', [{ field: 'password', code: 'TOO_WEAK', message: 'Secret-Pa55! is weak', rejectedValue: 'Secret-Pa55!' }], { echo: secrets }));

  it.each([
    ['login', (api: ReturnType<typeof createApiClient>) => api.login({ identityProvider: 'SYNERISE', email: 'a@b.c', password: secrets[0] }, TOKEN)],
    ['confirmPin', (api: ReturnType<typeof createApiClient>) => api.confirmPin({ email: 'a@b.c', pinCode: '987654', uuid: 'u', deviceId: 'd' }, TOKEN)],
    ['social', (api: ReturnType<typeof createApiClient>) => api.conditionalLogin({ identityProvider: 'GOOGLE', identityProviderToken: secrets[3] }, TOKEN)],
    ['reset', (api: ReturnType<typeof createApiClient>) => api.confirmPasswordReset({ token: 'reset-token', password: secrets[0] as string }, TOKEN)],
  ])('%s', async (_name, run) => {
    const { api } = setup(leaky);
    const error = await failure(run(api));
    const serialized = `${error.message} ${String(error)} ${JSON.stringify(error)} ${JSON.stringify(error.fieldErrors)} ${error.stack ?? ''}`;
    for (const s of [...secrets, 'server text', 'rejectedValue']) expect(serialized).not.toContain(s);
  });
});
