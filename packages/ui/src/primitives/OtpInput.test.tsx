import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Field } from './Field';
import { OtpInput } from './OtpInput';

describe('OtpInput', () => {
  it('is a single one-time-code input for digits', async () => {
    const { container } = render(<Field label="Verification code" hint="6 digits"><OtpInput length={6} /></Field>);
    const input = screen.getByLabelText('Verification code');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('maxlength')).toBe('6');
    expect(input.getAttribute('pattern')).toBe('[0-9]{6}');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('drops non-digits while typing and reports completion', async () => {
    const onComplete = vi.fn();
    const user = userEvent.setup();
    render(<OtpInput aria-label="Code" length={4} onComplete={onComplete} />);
    const input = screen.getByLabelText<HTMLInputElement>('Code');
    await user.type(input, '1a2 3');
    expect(input.value).toBe('123');
    expect(onComplete).not.toHaveBeenCalled();
    await user.type(input, '4');
    expect(input.value).toBe('1234');
    expect(onComplete).toHaveBeenCalledWith('1234');
  });

  it('strips spaces and other characters from pasted codes (controlled)', async () => {
    function Controlled() {
      const [code, setCode] = useState('');
      return <><OtpInput aria-label="Code" value={code} onChange={(e) => setCode(e.target.value)} /><output>{code}</output></>;
    }
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(screen.getByLabelText('Code'));
    await user.paste('Code: 123 45-6789');
    expect(screen.getByRole('status').textContent).toBe('123456');
    expect(screen.getByLabelText<HTMLInputElement>('Code').value).toBe('123456');
  });

  it('feeds react-hook-form the cleaned value on paste', async () => {
    let values: unknown;
    function Form() {
      const { register, handleSubmit } = useForm<{ pin: string }>({ defaultValues: { pin: '' } });
      return (
        <form onSubmit={handleSubmit((v) => { values = v; })}>
          <OtpInput aria-label="PIN" {...register('pin')} />
          <button type="submit">Confirm</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByLabelText('PIN'));
    await user.paste(' 987 654 ');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(values).toEqual({ pin: '987654' });
  });

  it('draws the digits with the one real field; the boxes are empty and mark the caret cell, also after a reset without events', async () => {
    let reset: (() => void) | undefined;
    function Form() {
      const { register, setValue } = useForm<{ pin: string }>({ defaultValues: { pin: '' } });
      const [, rerender] = useState(0);
      reset = () => (setValue('pin', ''), rerender((n) => n + 1));
      return <OtpInput aria-label="PIN" length={4} {...register('pin')} />;
    }
    const user = userEvent.setup();
    const { container } = render(<Form />);
    const boxes = container.querySelector('[data-slot="otp-boxes"]');
    expect(boxes?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('input')).toHaveLength(1);
    const input = screen.getByLabelText<HTMLInputElement>('PIN');
    expect(input.getAttribute('dir')).toBe('ltr');
    const all = () => Array.from(container.querySelectorAll('.sa-otp-box'));
    const active = () => all().findIndex((b) => b.hasAttribute('data-active'));
    expect(active()).toBe(-1);
    await user.type(input, '42');
    expect(input.value).toBe('42');
    expect(all().map((b) => b.textContent)).toEqual(['', '', '', '']);
    expect(container.textContent).toBe('');
    expect(active()).toBe(2);
    await user.keyboard('{ArrowLeft}');
    expect(active()).toBe(1);
    await user.keyboard('{Control>}a{/Control}');
    expect(active()).toBe(-1);
    expect(all().map((b) => b.hasAttribute('data-selected'))).toEqual([true, true, false, false]);
    await user.keyboard('{End}78');
    expect(active()).toBe(3); // full: the last box stays marked
    const { act } = await import('@testing-library/react');
    act(() => reset?.());
    expect(input.value).toBe('');
    expect(active()).toBe(0);
    await user.tab();
    expect(active()).toBe(-1);
  });

  it('never puts a digit into a text node or an attribute', async () => {
    const user = userEvent.setup();
    const { container } = render(<Field label="Code" hint="6 digits" error="Wrong code"><OtpInput length={6} /></Field>);
    const input = screen.getByLabelText<HTMLInputElement>('Code');
    await user.click(input);
    await user.paste('Code: 735 918');
    await user.keyboard('{ArrowLeft}{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(input.value).toBe('735918');
    const leaks = (text: string) => /[0-9]{2,}|735|918/.test(text.replace(/\d+(\.\d+)?(px|rem|ch|em|%)|\[0-9\]\{6\}/g, ''));
    for (const el of container.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(leaks(attr.value), `${attr.name}="${attr.value}"`).toBe(false);
    }
    expect(container.textContent).not.toMatch(/[0-9]{2}/);
  });
});
