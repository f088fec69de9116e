import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMswHandlers } from './msw.js';
import { API_KEY, PATHS, setup } from '../test/helpers.js';

const { emu } = setup();
const server = setupServer(...createMswHandlers(emu));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('createMswHandlers', () => {
  it('routes a real fetch to the baseUrl into the emulator', async () => {
    const res = await fetch(`${emu.baseUrl}${PATHS.anonymous}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:6006' },
      body: JSON.stringify({ apiKey: API_KEY, uuid: 'msw-uuid' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string };
    expect(body.token.split('.')).toHaveLength(3);
    expect(emu.requestLog.count({ path: PATHS.anonymous })).toBe(1);
  });

  it('turns a network-error fault into a rejected fetch', async () => {
    emu.faults.inject('network-error');
    await expect(fetch(`${emu.baseUrl}${PATHS.settings}`)).rejects.toThrow(TypeError);
  });

  it('a timeout fault settles when the caller aborts', async () => {
    emu.faults.inject('timeout');
    const controller = new AbortController();
    const pending = fetch(`${emu.baseUrl}${PATHS.settings}`, { signal: controller.signal });
    await new Promise((r) => setImmediate(r));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('serves error bodies through MSW unchanged', async () => {
    const res = await fetch(`${emu.baseUrl}${PATHS.refresh}`, { method: 'POST', body: JSON.stringify({ apiKey: API_KEY }) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Record<string, unknown>)['errorCode']).toBe('JWT_MISSING');
  });
});
