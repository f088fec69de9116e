import { describe, expect, it, vi } from 'vitest';
import { AccountMenu } from './AccountMenu';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, renderSignedIn, renderWithAuth, screen, waitFor } from '../testing/harness';

describe('AccountMenu', SLOW, () => {
  it('offers sign-in to visitors', async () => {
    const onSignInRequested = vi.fn();
    const { user } = await renderWithAuth(<AccountMenu onSignInRequested={onSignInRequested} />);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(onSignInRequested).toHaveBeenCalledTimes(1);
  });

  it('opens with the keyboard, greets the customer, closes on Escape and signs out', async () => {
    const onChangePassword = vi.fn();
    const { user, harness, container } = await renderSignedIn(<AccountMenu onChangePassword={onChangePassword} showSignOutEverywhere />);
    const trigger = await screen.findByRole('button', { name: 'Ann, account menu' });
    await waitFor(() => expect(trigger.textContent).toContain('AS'));
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('Hi, Ann!')).toBeTruthy();
    expect(screen.getByText('Signed in as ann@example.com')).toBeTruthy();
    // "Sign out on all devices" sits in its own (destructive) group.
    const danger = container.querySelector('[data-slot="account-danger-actions"]');
    expect(danger?.textContent).toBe('Sign out on all devices');
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
    expect(screen.queryByRole('button', { name: 'Ann, account menu' })).toBeNull();
  });

  it('after sign-out focus lands on "Sign in" (not <body>) and the change is announced', async () => {
    const { user } = await renderSignedIn(<AccountMenu onSignInRequested={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Ann, account menu' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const signIn = await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(document.activeElement).toBe(signIn));
    expect(screen.getByRole('status').textContent).toBe('You have been signed out.');
  });

  it('after a sign-in elsewhere focus that would drop to <body> lands on the account trigger', async () => {
    const { harness } = await renderWithAuth(<AccountMenu onSignInRequested={() => undefined} />, { profiles: [{ email: 'ann@example.com', password: GOOD_PASSWORD, firstName: 'Ann' }] });
    // Focus sits in a "dialog" that goes away after the sign-in (like a modal closing).
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await harness.client.signIn({ email: 'ann@example.com', password: GOOD_PASSWORD });
    const trigger = await screen.findByRole('button', { name: /account menu/ });
    expect(document.activeElement).toBe(field);
    field.blur();
    field.remove();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(screen.getByRole('status').textContent).toBe('Signed in as ann@example.com');
  });
});
