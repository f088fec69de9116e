import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx';
import { keepWords } from './keepWords';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type'> {
  /** Label next to the box (may contain links, e.g. to the terms). */
  label: ReactNode;
  hint?: ReactNode;
  /** Error text; sets aria-invalid and links it with aria-describedby. */
  error?: ReactNode;
}

/** Native checkbox with label, hint and error. Works with react-hook-form `register`. */
export function Checkbox({ label, hint, error, id, className, ...props }: CheckboxProps) {
  const autoId = useId();
  const inputId = id ?? `sa-checkbox${autoId.replace(/:/g, '')}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, hintId, props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('sa-checkbox', className)} data-slot="checkbox" data-invalid={error ? true : undefined}>
      <input
        {...props}
        type="checkbox"
        id={inputId}
        className="sa-checkbox-input"
        data-slot="checkbox-input"
        aria-invalid={error ? true : props['aria-invalid']}
        aria-describedby={describedBy}
      />
      <label className="sa-checkbox-label" data-slot="label" htmlFor={inputId}>{keepWords(label)}</label>
      {error ? <p className="sa-field-error" data-slot="error" id={errorId}>{error}</p> : null}
      {hint ? <p className="sa-hint" data-slot="hint" id={hintId}>{hint}</p> : null}
    </div>
  );
}
