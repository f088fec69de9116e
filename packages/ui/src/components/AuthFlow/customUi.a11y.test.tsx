// The react README's custom UI (built only from the flow hooks' prop getters, no ui
// components): axe passes on each step and a keyboard-only customer gets through sign-in and
// the PIN.
import { describe, expect, it } from 'vitest';
import { CustomSignIn as Custom } from '../../../../react/src/examples/CustomSignIn';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, createHarness, renderWithAuth, screen, waitFor } from '../testing/harness';

describe('a custom UI from prop getters only', SLOW, () => {
  it('passes axe and signs in + confirms the PIN with the keyboard only', async () => {
    const harness = createHarness({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } });
    await harness.client.start();
    await harness.client.register({ email: 'kb@example.com', password: GOOD_PASSWORD });
    const { user, container } = await renderWithAuth(<Custom />, { harness });
    await screen.findByRole('form', { name: 'Sign in' });
    await expectAccessible(container);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail'));
    expect(screen.getByLabelText('E-mail').getAttribute('autocomplete')).toBe('username');
    await user.keyboard('kb@example.com');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    await user.keyboard(`${GOOD_PASSWORD}{Enter}`);

    const heading = await screen.findByRole('heading', { name: 'Enter the code' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('status').textContent).toBe('Enter the code');
    const code = screen.getByLabelText('Code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('maxlength')).toBe('6');
    await expectAccessible(container);

    await user.tab();
    expect(document.activeElement).toBe(code);
    const pin = harness.emulator.outbox.latest('kb@example.com', 'PIN')?.pin ?? '';
    await user.keyboard(`${pin}{Enter}`);
    await waitFor(() => expect(harness.client.getSnapshot().status).toBe('authenticated'));
    expect(await screen.findByRole('heading', { name: 'Signed in as kb@example.com' })).toBe(document.activeElement);
    await expectAccessible(container);
  });

  it('wires a server error to the fields (aria-invalid, aria-describedby) and stays accessible', async () => {
    const harness = createHarness({ profiles: [{ email: 'ann@example.com', password: GOOD_PASSWORD }] });
    const { user, container } = await renderWithAuth(<Custom />, { harness });
    await screen.findByRole('form', { name: 'Sign in' });
    await user.type(screen.getByLabelText('E-mail'), 'ann@example.com');
    await user.type(screen.getByLabelText('Password'), 'Wrong#123{Enter}');
    const alert = await screen.findByText('Wrong e-mail or password.');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByRole('form', { name: 'Sign in' }).getAttribute('aria-describedby')).toBe(alert.id);
    await expectAccessible(container);
  });
});
