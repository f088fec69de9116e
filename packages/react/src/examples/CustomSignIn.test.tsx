import { act, fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyneriseAuthProvider } from '../index';
import { ANN, createWorld, PASSWORD } from '../../test/harness';
import { CustomSignIn } from './CustomSignIn';

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
}

describe('README example: CustomSignIn (flow hooks + prop getters)', () => {
  it('signs in, shows a typed error wired to the fields, signs out', async () => {
    const world = createWorld();
    await world.renderTab(<CustomSignIn />);
    fill(/E-mail/, ANN);
    fill(/Password/, 'Wrong-123');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await world.settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Wrong e-mail or password.');
    const password = screen.getByLabelText(/Password/, { selector: 'input' });
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain(alert.id);
    expect(password.getAttribute('autocomplete')).toBe('current-password');

    fill(/Password/, PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await world.settle();
    expect(screen.getByRole('heading', { name: `Signed in as ${ANN}` })).toBe(document.activeElement);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await world.settle();
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Sign in');
  });

  it('registers (e-mail carried over, policy on the password), then confirms the e-mailed PIN', async () => {
    const world = createWorld({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } });
    await world.renderTab(<CustomSignIn />);
    fill(/E-mail/, 'pia@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    await world.settle();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Create an account' }));
    expect((screen.getByLabelText(/E-mail/, { selector: 'input' }) as HTMLInputElement).value).toBe('pia@example.com');
    const password = screen.getByLabelText(/Password/, { selector: 'input' });
    expect(password.getAttribute('passwordrules')).toContain('minlength: 6');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    fill(/Password/, PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await world.settle();
    await world.advance(1000);
    expect(screen.getByText('We sent a 6-digit code to pia@example.com.')).toBeTruthy();
    expect(screen.getByText(/The code expires in 29\d s\./)).toBeTruthy();
    expect((screen.getByRole('button', { name: /Send a new code in \d+ s/ }) as HTMLButtonElement).disabled).toBe(true);
    const code = screen.getByLabelText(/Code/, { selector: 'input' });
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('maxlength')).toBe('6');

    fill(/Code/, '000000' === world.emulator.outbox.latest('pia@example.com', 'PIN')?.pin ? '111111' : '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await world.settle();
    expect(screen.getByRole('alert').textContent).toBe('That code is not right.');

    fill(/Code/, world.emulator.outbox.latest('pia@example.com', 'PIN')!.pin!);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    });
    await world.settle();
    expect(screen.getByRole('heading', { name: 'Signed in as pia@example.com' })).toBeTruthy();
  });

  it('another tab signing out returns this tab to the sign-in form', async () => {
    const world = createWorld();
    await world.renderTab(<CustomSignIn />);
    await world.renderTab(<CustomSignIn />);
    const [first] = screen.getAllByLabelText(/E-mail/, { selector: 'input' });
    fireEvent.change(first!, { target: { value: ANN } });
    fireEvent.change(screen.getAllByLabelText(/Password/, { selector: 'input' })[0]!, { target: { value: PASSWORD } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' })[0]!);
    await world.settle();
    expect(screen.getAllByRole('heading', { name: `Signed in as ${ANN}` })).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign out' })[1]!);
    await world.settle();
    expect(screen.getAllByRole('form', { name: 'Sign in' })).toHaveLength(2);
  });

  it('server rendering shows no sign-in form (booting step)', () => {
    const html = renderToString(
      <SyneriseAuthProvider apiKey="k">
        <CustomSignIn />
      </SyneriseAuthProvider>,
    );
    expect(html).toContain('Loading…');
    expect(html).not.toContain('<form');
  });
});

describe('README', () => {
  it('shows exactly this example (imports from the package name)', async () => {
    const { readFile } = await import('node:fs/promises');
    const root = process.cwd(); // vitest runs from the package directory
    const readme = await readFile(`${root}/README.md`, 'utf8');
    const source = await readFile(`${root}/src/examples/CustomSignIn.tsx`, 'utf8');
    const body = source.split('\n').slice(3).join('\n').replace("} from '../index';", "} from '@synerise-auth/react';");
    expect(readme).toContain('```tsx\n' + body + '```');
  });
});
