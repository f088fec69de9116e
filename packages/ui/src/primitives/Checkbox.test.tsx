import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  it('is labelled, toggles and wires hint and error', async () => {
    const { container } = render(
      <Checkbox label={<>I accept the <a href="/terms">terms</a></>} hint="Required to continue" error="You need to accept this" />,
    );
    const box = screen.getByRole('checkbox', { name: 'I accept the terms' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'You need to accept this',
      'Required to continue',
    ]);
    await userEvent.setup().click(screen.getByText(/I accept/));
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('registers with react-hook-form', async () => {
    let values: unknown;
    function Form() {
      const { register, handleSubmit } = useForm<{ sms: boolean }>({ defaultValues: { sms: false } });
      return (
        <form onSubmit={handleSubmit((v) => { values = v; })}>
          <Checkbox label="SMS" {...register('sms')} />
          <button type="submit">Save</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(values).toEqual({ sms: true });
    expect(screen.getByRole('checkbox').hasAttribute('aria-invalid')).toBe(false);
  });

  it('never wraps a hyphenated word in its label ("e-/mail"), keeping the accessible name', () => {
    const { container } = render(<Checkbox label="E-mail marketing and SMS" />);
    expect(screen.getByRole('checkbox', { name: 'E-mail marketing and SMS' })).toBeTruthy();
    expect(container.querySelector('.sa-nowrap')?.textContent).toBe('E-mail');
  });
});
