import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AuthFlow } from './AuthFlow';
import { GoogleSignInButton } from '../GoogleSignInButton/GoogleSignInButton';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, createHarness, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

const view = (container: HTMLElement) => container.querySelector('[data-slot="auth-flow"]')?.getAttribute('data-view');

describe('AuthFlow', SLOW, () => {
  it('goes sign-in → register → PIN → signed in, moving focus to each step', async () => {
    const onSignedIn = vi.fn();
    const onViewChange = vi.fn();
    const { user, harness, container } = await renderWithAuth(<AuthFlow onSignedIn={onSignedIn} onViewChange={onViewChange} />, {
      settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' },
    });
    await user.type(screen.getByLabelText('E-mail'), 'new@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('No account yet');
    await user.click(container.querySelector('[data-slot="register-action"]') as HTMLElement);
    await waitFor(() => expect(view(container)).toBe('register'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Create an account' }));
    expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('new@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(view(container)).toBe('pin'));
    await expectAccessible(container);
    expect(harness.emulator.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(1);
    await user.type(screen.getByLabelText('Verification code'), harness.emulator.outbox.latest('new@example.com', 'PIN')?.pin ?? '');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ method: 'pin', profile: { email: 'new@example.com' } });
    expect(view(container)).toBe('signedIn');
    expect(onViewChange.mock.calls.map((c) => c[0])).toEqual(['register', 'pin', 'signedIn']);
  });

  it('registering from the register view carries the typed e-mail to the PIN step, with the one PIN registration sent (StrictMode)', async () => {
    const onViewChange = vi.fn();
    const { user, harness, container } = await renderWithAuth(
      <StrictMode>
        <AuthFlow initialView="register" onViewChange={onViewChange} />
      </StrictMode>,
      { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } },
    );
    expect(onViewChange).not.toHaveBeenCalled();
    expect(document.activeElement).not.toBe(screen.getByRole('heading', { name: 'Create an account' }));
    await user.type(screen.getByLabelText('E-mail'), 'direct@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(view(container)).toBe('pin'));
    expect(screen.getByText(/We sent a 6-digit code to direct@example.com/)).toBeTruthy();
    expect(harness.emulator.outbox.all().filter((m) => m.kind === 'PIN')).toHaveLength(1);
    await user.type(screen.getByLabelText('Verification code'), harness.emulator.outbox.latest('direct@example.com', 'PIN')?.pin ?? '');
    await waitFor(() => expect(view(container)).toBe('signedIn'));
    expect(onViewChange.mock.calls.map((c) => c[0])).toEqual(['pin', 'signedIn']);
  });

  it('sends a not-yet-confirmed PIN account from sign-in to the PIN step', async () => {
    const harness = createHarness({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } });
    await harness.client.start();
    await harness.client.register({ email: 'pin@example.com', password: GOOD_PASSWORD });
    const { user, container } = await renderWithAuth(<AuthFlow />, { harness });
    await user.type(screen.getByLabelText('E-mail'), 'pin@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(view(container)).toBe('pin'));
    expect(screen.getByText(/We sent a 6-digit code to pin@example.com/)).toBeTruthy();
  });

  it('goes to password reset and back with the typed e-mail', async () => {
    const { user, container } = await renderWithAuth(<AuthFlow defaultEmail="ann@example.com" />, { profiles: [customer()] });
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await waitFor(() => expect(view(container)).toBe('resetRequest'));
    expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await waitFor(() => expect(view(container)).toBe('signIn'));
  });

  it('starts on a reset link and shows activation after registration where required', async () => {
    const { user, container, unmount } = await renderWithAuth(<AuthFlow initialView="resetConfirm" resetToken="bad" />);
    expect(view(container)).toBe('resetConfirm');
    unmount();
    const second = await renderWithAuth(<AuthFlow initialView="register" />, { settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    await user.type(screen.getByLabelText('E-mail'), 'act@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(view(second.container)).toBe('activation'));
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await waitFor(() => expect(view(second.container)).toBe('signIn'));
  });

  it('finishes when a social button signs the customer in', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness({ profiles: [customer()] });
    const mint = () => harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'ann@example.com' });
    const { user, container } = await renderWithAuth(<AuthFlow onSignedIn={onSignedIn} social={(done) => <GoogleSignInButton getIdentityToken={mint} onSignedIn={done} />} />, { harness });
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(view(container)).toBe('signedIn'));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('with autoFocus opens on the e-mail field once the sign-in step shows (StrictMode); without it focus stays put', async () => {
    const first = await renderWithAuth(
      <StrictMode>
        <AuthFlow autoFocus />
      </StrictMode>,
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('E-mail')));
    first.unmount();
    await renderWithAuth(<AuthFlow />);
    await screen.findByLabelText('E-mail');
    expect(document.activeElement).toBe(document.body);
  });

  it('the social "create an account?" offer is a focused group; "Not now" returns focus to the provider button', async () => {
    const harness = createHarness();
    const mint = () => harness.emulator.identity.mint({ provider: 'GOOGLE', email: 'sam@gmail.example' });
    const { user, container } = await renderWithAuth(<AuthFlow social={(done) => <GoogleSignInButton getIdentityToken={mint} onSignedIn={done} />} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));
    const offer = await screen.findByRole('group', { name: 'Create an account with Google?' });
    await waitFor(() => expect(document.activeElement).toBe(offer));
    expect(offer.getAttribute('data-slot')).toBe('social-create');
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Continue with Google' })));
    expect(view(container)).toBe('signIn');
  });
});
