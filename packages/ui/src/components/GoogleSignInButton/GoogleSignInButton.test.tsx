import { describe, expect, it, vi } from 'vitest';
import { GoogleSignInButton } from './GoogleSignInButton';
import { expectAccessible } from '../testing/axe';
import { SLOW, createHarness, customer, renderWithAuth, screen, waitFor } from '../testing/harness';
import { render } from '@testing-library/react';

describe('GoogleSignInButton', SLOW, () => {
  it('signs a known customer in with a Google ID token (conditional first)', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness({ profiles: [customer()] });
    const mint = () => harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'ann@example.com' });
    const { user } = await renderWithAuth(<GoogleSignInButton getIdentityToken={mint} onSignedIn={onSignedIn} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.client.getSnapshot().status).toBe('authenticated');
    expect(harness.emulator.requestLog.count({ path: /conditional/ })).toBe(1);
  });

  it('offers to create the account on REGISTRATION_REQUIRED, and creates it', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness();
    const mint = () => harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'new@example.com', firstName: 'Nina' });
    const { user, container } = await renderWithAuth(<GoogleSignInButton getIdentityToken={mint} onSignedIn={onSignedIn} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByText('Create an account with Google?')).toBeTruthy();
    // The offer takes focus (the click must not look like it did nothing) and is announced.
    const offer = screen.getByRole('group', { name: 'Create an account with Google?' });
    await waitFor(() => expect(document.activeElement).toBe(offer));
    expect(container.querySelector('[data-slot="social-announcement"]')?.textContent).toContain('Create an account with Google?');
    expect(container.querySelector('[data-slot="provider-mark"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(harness.emulator.getProfile('new@example.com')).toBeUndefined();
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.emulator.getProfile('new@example.com')).toBeDefined();
  });

  it('goes back to idle on "Not now"', async () => {
    const harness = createHarness();
    const mint = () => harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'new@example.com' });
    const { user, container } = await renderWithAuth(<GoogleSignInButton getIdentityToken={mint} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(container.querySelector('[data-slot="social"]')?.getAttribute('data-state')).toBe('idle');
    // "Not now" disappears with the offer: focus goes back to the provider button, not <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Continue with Google' })));
    expect(harness.emulator.getProfile('new@example.com')).toBeUndefined();
  });

  it('explains a rejected identity token and a failed provider popup', async () => {
    const harness = createHarness({ profiles: [customer()] });
    const tampered = async () => harness.emulator.identity.tamper(await harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'ann@example.com' }));
    const { user, unmount } = await renderWithAuth(<GoogleSignInButton getIdentityToken={tampered} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByText('Signing in with this provider did not work. Try again or use another method.')).toBeTruthy();
    unmount();
    render(harness.wrap(<GoogleSignInButton getIdentityToken={() => Promise.reject(new Error('popup closed'))} />));
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByText('Signing in with Google did not work. Try again or use another method.')).toBeTruthy();
  });

  it("renders Google's own button through @react-oauth/google without an injected token", async () => {
    await renderWithAuth(<GoogleSignInButton clientId="emulator-google-client.apps.googleusercontent.com" />);
    await waitFor(() => expect(document.querySelector('script[src*="accounts.google.com/gsi/client"]')).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'Continue with Google' })).toBeNull();
  });
});
