import { useCallback, useLayoutEffect, useRef, useState, type ChangeEvent, type ClipboardEvent, type ComponentProps, type CSSProperties, type Ref } from 'react';
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

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * One-time code input shown as digit boxes. Underneath is ONE real input (`one-time-code`),
 * laid over the boxes: SMS/e-mail autofill, password managers, paste and screen readers all
 * meet a single field; the boxes are presentation only (aria-hidden). Pasted text like
 * "123 456" or "Code: 123-456" is reduced to its digits.
 */
export function OtpInput({ length = 6, onComplete, onChange, onPaste, onFocus, onBlur, className, ref, ...props }: OtpInputProps) {
  const control = useFieldControl(props);
  const input = useRef<HTMLInputElement | null>(null);
  const [shown, setShown] = useState('');
  const [focused, setFocused] = useState(false);
  const setInput = useCallback(
    (node: HTMLInputElement | null) => {
      input.current = node;
      setRef(ref, node);
    },
    [ref],
  );
  // The value can change without an event (react-hook-form's setValue/reset): re-read it after each render.
  useLayoutEffect(() => {
    const value = input.current?.value ?? '';
    if (value !== shown) setShown(value);
  });

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const digits = event.target.value.replace(/\D/g, '').slice(0, length);
    if (digits !== event.target.value) event.target.value = digits;
    setShown(digits);
    onChange?.(event);
    if (digits.length === length) onComplete?.(digits);
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    onPaste?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const target = event.currentTarget;
    const pasted = event.clipboardData.getData('text').replace(/\D/g, '');
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const next = (target.value.slice(0, start) + pasted + target.value.slice(end)).replace(/\D/g, '').slice(0, length);
    valueSetter(target, next);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const active = Math.min(shown.length, length - 1);
  return (
    <div className={cx('sa-otp', className)} data-slot="otp" style={{ '--sa-otp-length': length } as CSSProperties}>
      <input
        data-slot="otp-input"
        spellCheck={false}
        {...control}
        ref={setInput}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern={`[0-9]{${length}}`}
        maxLength={length}
        onChange={handleChange}
        onPaste={handlePaste}
        onFocus={(event) => (setFocused(true), onFocus?.(event))}
        onBlur={(event) => (setFocused(false), onBlur?.(event))}
        className="sa-otp-input"
      />
      <div className="sa-otp-boxes" aria-hidden="true" data-slot="otp-boxes">
        {Array.from({ length }, (_, i) => (
          <span key={i} className="sa-otp-box" data-filled={i < shown.length || undefined} data-active={(focused && i === active) || undefined}>
            {shown[i] ?? ''}
          </span>
        ))}
      </div>
    </div>
  );
}
