import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PinConfirmation } from './PinConfirmation';
import { expectAccessible } from '../testing/axe';
import userEvent from '@testing-library/user-event';
import { GOOD_PASSWORD, SLOW, createHarness, screen, waitFor } from '../testing/harness';

const EMAIL = 'pin@example.com';
const PIN_SETTINGS = { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 6, pinConfirmationValidInSeconds: 300, pinResendCooldownSeconds: 60 } as const;
const code = () => screen.getByLabelText('Verification code') as HTMLInputElement;

/** Registers on a PIN workspace (the PIN is e-mailed), then renders the confirmation. */
async function setup(onConfirmed = vi.fn(), settings: Record<string, unknown> = {}) {
  const harness = createHarness({ settings: { ...PIN_SETTINGS, ...settings } });
  await harness.client.start();
  await harness.client.register({ email: EMAIL, password: GOOD_PASSWORD });
  const user = userEvent.setup();
  const rendered = render(harness.wrap(<PinConfirmation email={EMAIL} onConfirmed={onConfirmed} />));
  const sent = () => harness.emulator.outbox.latest(EMAIL, 'PIN')?.pin ?? '';
  return { ...rendered, harness, user, sent };
}

describe('PinConfirmation', SLOW, () => {
  it('confirms a pasted code and signs the customer in', async () => {
    const onConfirmed = vi.fn();
    const { user, harness, sent, container } = await setup(onConfirmed);
    expect(code().getAttribute('autocomplete')).toBe('one-time-code');
    expect(code().getAttribute('inputmode')).toBe('numeric');
    expect(code().maxLength).toBe(6);
    expect(await screen.findByText('The code expires in 5:00.')).toBeTruthy();
    // One expiry message: the hint no longer says it again.
    expect(container.textContent?.match(/expire|valid for/gi)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Resend in 60s' })).toHaveProperty('disabled', true);
    await expectAccessible(container);
    await user.click(code());
    await user.paste(`Code: ${sent().slice(0, 3)} ${sent().slice(3)}`);
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1));
    expect(harness.client.getSnapshot().status).toBe('authenticated');
  });

  it('uses the workspace PIN length and validates it', async () => {
    const { user } = await setup(vi.fn(), { pinConfirmationLength: 4 });
    await waitFor(() => expect(code().maxLength).toBe(4));
    await user.type(code(), '12');
    // Four empty digit boxes; the typed digits live only in the field's value.
    const boxes = Array.from(document.querySelectorAll('[data-slot="otp-boxes"] .sa-otp-box'));
    expect(boxes.map((b) => b.textContent)).toEqual(['', '', '', '']);
    expect(boxes.findIndex((b) => b.hasAttribute('data-active'))).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Enter the 4-digit code.')).toBeTruthy();
  });

  it('shows a wrong PIN on the field and clears it', async () => {
    const { user, sent, container } = await setup();
    const wrong = sent() === '000000' ? '111111' : '000000';
    await user.type(code(), wrong);
    expect(await screen.findByText('The code is incorrect. Check it and try again.')).toBeTruthy();
    expect(code().getAttribute('aria-invalid')).toBe('true');
    expect(code().value).toBe('');
    // The field is focused again with the first box marked, ready for the next attempt.
    expect(document.activeElement).toBe(code());
    expect(container.querySelector('.sa-otp-box[data-active]')).toBe(container.querySelector('.sa-otp-box'));
    expect(container.textContent).not.toContain(wrong);
    await expectAccessible(container);
  });

  it('counts down to expiry, then a resend sends a fresh code', async () => {
    const { user, harness, sent } = await setup();
    const first = sent();
    await screen.findByText('The code expires in 5:00.');
    await act(() => harness.clock.advance(61_000));
    expect(await screen.findByText('The code expires in 3:59.')).toBeTruthy();
    await act(() => harness.clock.advance(240_000));
    expect(await screen.findByText('The code has expired. Request a new one.')).toBeTruthy();
    await user.type(code(), first);
    expect(await screen.findByText('The code has expired. Request a new one.', { selector: '[data-slot="error"]' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await screen.findByText('We sent you a new code.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Resend in 60s' })).toBeTruthy();
    expect(harness.emulator.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(2);
  });

  it('keeps the resend cooldown across a reload', async () => {
    const { harness, unmount } = await setup();
    await act(() => harness.clock.advance(20_000));
    unmount();
    harness.reload();
    render(harness.wrap(<PinConfirmation email={EMAIL} />));
    expect(await screen.findByRole('button', { name: 'Resend in 40s' })).toHaveProperty('disabled', true);
  });
});
