import { describe, expect, it, vi } from 'vitest';
import { RegisterForm } from './RegisterForm';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, customer, renderWithAuth, rewriteRequestBody, screen, waitFor } from '../testing/harness';

const email = () => screen.getByLabelText('E-mail') as HTMLInputElement;
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
const items = () => [...document.querySelectorAll('[data-slot="checklist-item"]')].map((li) => `${li.textContent}`);

describe('RegisterForm', SLOW, () => {
  it('shows a live password checklist from the workspace policy', async () => {
    const { user, container } = await renderWithAuth(<RegisterForm />, { settings: { passwordPolicy: { minLength: 8, maxLength: 64, requireAtLeastOneLowercase: true, requireAtLeastOneUppercase: true, requireAtLeastOneNumber: true, requireAtLeastOneNonAlphaNumeric: false } } });
    await waitFor(() => expect(password().maxLength).toBe(64));
    expect(password().minLength).toBe(8);
    expect(password().getAttribute('autocomplete')).toBe('new-password');
    expect(password().getAttribute('passwordrules')).toContain('minlength: 8');
    expect(email().getAttribute('autocomplete')).toBe('email');
    await user.type(password(), 'abc');
    expect(items()).toEqual(['✗At least 8 characters: not met', '✓A lowercase letter: met', '✗An uppercase letter: not met', '✗A digit: not met']);
    expect(screen.getByText('Requirements met: 1 of 4.')).toBeTruthy();
    await user.type(password(), 'DEF12345');
    expect(screen.getByText('All requirements met.')).toBeTruthy();
    await expectAccessible(container);
  });

  it('shows and hides the password', async () => {
    const { user } = await renderWithAuth(<RegisterForm />);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(password().type).toBe('text');
  });

  it('registers and signs in on an AUTOMATIC workspace', async () => {
    const onRegistered = vi.fn();
    const onSignedIn = vi.fn();
    const { user, harness, container } = await renderWithAuth(<RegisterForm onRegistered={onRegistered} onSignedIn={onSignedIn} />);
    await user.type(email(), 'new@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.type(screen.getByLabelText('First name (optional)'), 'Nina');
    await user.click(screen.getByRole('checkbox', { name: 'I want to receive news and offers by e-mail.' }));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith({ status: 'signedIn' }, { email: expect.any(String) as string }));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Your account has been created.')).toBeTruthy();
    expect(harness.emulator.getProfile('new@example.com')).toMatchObject({ firstName: 'Nina', agreements: { email: true, sms: false } });
    await expectAccessible(container);
  });

  it('puts a duplicate e-mail on the e-mail field and clears the password', async () => {
    const { user, container } = await renderWithAuth(<RegisterForm />, { profiles: [customer()] });
    await user.type(email(), 'ann@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('An account with this e-mail already exists. Sign in instead.')).toBeTruthy();
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(email().value).toBe('ann@example.com');
    expect(password().value).toBe('');
    await expectAccessible(container);
  });

  it('puts server policy errors on the password field', async () => {
    const { user } = await renderWithAuth(<RegisterForm />, {
      transformFetch: rewriteRequestBody('/clients/registered', (body) => (body.password = 'weak')),
    });
    await user.type(email(), 'new@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('The password does not meet all the requirements.')).toBeTruthy();
    expect(password().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(password()));
  });

  it('requires the workspace agreements', async () => {
    const { user, harness } = await renderWithAuth(<RegisterForm />, { settings: { requiredAgreements: ['sms'] } });
    const sms = await screen.findByRole('checkbox', { name: 'I want to receive news and offers by text message.' });
    harness.emulator.requestLog.clear();
    await user.type(email(), 'new@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('You need to accept this to continue.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(sms));
    expect(harness.emulator.requestLog.count({ path: /registered/ })).toBe(0);
  });

  it('completes registration with a PIN using the keyboard only', async () => {
    const onSignedIn = vi.fn();
    const { user, harness, container } = await renderWithAuth(<RegisterForm onSignedIn={onSignedIn} />, { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } });
    await user.tab();
    await user.keyboard('pin@example.com');
    await user.tab();
    await user.keyboard(GOOD_PASSWORD);
    await user.keyboard('{Enter}');
    const code = await screen.findByLabelText('Verification code');
    expect(screen.getByText(/We sent a 6-digit code to pin@example.com/)).toBeTruthy();
    await expectAccessible(container);
    await user.click(code);
    await user.keyboard(harness.emulator.outbox.latest('pin@example.com', 'PIN')?.pin ?? '');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(harness.client.getSnapshot().status).toBe('authenticated');
  });

  it('asks to activate on a REQUIRE_ACTIVATION workspace', async () => {
    const { user, harness, container } = await renderWithAuth(<RegisterForm />, { settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    await user.type(email(), 'act@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Activate your account')).toBeTruthy();
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'Resend activation e-mail' }));
    expect(await screen.findByText('We sent the activation e-mail again.')).toBeTruthy();
    expect(harness.emulator.outbox.all().filter((m) => m.kind === 'ACTIVATION').length).toBeGreaterThanOrEqual(2);
  });

  it('asks to confirm the e-mail on a REQUIRE_EMAIL_CONFIRMATION workspace', async () => {
    const onRegistered = vi.fn();
    const { user } = await renderWithAuth(<RegisterForm onRegistered={onRegistered} />, { settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } });
    await user.type(email(), 'conf@example.com');
    await user.type(password(), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Confirm your e-mail')).toBeTruthy();
    expect(onRegistered.mock.calls[0]?.[0]).toMatchObject({ status: 'checkEmail' });
  });
});
