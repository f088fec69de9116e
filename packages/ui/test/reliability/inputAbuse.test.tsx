import { describe, expect, it, vi } from 'vitest';
import type { Fetch } from '@synerise-auth/core';
import { PinConfirmation, SignInForm } from '../../src/index';
import { GOOD_PASSWORD, SLOW, createHarness, customer, renderWithAuth, screen } from '../../src/components/testing/harness';
import { report } from '../../../core/test/reliability/report';

// Input abuse: huge and exotic input, pasted PINs, double submits, submitting offline.
// Clear messages, nothing sent twice, nothing typed lost except secrets.

const LOGIN = /\/sauth\/v3\/auth\/login\/client(\/conditional)?$/;
const email = () => screen.getByLabelText('E-mail') as HTMLInputElement;
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
// The submit button (its name changes to "Signing in…" while pending).
const signIn = () => document.querySelector('[data-slot="sign-in-form"] button[type="submit"]') as HTMLButtonElement;
let cases = 0;

async function fill(user: Awaited<ReturnType<typeof renderWithAuth>>['user'], mail: string, pass: string) {
  await user.click(email());
  await user.paste(mail);
  await user.click(password());
  await user.paste(pass);
}

describe('input abuse in the UI', SLOW, () => {
  it.each([
    ['a 5 000-character e-mail', `${'a'.repeat(5_000)}@example.com`],
    ['an RTL e-mail', 'أحمد@مثال.com'],
    ['an emoji e-mail', '😀🎉@example.com'],
    ['an e-mail with spaces and control characters', ' ann @exa\u0000mple.com '],
  ])('%s: a clear message, the e-mail kept as typed, at most one request', async (_name, mail) => {
    cases++;
    const { user, harness, container } = await renderWithAuth(<SignInForm mode="login" />, { profiles: [customer()] });
    harness.emulator.requestLog.clear();
    await fill(user, mail, GOOD_PASSWORD);
    await user.click(signIn());
    await harness.settle(); // every request and update done: no polling with a real-time limit
    expect(container.querySelector('[data-slot="sign-in-form"]')?.getAttribute('data-state')).not.toBe('pending');
    expect(container.textContent).toMatch(/valid e-mail|incorrect|invalid|Something went wrong/i);
    // An <input type="email"> itself trims surrounding white space (HTML value sanitization); nothing else may change.
    expect(email().value).toBe(mail.trim());
    expect(harness.emulator.requestLog.count({ path: LOGIN })).toBeLessThanOrEqual(1);
    expect(harness.client.getSnapshot().status).toBe('anonymous');
  });

  it('a 100 000-character password: one request, "incorrect" message, the e-mail kept, the password not echoed', async () => {
    cases++;
    const { user, harness, container } = await renderWithAuth(<SignInForm />, { profiles: [customer()] });
    harness.emulator.requestLog.clear();
    const huge = `Aa1!${'x'.repeat(100_000)}`;
    await fill(user, 'ann@example.com', huge);
    await user.click(signIn());
    await harness.settle();
    expect(container.querySelector('[role="alert"]')?.textContent ?? container.textContent).toMatch(/incorrect|invalid|Something/i);
    expect(email().value).toBe('ann@example.com');
    expect(harness.emulator.requestLog.count({ path: LOGIN })).toBe(1);
    expect(container.innerHTML).not.toContain('x'.repeat(50));
  });

  it('double click, Enter mashing and clicks while the reply is held send exactly one sign-in', async () => {
    cases++;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transformFetch = (fetch: Fetch): Fetch => async (request) => {
      if (LOGIN.test(new URL(request.url).pathname)) await held;
      return fetch(request);
    };
    const onSignedIn = vi.fn();
    const { user, harness } = await renderWithAuth(<SignInForm onSignedIn={onSignedIn} />, { profiles: [customer()], transformFetch });
    harness.emulator.requestLog.clear();
    await fill(user, 'ann@example.com', GOOD_PASSWORD);
    await user.dblClick(signIn());
    await user.keyboard('{Enter}{Enter}{Enter}');
    await user.click(signIn());
    release();
    await harness.settle();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(harness.emulator.requestLog.count({ path: LOGIN })).toBe(1);
    expect(harness.client.getSnapshot().status).toBe('authenticated');
  });

  it('submit while offline: "cannot connect", nothing lost but the request; back online it works', async () => {
    cases++;
    let offline = false;
    const transformFetch = (fetch: Fetch): Fetch => async (request) => {
      if (offline) throw new TypeError('Failed to fetch');
      return fetch(request);
    };
    const onSignedIn = vi.fn();
    const { user, harness } = await renderWithAuth(<SignInForm onSignedIn={onSignedIn} />, { profiles: [customer()], transformFetch });
    harness.emulator.requestLog.clear();
    await fill(user, 'ann@example.com', GOOD_PASSWORD);
    offline = true;
    await user.click(signIn());
    await harness.settle();
    expect(screen.getByText(/Cannot connect/)).toBeTruthy();
    expect(email().value).toBe('ann@example.com');
    expect(harness.emulator.requestLog.count()).toBe(0);
    offline = false;
    if (password().value === '') await user.type(password(), GOOD_PASSWORD);
    await user.click(signIn());
    await harness.settle();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(harness.emulator.requestLog.count({ path: LOGIN })).toBe(1);
  });

  it('429 and a ban read "try again in N"', async () => {
    cases++;
    const { user, harness } = await renderWithAuth(<SignInForm mode="login" />, { profiles: [customer()] });
    harness.emulator.faults.inject('rate-limit', { path: '/sauth/v3/auth/login/client', retryAfterSeconds: 42 });
    await fill(user, 'ann@example.com', GOOD_PASSWORD);
    await user.click(signIn());
    await harness.settle();
    expect(screen.getByText('Too many attempts. Try again in 42 seconds.')).toBeTruthy();
    expect(email().value).toBe('ann@example.com');
    for (let i = 0; i < 5; i++) await harness.client.signIn({ email: 'ann@example.com', password: 'Wrong-1!' }).catch(() => undefined);
    await user.click(password());
    await user.paste(GOOD_PASSWORD);
    await user.click(signIn());
    await harness.settle();
    expect(screen.getByText(/locked[^]*5 minutes|5 minutes[^]*locked/i)).toBeTruthy();
  });

  it.each([
    ['letters only', 'abcdef', false],
    ['spaces and letters around the digits', ' PIN: 12 34 56 ', true],
  ])('a pasted PIN with %s', async (_name, pasted, accepted) => {
    cases++;
    const harness = createHarness({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 6 } });
    await harness.client.start();
    await harness.client.register({ email: 'pin@example.com', password: GOOD_PASSWORD });
    const pin = harness.emulator.outbox.latest('pin@example.com', 'PIN')?.pin ?? '';
    const text = pasted.replace('12 34 56', `${pin.slice(0, 2)} ${pin.slice(2, 4)} ${pin.slice(4)}`);
    const onConfirmed = vi.fn();
    const { user } = await renderWithAuth(<PinConfirmation email="pin@example.com" onConfirmed={onConfirmed} />, { harness });
    harness.emulator.requestLog.clear();
    const field = screen.getByLabelText('Verification code') as HTMLInputElement;
    await user.click(field);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    if (accepted) {
      await harness.settle();
      expect(onConfirmed).toHaveBeenCalledTimes(1);
      expect(harness.emulator.requestLog.count({ path: /by-pin-code\/confirmation/ })).toBe(1);
    } else {
      await harness.settle();
      expect(screen.getByText('Enter the 6-digit code.')).toBeTruthy();
      expect(harness.emulator.requestLog.count({ path: /by-pin-code\/confirmation/ })).toBe(0);
      expect(onConfirmed).not.toHaveBeenCalled();
    }
  });

  it('reports its figures', () => {
    expect(cases).toBe(10);
    report({ property: 'ui-input-abuse', runs: cases, steps: cases, simulatedHours: 0, faults: 2, failures: 0 });
  });
});
