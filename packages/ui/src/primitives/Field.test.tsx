import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Field } from './Field';
import { TextInput } from './TextInput';

describe('Field', () => {
  it('labels the control and links hint and error with aria-describedby', async () => {
    const { container } = render(
      <Field label="E-mail" hint="We never share it." error="Enter a valid e-mail address.">
        <TextInput type="email" />
      </Field>,
    );
    const input = screen.getByLabelText('E-mail');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toEqual(['Enter a valid e-mail address.', 'We never share it.']);
    expect(container.querySelector('[data-slot=field]')?.getAttribute('data-invalid')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is not invalid without an error and keeps an explicit id and extra describedby', () => {
    render(
      <Field label="First name" id="first" hint="As on your card">
        <TextInput aria-describedby="extra" />
      </Field>,
    );
    const input = screen.getByLabelText('First name');
    expect(input.id).toBe('first');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('first-hint extra');
  });

  it('passes control props to a render function for custom controls', () => {
    render(<Field label="Code" error="Wrong">{(control) => <textarea {...control} />}</Field>);
    const control = screen.getByLabelText('Code');
    expect(control.tagName).toBe('TEXTAREA');
    expect(control.getAttribute('aria-invalid')).toBe('true');
  });

  it('works with react-hook-form register (ref as prop)', async () => {
    let submitted: unknown;
    function Form() {
      const { register, handleSubmit, formState } = useForm<{ email: string }>({ defaultValues: { email: '' } });
      return (
        <form onSubmit={handleSubmit((values) => { submitted = values; })}>
          <Field label="E-mail" error={formState.errors.email ? 'Required' : undefined}>
            <TextInput {...register('email', { required: true })} />
          </Field>
          <button type="submit">Go</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const input = screen.getByLabelText('E-mail');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    await user.type(input, 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(submitted).toEqual({ email: 'ada@example.com' });
  });
});
