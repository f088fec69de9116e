import { describe, expect, it, vi } from 'vitest';
import { ActivationPending } from './ActivationPending';
import { expectAccessible } from '../testing/axe';
import { SLOW, customer, renderWithAuth, screen } from '../testing/harness';

describe('ActivationPending', SLOW, () => {
  it('resends the activation e-mail and goes back to sign-in', async () => {
    const onBack = vi.fn();
    const { user, harness, container } = await renderWithAuth(<ActivationPending email="ann@example.com" onBackToSignIn={onBack} />, {
      profiles: [customer({ activated: false })],
    });
    expect(screen.getByText(/We sent an activation link to ann@example.com/)).toBeTruthy();
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Resend activation e-mail' }));
    expect(await screen.findByText('We sent the activation e-mail again.')).toBeTruthy();
    expect(harness.emulator.outbox.latest('ann@example.com', 'ACTIVATION')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
