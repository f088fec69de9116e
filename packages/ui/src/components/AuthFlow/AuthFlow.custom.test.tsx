import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AuthFlow, type AuthFlowProps } from './AuthFlow';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, customer, renderWithAuth, screen, waitFor } from '../testing/harness';

const view = (container: HTMLElement) => container.querySelector('[data-slot="auth-flow"]')?.getAttribute('data-view');

function Controlled() {
  const [current, setCurrent] = useState<NonNullable<AuthFlowProps['view']>>('signIn');
  return (
    <>
      <button type="button" onClick={() => setCurrent('register')}>shop: register</button>
      <button type="button" onClick={() => setCurrent('signIn')}>shop: sign in</button>
      <AuthFlow view={current} onViewChange={(next) => (next === 'signIn' || next === 'register') && setCurrent(next)} />
    </>
  );
}

describe('AuthFlow customization', SLOW, () => {
  it('follows a controlled view and reports its own moves through onViewChange', async () => {
    const { user, container } = await renderWithAuth(<Controlled />);
    await waitFor(() => expect(view(container)).toBe('signIn'));
    await user.click(screen.getByRole('button', { name: 'shop: register' }));
    await waitFor(() => expect(view(container)).toBe('register'));
    await user.click(screen.getByRole('button', { name: 'shop: sign in' }));
    await waitFor(() => expect(view(container)).toBe('signIn'));
    await user.click(container.querySelector('[data-slot="create-account"]') as HTMLElement);
    await waitFor(() => expect(view(container)).toBe('register'));
  });

  it('hideRegistration: no register link; REGISTRATION_REQUIRED shows a message without an offer', async () => {
    const onError = vi.fn();
    const { user, container } = await renderWithAuth(<AuthFlow hideRegistration onError={onError} />);
    await waitFor(() => expect(view(container)).toBe('signIn'));
    expect(container.querySelector('[data-slot="create-account"]')).toBeNull();
    await user.type(screen.getByLabelText('E-mail'), 'nobody@example.com');
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('No account yet');
    expect(container.querySelector('[data-slot="register-action"]')).toBeNull();
    expect(screen.queryByRole('button', { name: /create an account/i })).toBeNull();
    await expectAccessible(container);
  });

  it('onSignedIn receives the profile and the method; onError receives the AuthError', async () => {
    const onSignedIn = vi.fn();
    const onError = vi.fn();
    const { user } = await renderWithAuth(<AuthFlow defaultEmail="ann@example.com" onSignedIn={onSignedIn} onError={onError} />, { profiles: [customer()] });
    await user.type(screen.getByLabelText('Password'), 'wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'AuthError' });
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ method: 'password', profile: { email: 'ann@example.com' } });
  });
});
