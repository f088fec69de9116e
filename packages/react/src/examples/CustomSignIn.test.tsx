import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD } from '../../test/harness';
import { CustomSignIn } from './CustomSignIn';

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
}

describe('README example: CustomSignIn (hooks + plain HTML)', () => {
  it('signs in, shows a typed error, signs out', async () => {
    const world = createWorld();
    await world.renderTab(<CustomSignIn />);
    fill(/E-mail/, ANN);
    fill(/Password/, 'Wrong-123');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await world.settle();
    expect(screen.getByRole('alert').textContent).toBe('Wrong e-mail or password.');

    fill(/Password/, PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await world.settle();
    expect(screen.getByText(`Signed in as ${ANN}`)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await world.settle();
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeTruthy();
  });

  it('registers with the password checklist, then confirms the e-mailed PIN', async () => {
    const world = createWorld({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION' } });
    await world.renderTab(<CustomSignIn />);
    fireEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    await world.settle();
    const password = screen.getByLabelText(/Password/, { selector: 'input' }) as HTMLInputElement;
    expect(password.getAttribute('passwordrules')).toContain('minlength: 6');
    fill(/E-mail/, 'pia@example.com');
    fill(/Password/, 'weak');
    const rules = screen.getByRole('list', { name: 'Password rules' });
    expect(rules.querySelectorAll('[data-passed="false"]').length).toBeGreaterThan(0);
    expect((screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement).disabled).toBe(true);

    fill(/Password/, PASSWORD);
    expect(rules.querySelectorAll('[data-passed="false"]').length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await world.settle();
    await world.advance(1000);
    expect(screen.getByText('We sent a 6-digit code to pia@example.com.')).toBeTruthy();
    expect(screen.getByText(/The code expires in 29\d s\./)).toBeTruthy();
    expect((screen.getByRole('button', { name: /Send a new code in \d+ s/ }) as HTMLButtonElement).disabled).toBe(true);

    fill(/Code/, '000000' === world.emulator.outbox.latest('pia@example.com', 'PIN')?.pin ? '111111' : '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await world.settle();
    expect(screen.getByRole('alert').textContent).toBe('That code is not right.');

    fill(/Code/, world.emulator.outbox.latest('pia@example.com', 'PIN')!.pin!);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    });
    await world.settle();
    expect(screen.getByText('Signed in as pia@example.com')).toBeTruthy();
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
