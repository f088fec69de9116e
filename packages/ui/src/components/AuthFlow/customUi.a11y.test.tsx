// A custom UI built only from the react package's prop getters (no ui components): axe
// passes on each step and a keyboard-only customer gets through sign-in and the PIN.
import { describe, expect, it } from 'vitest';
import { useAuthFlow, useFlowFocus, usePinStep, useSignInStep, type AuthFlowHandle } from '@synerise-auth/react';
import { expectAccessible } from '../testing/axe';
import { GOOD_PASSWORD, SLOW, createHarness, renderWithAuth, screen, waitFor } from '../testing/harness';

function SignIn({ flow }: { flow: AuthFlowHandle }) {
  const step = useSignInStep(flow);
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>Sign in</h2>
      <label htmlFor={step.getEmailInputProps().id}>E-mail</label>
      <input {...step.getEmailInputProps()} />
      <label htmlFor={step.getPasswordInputProps().id}>Password</label>
      <input {...step.getPasswordInputProps()} />
      <p {...step.getErrorProps()}>{step.error?.code}</p>
      <button {...step.getSubmitButtonProps()}>Sign in</button>
    </form>
  );
}

function Pin({ flow }: { flow: AuthFlowHandle }) {
  const step = usePinStep(flow);
  return (
    <form {...step.getFormProps()}>
      <h2 {...step.getHeadingProps()}>Enter the code</h2>
      <label htmlFor={step.getPinInputProps().id}>Code</label>
      <input {...step.getPinInputProps()} />
      <p {...step.getErrorProps()}>{step.error?.code}</p>
      <button {...step.getSubmitButtonProps()}>Confirm</button>
      <button {...step.getResendButtonProps()}>Send a new code</button>
    </form>
  );
}

function Custom() {
  const flow = useAuthFlow();
  const focus = useFlowFocus(flow.step);
  return (
    <main {...focus.getContainerProps()}>
      {flow.step === 'signIn' || flow.step === 'conditions' ? <SignIn flow={flow} /> : null}
      {flow.step === 'pin' ? <Pin flow={flow} /> : null}
      {flow.step === 'signedIn' ? <h2 tabIndex={-1}>Welcome</h2> : null}
      <p {...focus.getLiveRegionProps()} />
    </main>
  );
}

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
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBe(document.activeElement);
  });

  it('wires a server error to the fields (aria-invalid, aria-describedby) and stays accessible', async () => {
    const harness = createHarness({ profiles: [{ email: 'ann@example.com', password: GOOD_PASSWORD }] });
    const { user, container } = await renderWithAuth(<Custom />, { harness });
    await screen.findByRole('form', { name: 'Sign in' });
    await user.type(screen.getByLabelText('E-mail'), 'ann@example.com');
    await user.type(screen.getByLabelText('Password'), 'Wrong#123{Enter}');
    const alert = await screen.findByText('INVALID_CREDENTIALS');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByRole('form', { name: 'Sign in' }).getAttribute('aria-describedby')).toBe(alert.id);
    await expectAccessible(container);
  });
});
