import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PinConfirmation } from './PinConfirmation';
import { GOOD_PASSWORD, SLOW, createHarness, screen, waitFor } from '../testing/harness';

// Found by the reliability suite (input abuse): a pasted code confirms by itself; a click on
// "Confirm" right after sent the used code a second time (and showed "incorrect" after success).
describe('PinConfirmation after success', SLOW, () => {
  it('sends the code once: submitting again after the confirmation does nothing', async () => {
    const harness = createHarness({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 6 } });
    await harness.client.start();
    await harness.client.register({ email: 'pin@example.com', password: GOOD_PASSWORD });
    const pin = harness.emulator.outbox.latest('pin@example.com', 'PIN')?.pin ?? '';
    const onConfirmed = vi.fn();
    const user = userEvent.setup();
    const { container } = render(harness.wrap(<PinConfirmation email="pin@example.com" onConfirmed={onConfirmed} />));
    await user.click(screen.getByLabelText('Verification code'));
    await user.paste(pin);
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1));
    await harness.settle();
    const confirmations = () => harness.emulator.requestLog.count({ path: /by-pin-code\/confirmation/ });
    expect(confirmations()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await user.keyboard('{Enter}');
    // Deterministic: a resubmission would have started its request by now, and settle() waits
    // for every request in flight (the harness fetch is tracked by the manual clock).
    await harness.settle();
    expect(confirmations()).toBe(1);
    expect(onConfirmed).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-slot="pin-confirmation"]')?.getAttribute('data-state')).toBe('confirmed');
  });
});
