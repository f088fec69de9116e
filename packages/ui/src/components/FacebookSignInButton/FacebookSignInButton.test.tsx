import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacebookSignInButton } from './FacebookSignInButton';
import { FACEBOOK_SDK_SRC } from './facebookSdk';
import { SLOW, createHarness, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

afterEach(() => {
  delete window.FB;
  document.getElementById('facebook-jssdk')?.remove();
});

describe('FacebookSignInButton', SLOW, () => {
  it('loads the Facebook SDK only when needed and signs in with its access token', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness({ profiles: [customer()] });
    const { user } = await renderWithAuth(<FacebookSignInButton appId="100000000000001" onSignedIn={onSignedIn} />, { harness });
    expect(document.getElementById('facebook-jssdk')).toBeNull();
    const token = await harness.emulator.identity.mint({ provider: 'FACEBOOK', email: 'ann@example.com' });
    const init = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Continue with Facebook' }));
    const script = document.getElementById('facebook-jssdk') as HTMLScriptElement;
    expect(script.src).toBe(FACEBOOK_SDK_SRC);
    // What the real SDK does once its script has loaded.
    window.FB = { init, login: (callback) => callback({ authResponse: { accessToken: token }, status: 'connected' }) };
    script.dispatchEvent(new Event('load'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(init).toHaveBeenCalledWith(expect.objectContaining({ appId: '100000000000001' }));
  });

  it('treats a cancelled Facebook login as a failed attempt', async () => {
    window.FB = { init: () => undefined, login: (callback) => callback({ authResponse: null, status: 'unknown' }) };
    const { user } = await renderWithAuth(<FacebookSignInButton appId="100000000000002" />);
    await user.click(screen.getByRole('button', { name: 'Continue with Facebook' }));
    expect(await screen.findByText('Signing in with Facebook did not work. Try again or use another method.')).toBeTruthy();
  });

  it('creates the account with an injected token', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness();
    const mint = () => harness.emulator.identity.mint({ provider: 'FACEBOOK', email: 'fb@example.com' });
    const { user } = await renderWithAuth(<FacebookSignInButton getIdentityToken={mint} onSignedIn={onSignedIn} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Facebook' }));
    await user.click(await screen.findByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(document.getElementById('facebook-jssdk')).toBeNull();
  });
});
