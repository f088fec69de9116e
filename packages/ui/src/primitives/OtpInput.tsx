import type { ChangeEvent, ClipboardEvent, ComponentProps } from 'react';
import { cx } from './cx';
import { useFieldControl } from './Field';

export interface OtpInputProps extends Omit<ComponentProps<'input'>, 'type' | 'maxLength' | 'inputMode' | 'autoComplete' | 'pattern'> {
  /** Number of digits (Synerise `pinConfirmationLength`, default 6). */
  length?: number;
  /** Called when the code reaches `length` digits. */
  onComplete?: (code: string) => void;
}

const valueSetter = (input: HTMLInputElement, value: string) =>
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);

/**
 * One-time code input: a single field (works with SMS/e-mail autofill and password managers),
 * digits only; pasted text like "123 456" or "Code: 123-456" is reduced to its digits.
 */
export function OtpInput({ length = 6, onComplete, onChange, onPaste, className, ...props }: OtpInputProps) {
  const control = useFieldControl(props);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const digits = event.target.value.replace(/\D/g, '').slice(0, length);
    if (digits !== event.target.value) event.target.value = digits;
    onChange?.(event);
    if (digits.length === length) onComplete?.(digits);
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    onPaste?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const input = event.currentTarget;
    const pasted = event.clipboardData.getData('text').replace(/\D/g, '');
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const next = (input.value.slice(0, start) + pasted + input.value.slice(end)).replace(/\D/g, '').slice(0, length);
    valueSetter(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  return (
    <input
      data-slot="otp-input"
      spellCheck={false}
      {...control}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern={`[0-9]{${length}}`}
      maxLength={length}
      onChange={handleChange}
      onPaste={handlePaste}
      className={cx('sa-input sa-otp', className)}
    />
  );
}
