// The README's in-page MSW recipe, with msw/node standing in for msw/browser's setupWorker
// (the same handlers): it serves the kit, and a reload (a new page = a new emulator) forgets
// registrations and tokens while the seeded profiles come back — as the README documents.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyneriseEmulator } from './index.js';
import { createMswHandlers } from './msw.js';
import { PATHS } from '../test/helpers.js';

const SEEDED = { email: 'ann@example.com', password: 'Secret1!' };
/** What the recipe runs when the page loads. */
const pageLoad = () => createSyneriseEmulator({ profiles: [SEEDED], freshKeys: true });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function call(emulatorBase: string, path: string, body?: unknown, token?: string): Promise<Response> {
  return fetch(`${emulatorBase}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('MSW browser recipe (README: state is lost on reload)', () => {
  it('serves sign-in and registration; after a reload only the seeded customers remain', async () => {
    const first = pageLoad();
    server.resetHandlers(...createMswHandlers(first));
    const signIn = await call(first.baseUrl, PATHS.login, { apiKey: 'emulator-api-key', identityProvider: 'SYNERISE', email: SEEDED.email, password: SEEDED.password, uuid: 'u-1' });
    expect(signIn.status).toBe(200);
    const { token } = (await signIn.json()) as { token: string };
    expect((await call(first.baseUrl, PATHS.personal, undefined, token)).status).toBe(200);
    const anonymous = await call(first.baseUrl, PATHS.anonymous, { apiKey: 'emulator-api-key', uuid: 'u-2' });
    const { token: anonymousToken } = (await anonymous.json()) as { token: string };
    const registered = await call(first.baseUrl, PATHS.register, { email: 'new@example.com', password: 'Secret1!' }, anonymousToken);
    expect(registered.ok).toBe(true);
    expect(first.getProfile('new@example.com')).toBeDefined();

    // reload: the page starts a new emulator
    const second = pageLoad();
    server.resetHandlers(...createMswHandlers(second));
    expect((await call(second.baseUrl, PATHS.personal, undefined, token)).status).toBe(401);
    expect(second.getProfile('new@example.com')).toBeUndefined();
    const again = await call(second.baseUrl, PATHS.login, { apiKey: 'emulator-api-key', identityProvider: 'SYNERISE', email: SEEDED.email, password: SEEDED.password, uuid: 'u-1' });
    expect(again.status).toBe(200);
  });
});
