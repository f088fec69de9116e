import { describe, expect, it, vi } from 'vitest';
import { AccountMenu } from './AccountMenu';
import { expectAccessible } from '../testing/axe';
import { SLOW, renderSignedIn, renderWithAuth, screen, waitFor } from '../testing/harness';

describe('AccountMenu', SLOW, () => {
  it('offers sign-in to visitors', async () => {
    const onSignInRequested = vi.fn();
    const { user } = await renderWithAuth(<AccountMenu onSignInRequested={onSignInRequested} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(onSignInRequested).toHaveBeenCalledTimes(1);
  });

  it('opens with the keyboard, greets the customer, closes on Escape and signs out', async () => {
    const onChangePassword = vi.fn();
    const { user, harness, container } = await renderSignedIn(<AccountMenu onChangePassword={onChangePassword} />);
    const trigger = await screen.findByRole('button', { name: 'Account' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('Hi, Ann!')).toBeTruthy();
    expect(screen.getByText('Signed in as ann@example.com')).toBeTruthy();
    await expectAccessible(container);
    await user.keyboard('{Tab}{Escape}');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onChangePassword).toHaveBeenCalledTimes(1);
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(harness.client.getSnapshot().status).toBe('anonymous'));
    expect(screen.queryByRole('button', { name: 'Account' })).toBeNull();
  });
});
