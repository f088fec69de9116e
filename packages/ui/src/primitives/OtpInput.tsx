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

/** Which cells the selection covers: `[start, end)`; a collapsed caret marks one cell. Indices only, never digits. */
interface Cells {
  start: number;
  end: number;
}

const sameCells = (a: Cells | null, b: Cells | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

function selectedCells(input: HTMLInputElement, length: number): Cells | null {
  if (input.ownerDocument.activeElement !== input) return null;
  const start = Math.min(input.selectionStart ?? input.value.length, length - 1);
  const end = Math.max(Math.min(input.selectionEnd ?? start, length), start + 1);
  return { start, end };
}

/**
 * One-time code input shown as digit boxes. The digits are drawn by ONE real, visible input
 * (`one-time-code`) in a monospace font whose letter-spacing puts each character in the
 * middle of a cell; the boxes behind it are empty presentation elements (aria-hidden). SMS/e-mail
 * autofill, password managers, paste and screen readers meet a single field, and the code never
 * reaches a DOM text node or attribute (only the index of the active cell is kept). Pasted text
 * like "123 456" or "Code: 123-456" is reduced to its digits.
 */
export function OtpInput({ length = 6, onComplete, onChange, onPaste, onFocus, onBlur, onSelect, className, ref, ...props }: OtpInputProps) {
  const control = useFieldControl(props);
  const input = useRef<HTMLInputElement | null>(null);
  const [cells, setCells] = useState<Cells | null>(null);
  const setInput = useCallback(
    (node: HTMLInputElement | null) => {
      input.current = node;
      setRef(ref, node);
    },
    [ref],
  );
  const sync = () => {
    const next = input.current ? selectedCells(input.current, length) : null;
    setCells((current) => (sameCells(current, next) ? current : next));
  };
  // The value can change without an event (react-hook-form's setValue/reset): re-read the caret after each render.
  useLayoutEffect(sync);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const digits = event.target.value.replace(/\D/g, '').slice(0, length);
    if (digits !== event.target.value) event.target.value = digits;
    sync();
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
    target.setSelectionRange(next.length, next.length);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  };

  return (
    <div className={cx('sa-otp', className)} data-slot="otp" style={{ '--sa-otp-length': length } as CSSProperties}>
      <div className="sa-otp-track" dir="ltr">
        <input
          data-slot="otp-input"
          spellCheck={false}
          {...control}
          dir="ltr"
          ref={setInput}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern={`[0-9]{${length}}`}
          maxLength={length}
          onChange={handleChange}
          onPaste={handlePaste}
          onSelect={(event) => (sync(), onSelect?.(event))}
          onFocus={(event) => (sync(), onFocus?.(event))}
          onBlur={(event) => (setCells(null), onBlur?.(event))}
          className="sa-otp-input"
        />
        <div className="sa-otp-boxes" aria-hidden="true" data-slot="otp-boxes">
          {Array.from({ length }, (_, i) => (
            <span
              key={i}
              className="sa-otp-box"
              data-active={(cells !== null && cells.end - cells.start === 1 && i === cells.start) || undefined}
              data-selected={(cells !== null && cells.end - cells.start > 1 && i >= cells.start && i < cells.end) || undefined}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
