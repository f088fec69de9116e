import { describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm } from './ChangePasswordForm';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, renderSignedIn, screen, waitFor } from '../testing/harness';

const fill = async (user: Awaited<ReturnType<typeof renderSignedIn>>['user'], current: string, next: string) => {
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('Repeat new password'), next);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
};

describe('ChangePasswordForm', SLOW, () => {
  it('changes the password', async () => {
    const onChanged = vi.fn();
    const { user, container } = await renderSignedIn(<ChangePasswordForm onChanged={onChanged} />);
    expect(screen.getByLabelText('Current password').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByLabelText('New password').getAttribute('autocomplete')).toBe('new-password');
    await fill(user, GOOD_PASSWORD, 'Brand#New1');
    expect(await screen.findByText('Your password has been changed.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('');
    await expectAccessible(container);
  });

  it('puts a wrong current password on its field and clears only it: the new password stays', async () => {
    const { user, container } = await renderSignedIn(<ChangePasswordForm />);
    await fill(user, 'Wrong#123', 'Brand#New1');
    expect(await screen.findByText('Your current password is incorrect.')).toBeTruthy();
    const current = screen.getByLabelText('Current password') as HTMLInputElement;
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(current.value).toBe('');
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('Brand#New1');
    expect((screen.getByLabelText('Repeat new password') as HTMLInputElement).value).toBe('Brand#New1');
    await waitFor(() => expect(document.activeElement).toBe(current));
    await expectAccessible(container);
  });
});
