// `pnpm live-check` against the emulator (Node server on 127.0.0.1, random port), exactly as CI runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRows, runLiveCheck } from './liveCheck.mjs';
import { loadEndpointTable, startEmulator } from './liveCheckSources.mjs';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */
let emulator;
/** @type {import('./liveCheck.mjs').EndpointTable} */
let table;

beforeAll(async () => {
  [table, emulator] = await Promise.all([loadEndpointTable(), startEmulator()]);
}, 60_000);
afterAll(() => emulator?.close());

describe('live-check (emulator)', { timeout: 60_000 }, () => {
  it('every safe call and the registration agree with the endpoint table; nothing secret is printed', async () => {
    const rows = await runLiveCheck({ baseUrl: emulator.url, apiKey: emulator.apiKey, table, register: true });
    expect(rows.map((r) => [r.endpoint, r.method, r.path, r.status])).toEqual([
      ['anonymousLogin', 'POST', table.anonymousLogin?.path, 200],
      ['refresh', 'POST', table.refresh?.path, 200],
      ['conditionalLogin', 'POST', table.conditionalLogin?.path, 200],
      ['requestPasswordReset', 'POST', table.requestPasswordReset?.path, 204],
      ['register', 'POST', table.register?.path, 200],
      ['conditionalLogin (registered)', 'POST', table.conditionalLogin?.path, 200],
    ]);
    expect(rows.flatMap((r) => r.mismatch)).toEqual([]);
    expect(rows[1]?.fields).toEqual(expect.arrayContaining(['token', 'expiration', 'created', 'realm']));
    expect(rows[2]?.note).toContain('status REGISTRATION_REQUIRED');
    expect(rows[5]?.note).toContain('status SUCCESS');
    const printed = formatRows(rows).join('\n');
    expect(printed).not.toMatch(/eyJ/);
    expect(printed).not.toContain(emulator.apiKey);
  });

  it('a wrong path, a missing Bearer or a refused body shows as a mismatch', async () => {
    const broken = {
      ...table,
      requestPasswordReset: { ...table.requestPasswordReset, path: '/sauth/clients/password-reset/nope' },
      anonymousLogin: { ...table.anonymousLogin, required: ['apiKey', 'uuid', 'deviceId', 'nickname'] },
    };
    const rows = await runLiveCheck({ baseUrl: emulator.url, apiKey: emulator.apiKey, table: /** @type {any} */ (broken) });
    expect(rows.find((r) => r.endpoint === 'requestPasswordReset')?.mismatch.join(' ')).toMatch(/not found \(404\)/);
    expect(rows.find((r) => r.endpoint === 'anonymousLogin')?.mismatch).toContain('required fields not sent: nickname');
    const refused = await runLiveCheck({ baseUrl: emulator.url, apiKey: 'not-the-key', table });
    expect(refused[0]?.mismatch.join(' ')).toMatch(/refused|body refused/);
    expect(formatRows(refused).at(-1)).toMatch(/MISMATCH/);
  });
});
