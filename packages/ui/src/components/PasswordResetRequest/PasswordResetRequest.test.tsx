import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PasswordResetRequest } from './PasswordResetRequest';
import { PasswordResetConfirm } from '../PasswordResetConfirm/PasswordResetConfirm';
import { expectAccessible } from '../testing/axe';
import { SLOW, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

describe('PasswordResetRequest', SLOW, () => {
  it('resets a password with the keyboard only, from the e-mail to a new sign-in', async () => {
    const onSent = vi.fn();
    const { user, harness, container, unmount } = await renderWithAuth(<PasswordResetRequest onSent={onSent} onBackToSignIn={() => undefined} />, { profiles: [customer()] });
    expect(screen.getByLabelText('E-mail').getAttribute('autocomplete')).toBe('email');
    await expectAccessible(container);
    await user.tab();
    await user.keyboard('ann@example.com{Enter}');
    expect(await screen.findByText(/If an account exists for ann@example.com/)).toBeTruthy();
    expect(onSent).toHaveBeenCalledWith('ann@example.com');
    await expectAccessible(container);
    const token = harness.emulator.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token ?? '';
    expect(token).not.toBe('');
    unmount();

    const onReset = vi.fn();
    const view = render(harness.wrap(<PasswordResetConfirm token={token} onReset={onReset} />));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('New password'));
    await user.keyboard('Brand#New1');
    await user.tab(); // show/hide toggle
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Repeat new password'));
    await user.keyboard('Brand#New1{Enter}');
    expect(await screen.findByText('Your password has been changed. You can sign in now.')).toBeTruthy();
    expect(onReset).toHaveBeenCalledTimes(1);
    await expectAccessible(view.container);
    await harness.client.signIn({ email: 'ann@example.com', password: 'Brand#New1' });
    expect(harness.client.getSnapshot().status).toBe('authenticated');
  });

  it('asks for a valid e-mail first', async () => {
    const { user, harness } = await renderWithAuth(<PasswordResetRequest />);
    harness.emulator.requestLog.clear();
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('E-mail')));
    expect(harness.emulator.requestLog.count({ path: /password-reset/ })).toBe(0);
  });
});
