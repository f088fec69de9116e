import { describe, expect, it, vi } from 'vitest';
import { AppleSignInButton } from './AppleSignInButton';
import { expectAccessible } from '../testing/axe';
import { SLOW, createHarness, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

describe('AppleSignInButton', SLOW, () => {
  it('asks for missing terms and retries with them accepted', async () => {
    const onSignedIn = vi.fn();
    const harness = createHarness({ profiles: [customer()], settings: { requiredAgreements: ['email'] } });
    const mint = () => harness.emulator.identity.mint({ provider: 'APPLE', email: 'ann@example.com' });
    const { user, container } = await renderWithAuth(<AppleSignInButton getIdentityToken={mint} onSignedIn={onSignedIn} />, { harness });
    await user.click(screen.getByRole('button', { name: 'Continue with Apple' }));
    const box = await screen.findByRole('checkbox', { name: 'E-mail marketing' });
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Accept and continue' }));
    expect(await screen.findByText('You need to accept this to continue.')).toBeTruthy();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Accept and continue' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.emulator.getProfile('ann@example.com')?.agreements).toMatchObject({ email: true });
  });

  it('loads Sign in with Apple JS on click when no token provider is injected', async () => {
    const { user } = await renderWithAuth(<AppleSignInButton clientId="com.example.shop.web" redirectURI="https://shop.example/apple" />);
    expect(document.getElementById('appleid-auth')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue with Apple' }));
    const script = document.getElementById('appleid-auth') as HTMLScriptElement;
    expect(script.src).toContain('appleid.auth.js');
    script.dispatchEvent(new Event('error'));
    expect(await screen.findByText('Signing in with Apple did not work. Try again or use another method.')).toBeTruthy();
  });
});
