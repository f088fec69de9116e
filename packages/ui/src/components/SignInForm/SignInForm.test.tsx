import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from './SignInForm';
import { expectAccessible } from '../testing/axe';
import { SLOW, customer, GOOD_PASSWORD, renderWithAuth, rewriteReply, rewriteRequestBody, screen, waitFor } from '../testing/harness';

const email = () => screen.getByLabelText('E-mail') as HTMLInputElement;
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
const root = (c: HTMLElement) => c.querySelector('[data-slot="sign-in-form"]') as HTMLElement;

async function fillAndSubmit(user: Awaited<ReturnType<typeof renderWithAuth>>['user'], mail: string, pass: string) {
  await user.clear(email());
  await user.type(email(), mail);
  await user.type(password(), pass);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', SLOW, () => {
  it('signs in with the keyboard only and reports it', async () => {
    const onSignedIn = vi.fn();
    const { user, harness, container } = await renderWithAuth(<SignInForm onSignedIn={onSignedIn} />, { profiles: [customer()] });
    expect(email()).toHaveProperty('autocomplete', 'username');
    expect(password()).toHaveProperty('autocomplete', 'current-password');
    await expectAccessible(container);
    await user.tab();
    expect(document.activeElement).toBe(email());
    await user.keyboard('ann@example.com');
    await user.tab();
    await user.keyboard(GOOD_PASSWORD);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.client.getSnapshot().status).toBe('authenticated');
    expect(root(container).dataset.state).toBe('success');
  });

  it('validates before calling the server and focuses the first invalid field', async () => {
    const { user, harness, container } = await renderWithAuth(<SignInForm />);
    harness.emulator.requestLog.clear();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('This field is required.', { selector: '#' + email().id + '-error' })).toBeTruthy();
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email());
    await user.type(email(), 'not-an-email');
    expect(await screen.findByText(/Enter a valid e-mail address/)).toBeTruthy();
    expect(harness.emulator.requestLog.count({ path: /login/ })).toBe(0);
    await expectAccessible(container);
  });

  it('shows wrong credentials, keeps the e-mail and clears the password', async () => {
    const { user, container } = await renderWithAuth(<SignInForm defaultEmail="ann@example.com" />, { profiles: [customer()] });
    await user.type(password(), 'Wrong#123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // The alert region exists before the reply (a live region): wait for its text, not for the region.
    expect((await screen.findByText('The e-mail or password is incorrect.')).closest('[role="alert"]')).toBeTruthy();
    expect(email().value).toBe('ann@example.com');
    expect(password().value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(password()));
    expect(root(container).dataset.state).toBe('error');
    await expectAccessible(container);
  });

  it('shows a locked account with the minutes left', async () => {
    const { user } = await renderWithAuth(<SignInForm />, {
      profiles: [customer()],
      settings: { bans: { firstThreshold: 2, firstMinutes: 5, secondThreshold: 10, secondMinutes: 30, permanentThreshold: 20 } },
    });
    await fillAndSubmit(user, 'ann@example.com', 'Wrong#1');
    await screen.findByText('The e-mail or password is incorrect.');
    await user.type(password(), 'Wrong#2');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Try again in 5 minutes\./)).toBeTruthy();
  });

  it('offers to resend the activation e-mail when the account is not active', async () => {
    const { user, harness, container } = await renderWithAuth(<SignInForm />, { profiles: [customer({ activated: false })] });
    await fillAndSubmit(user, 'ann@example.com', GOOD_PASSWORD);
    expect(await screen.findByText('Your account is not active yet')).toBeTruthy();
    expect(root(container).dataset.state).toBe('activationRequired');
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Resend activation e-mail' }));
    expect(await screen.findByText('We sent the activation e-mail again.')).toBeTruthy();
    expect(harness.emulator.outbox.latest('ann@example.com', 'ACTIVATION')).toBeDefined();
  });

  it('offers registration for an unknown e-mail', async () => {
    const onRegisterRequested = vi.fn();
    const { user, container } = await renderWithAuth(<SignInForm onRegisterRequested={onRegisterRequested} />);
    await fillAndSubmit(user, 'new@example.com', GOOD_PASSWORD);
    expect(await screen.findByText('No account yet')).toBeTruthy();
    await expectAccessible(container);
    await user.click(container.querySelector('[data-slot="register-action"]') as HTMLElement);
    expect(onRegisterRequested).toHaveBeenCalledWith('new@example.com');
  });

  it('renders missing terms as checkboxes and retries with them accepted', async () => {
    const onSignedIn = vi.fn();
    const { user, harness, container } = await renderWithAuth(<SignInForm onSignedIn={onSignedIn} />, {
      profiles: [customer()],
      settings: { requiredAgreements: ['email', 'sms'] },
    });
    await fillAndSubmit(user, 'ann@example.com', GOOD_PASSWORD);
    expect(await screen.findByText('Accept the terms to continue')).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'E-mail marketing' });
    expect(screen.getByRole('checkbox', { name: 'Text messages (SMS)' })).toBeTruthy();
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Accept and continue' }));
    expect(await screen.findAllByText('You need to accept this to continue.')).toHaveLength(2);
    expect(document.activeElement).toBe(box);
    await user.click(box);
    await user.click(screen.getByRole('checkbox', { name: 'Text messages (SMS)' }));
    await user.click(screen.getByRole('button', { name: 'Accept and continue' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(harness.emulator.getProfile('ann@example.com')?.agreements).toMatchObject({ email: true, sms: true });
  });

  it.each([
    [{ mfaRequired: true }, 'Additional verification required', 'mfaRequired'],
    [{ approvalRequired: true }, 'Your account is awaiting approval', 'approvalRequired'],
  ] as const)('explains %o', async (flags, title, state) => {
    const { user, container } = await renderWithAuth(<SignInForm />, { profiles: [customer(flags)] });
    await fillAndSubmit(user, 'ann@example.com', GOOD_PASSWORD);
    expect(await screen.findByText(title)).toBeTruthy();
    expect(root(container).dataset.state).toBe(state);
    await expectAccessible(container);
  });

  it('surfaces an unknown server status without crashing', async () => {
    const { user } = await renderWithAuth(<SignInForm />, {
      profiles: [customer()],
      transformFetch: rewriteReply('/conditional', (body) => (body.status = 'BRAND_NEW_STATUS')),
    });
    await fillAndSubmit(user, 'ann@example.com', GOOD_PASSWORD);
    expect(await screen.findByText(/\(BRAND_NEW_STATUS\)/)).toBeTruthy();
  });

  it('explains device control refusals', async () => {
    const { user } = await renderWithAuth(<SignInForm />, {
      profiles: [customer()],
      settings: { deviceControlMode: 'HARD' },
      transformFetch: rewriteRequestBody('/conditional', (body) => delete body.deviceId),
    });
    await fillAndSubmit(user, 'ann@example.com', GOOD_PASSWORD);
    expect(await screen.findByText('This device could not be recognised. Reload the page and try again.')).toBeTruthy();
    expect(password().value).toBe('');
  });

  it('uses the plain login in `login` mode and never submits twice', async () => {
    const onSignedIn = vi.fn();
    const { user, harness } = await renderWithAuth(<SignInForm mode="login" onSignedIn={onSignedIn} />, { profiles: [customer()] });
    await user.type(email(), 'ann@example.com');
    await user.type(password(), GOOD_PASSWORD);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await user.dblClick(button);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.emulator.requestLog.count({ path: /\/login\/client$/ })).toBe(1);
  });

  it('links to password reset and registration with the typed e-mail, in Polish too', async () => {
    const onForgotPassword = vi.fn();
    const { user } = await renderWithAuth(<SignInForm onForgotPassword={onForgotPassword} onRegisterRequested={() => undefined} />, { locale: 'pl' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe('Sign in');
    await user.type(screen.getByRole('textbox'), 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Nie pamiętasz hasła?' }));
    expect(onForgotPassword).toHaveBeenCalledWith('ann@example.com');
  });

  it('puts "Forgot your password?" by the password label; Tab goes e-mail → password → link', async () => {
    const { user, container } = await renderWithAuth(<SignInForm onForgotPassword={() => undefined} onRegisterRequested={() => undefined} />);
    const forgot = screen.getByRole('button', { name: 'Forgot your password?' });
    const passwordField = screen.getByLabelText('Password').closest('[data-slot="field"]');
    expect(passwordField?.contains(forgot)).toBe(true);
    expect(container.querySelector('[data-slot="sign-in-links"]')?.contains(forgot)).toBe(false);
    await user.click(screen.getByLabelText('E-mail'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });
});
