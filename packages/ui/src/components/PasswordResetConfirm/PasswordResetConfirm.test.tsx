import { describe, expect, it, vi } from 'vitest';
import { PasswordResetConfirm } from './PasswordResetConfirm';
import { expectAccessible } from '../testing/axe';
import { SLOW, renderWithAuth, screen } from '../testing/harness';

describe('PasswordResetConfirm', SLOW, () => {
  it('checks the repeat and the policy before sending', async () => {
    const { user, harness } = await renderWithAuth(<PasswordResetConfirm token="t" />);
    harness.emulator.requestLog.clear();
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Repeat new password'), 'other');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByText('The password does not meet all the requirements.')).toBeTruthy();
    expect(screen.getByText('The passwords do not match.')).toBeTruthy();
    expect(harness.emulator.requestLog.count({ path: /password-reset/ })).toBe(0);
  });

  it('explains an invalid link, clears the secrets and offers a new one', async () => {
    const onRequestNewLink = vi.fn();
    const { user, container } = await renderWithAuth(<PasswordResetConfirm token="not-a-token" onRequestNewLink={onRequestNewLink} />);
    await user.type(screen.getByLabelText('New password'), 'Brand#New1');
    await user.type(screen.getByLabelText('Repeat new password'), 'Brand#New1');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByText('This link is invalid or has expired. Request a new one.')).toBeTruthy();
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('');
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(onRequestNewLink).toHaveBeenCalledTimes(1);
  });
});
