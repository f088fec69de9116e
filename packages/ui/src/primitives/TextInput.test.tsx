import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import { TextInput } from './TextInput';

describe('TextInput', () => {
  it('renders a themed text input that forwards ref and props', async () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<TextInput ref={ref} aria-label="Name" className="mine" autoComplete="given-name" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(ref.current).toBe(input);
    expect(input.className).toBe('sa-input mine');
    expect(input.getAttribute('type')).toBe('text');
    expect(input.dataset.slot).toBe('input');
    await userEvent.setup().type(input, 'Ada');
    expect((input as HTMLInputElement).value).toBe('Ada');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('stays usable outside a Field with its own aria attributes', () => {
    render(<TextInput aria-label="Phone" aria-invalid disabled />);
    const input = screen.getByRole('textbox', { name: 'Phone' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).disabled).toBe(true);
  });
});
