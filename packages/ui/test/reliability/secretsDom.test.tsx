import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthClient, createMemoryStorage, DEFAULT_STORAGE_KEY, type Fetch, type KeyValueStorage } from '@synerise-auth/core';
import { createFakeEnvironment, createMemoryTabLock, createSeededRandom } from '@synerise-auth/core/testing';
import { PinConfirmation, SignInForm } from '../../src/index';
import { API_KEY, GOOD_PASSWORD, SLOW, createHarness, customer, screen } from '../../src/components/testing/harness';
import { report } from '../../../core/test/reliability/report';

// Complete UI flows (wrong password → sign-in; registration → wrong PIN → PIN) with every sink
// watched: DOM attributes and text after every mutation, console.*, location/history, and
// storage. Tokens may live only in storage under the session key; passwords and PINs nowhere.

const WRONG = 'Pw-Wrong#4711';
afterEach(() => vi.restoreAllMocks());

describe('secrets never reach the DOM, console, location or storage', SLOW, () => {
  it('sign-in and PIN confirmation flows', async () => {
    const sinks: Array<{ where: string; text: string }> = [];
    const add = (where: string, text: string) => sinks.push({ where, text });
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => add(`console.${m}`, a.map(String).join(' ')));
    vi.spyOn(window.history, 'pushState').mockImplementation((_s, _t, url) => add('history', String(url)));
    vi.spyOn(window.history, 'replaceState').mockImplementation((_s, _t, url) => add('history', String(url)));
    const observer = new MutationObserver(() => {
      for (const el of document.body.querySelectorAll('*')) for (const attr of el.attributes) add(`attribute ${attr.name}`, attr.value);
      add('text', document.body.textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

    const tokens = new Set<string>();
    const capture = (fetch: Fetch): Fetch => async (request) => {
      const response = await fetch(request);
      const token = /"token"\s*:\s*"([^"]+)"/.exec(await response.clone().text())?.[1];
      if (token) tokens.add(token);
      return response;
    };
    const harness = createHarness({ profiles: [customer()], settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 6 } });
    const base = createMemoryStorage();
    const storage: KeyValueStorage = {
      getItem: (k) => base.getItem(k),
      setItem: (k, v) => { add(k === `${DEFAULT_STORAGE_KEY}:session` ? 'storage:session' : `storage ${k}`, v); base.setItem(k, v); },
      removeItem: (k) => base.removeItem(k),
    };
    harness.client.destroy();
    harness.client = createAuthClient({
      apiKey: API_KEY, baseUrl: harness.emulator.baseUrl, fetch: harness.track(capture((r) => harness.emulator.fetch(r))), clock: harness.clock, storage,
      random: createSeededRandom(9), channel: null, lock: createMemoryTabLock(), environment: createFakeEnvironment(), identityMirror: null,
    });
    const user = userEvent.setup();

    const signIn = render(harness.wrap(<SignInForm mode="login" />));
    await harness.settle();
    expect(harness.client.getSnapshot().status).toBe('anonymous');
    const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
    await user.type(field('E-mail'), 'ann@example.com');
    await user.type(field('Password'), WRONG);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await harness.settle();
    expect(screen.getByText('The e-mail or password is incorrect.')).toBeTruthy();
    await user.clear(field('Password'));
    await user.type(field('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await harness.settle();
    expect(harness.client.getSnapshot().status).toBe('authenticated');
    signIn.unmount();
    await harness.client.signOut();

    await harness.client.register({ email: 'pin@example.com', password: GOOD_PASSWORD });
    const pin = harness.emulator.outbox.latest('pin@example.com', 'PIN')?.pin ?? '';
    const wrongPin = pin === '999999' ? '888888' : '999999';
    const pinView = render(harness.wrap(<PinConfirmation email="pin@example.com" />));
    await user.click(field('Verification code'));
    await user.paste(wrongPin);
    await harness.settle();
    expect(screen.getByText('The code is incorrect. Check it and try again.')).toBeTruthy();
    await user.paste(pin);
    await harness.settle();
    expect(harness.client.getSnapshot().status).toBe('authenticated');
    expect(pinView.container.querySelector('[data-state="confirmed"]')).not.toBeNull();
    observer.disconnect();
    add('location', window.location.href);
    pinView.unmount();

    expect(tokens.size).toBeGreaterThanOrEqual(3);
    const secrets = [GOOD_PASSWORD, WRONG, pin, wrongPin];
    const leaks: string[] = [];
    for (const { where, text } of sinks) {
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${secret.slice(0, 2)}… in ${where}`);
      for (const token of tokens) if (where !== 'storage:session' && text.includes(token)) leaks.push(`a token in ${where}`);
    }
    expect(leaks).toEqual([]);
    vi.restoreAllMocks();
    report({ property: 'secrets/ui-flows', runs: 1, steps: sinks.length, simulatedHours: 0, faults: 0, failures: 0 });
  });
});
