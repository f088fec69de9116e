import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthClient, createMemoryStorage, DEFAULT_STORAGE_KEY, type AuthClient, type KeyValueStorage } from '../../src/index';
import { createFakeEnvironment, createManualClock, createMemoryTabLock, createSeededRandom } from '../../src/testing/index';
import { report } from './report';

// Complete flows (registration with a PIN, a wrong PIN, sign-in failures, refreshes, account,
// password change and reset, sign-out) with every sink watched: console.*, request URLs and
// headers, thrown errors (message, stack, cause, JSON), storage writes, snapshots, health and
// events. Tokens may appear only in the Authorization header and in storage under the session
// key; passwords and PINs only in request bodies.

const MINUTE = 60_000;
const SESSION_KEY = `${DEFAULT_STORAGE_KEY}:session`;
const PASSWORDS = ['Pw-First#7391', 'Pw-Second#8402', 'Pw-Third#9513', 'Pw-Wrong#1624'];

afterEach(() => vi.restoreAllMocks());

describe('secrets never leak during complete flows', () => {
  it('register → PIN → refresh → account → change/reset password → sign-out', async () => {
    const secrets = new Set<string>(PASSWORDS);
    const tokens = new Set<string>();
    const sinks: Array<{ where: string; text: string }> = [];
    const add = (where: string, value: unknown): void => {
      sinks.push({ where, text: typeof value === 'string' ? value : safeJson(value) });
    };
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => add(`console.${method}`, args.map(String).join(' ')));
    }

    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ clock, settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE' } });
    const fetch = clock.trackFetch(async (request: Request) => {
      add('url', request.url);
      request.headers.forEach((value, name) => { if (name.toLowerCase() !== 'authorization') add(`header ${name}`, value); });
      const body = request.method === 'GET' ? '' : await request.clone().text();
      const response = await emulator.fetch(request);
      const text = await response.clone().text();
      const token = /"token"\s*:\s*"([^"]+)"/.exec(text)?.[1];
      if (token) tokens.add(token);
      // Bodies legitimately carry passwords, PINs and (on the two confirmation endpoints) the e-mailed token.
      const allowed = /confirmation$/.test(new URL(request.url).pathname) ? 'password|oldPassword|pinCode|token' : 'password|oldPassword|pinCode';
      add('request body', body.replace(new RegExp(`"(${allowed})":"[^"]*"`, 'g'), '""'));
      return response;
    });
    const base = createMemoryStorage();
    const storage: KeyValueStorage = {
      getItem: (key) => base.getItem(key),
      setItem: (key, value) => { add(key === SESSION_KEY ? 'storage:session' : `storage ${key}`, value); base.setItem(key, value); },
      removeItem: (key) => base.removeItem(key),
    };
    const client: AuthClient = createAuthClient({
      apiKey: 'emulator-api-key', baseUrl: emulator.baseUrl, fetch, clock, storage, random: createSeededRandom(3), channel: null,
      lock: createMemoryTabLock(), environment: createFakeEnvironment(), identityMirror: null,
      settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE' },
    });
    for (const event of ['signedIn', 'signedOut', 'sessionExpired', 'sessionRevoked', 'refreshed', 'refreshFailed'] as const) client.on(event, (payload) => add(`event ${event}`, payload));
    client.subscribe(() => add('snapshot', client.getSnapshot()));
    client.subscribeHealth(() => add('health', client.getHealth()));
    const attempt = async (what: string, run: () => Promise<unknown>): Promise<void> => {
      try {
        add(`result ${what}`, await run());
      } catch (error) {
        const e = error as Error & { cause?: unknown };
        add(`error ${what}`, [String(e), e.message, e.stack ?? '', safeJson(e), String(e.cause ?? ''), safeJson(e.cause)].join('\n'));
      }
    };

    const email = 'bob@example.com';
    const [first, second, third, wrong] = PASSWORDS as [string, string, string, string];
    await client.start();
    await attempt('register', () => client.register({ email, password: first }));
    const pin = emulator.outbox.latest(email, 'PIN')?.pin ?? '';
    const wrongPin = pin === '000000' ? '111111' : '000000';
    secrets.add(pin).add(wrongPin);
    await attempt('wrong PIN', () => client.confirmPin(email, wrongPin));
    await attempt('PIN', () => client.confirmPin(email, pin));
    expect(client.getSnapshot().status).toBe('authenticated');
    await clock.advance(95 * MINUTE); // refreshes
    await attempt('account', () => client.getAccount());
    await attempt('update', () => client.updateAccount({ firstName: 'Bob' }));
    await attempt('wrong current password', () => client.changePassword(wrong, second));
    await attempt('change password', () => client.changePassword(first, second));
    await attempt('sign-out', () => client.signOut());
    await attempt('wrong password', () => client.signIn({ email, password: wrong }));
    await attempt('sign-in', () => client.signIn({ email, password: second }));
    await attempt('reset request', () => client.requestPasswordReset(email));
    const reset = emulator.outbox.latest(email, 'PASSWORD_RESET')?.token ?? '';
    secrets.add(reset);
    await attempt('bad reset', () => client.confirmPasswordReset(`${reset}x`, third));
    await attempt('reset', () => client.confirmPasswordReset(reset, third));
    await clock.advance(70 * MINUTE);
    await attempt('clear sign-out', () => client.signOut({ mode: 'clearSession' }));
    await clock.flush();
    client.destroy();

    expect(tokens.size).toBeGreaterThanOrEqual(5);
    expect(pin).toMatch(/^\d+$/);
    const leaks: string[] = [];
    for (const { where, text } of sinks) {
      // A numeric PIN counts only as a whole number (not inside a timestamp).
      for (const secret of secrets) if (secret && contains(text, secret)) leaks.push(`${secret.slice(0, 3)}… (password/PIN/reset token) in ${where}`);
      for (const token of tokens) if (where !== 'storage:session' && text.includes(token)) leaks.push(`a session token in ${where}`);
    }
    expect(leaks).toEqual([]);
    expect(sinks.some((s) => s.where === 'storage:session' && [...tokens].some((t) => s.text.includes(t)))).toBe(true); // default storage holds it
    vi.restoreAllMocks();
    report({ property: 'secrets/core-flows', runs: 1, steps: sinks.length, simulatedHours: 3, faults: 0, failures: 0, notes: { secrets: secrets.size + tokens.size } });
  }, 60_000);
});

function contains(text: string, secret: string): boolean {
  return /^\d+$/.test(secret) ? new RegExp(`(?<![\\d.])${secret}(?![\\d.])`).test(text) : text.includes(secret);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
