import { createContext, useContext, useId, type ReactNode } from 'react';
import { cx } from './cx';

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
}

interface FieldContextValue {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean | undefined;
}

const FieldContext = createContext<FieldContextValue | null>(null);

export interface FieldProps {
  label: ReactNode;
  /**
   * A control shown beside the label, e.g. "Forgot your password?". It comes after the
   * control in the DOM, so Tab goes label's field first (e-mail → password → link).
   */
  action?: ReactNode;
  /** Help text under the control (linked with aria-describedby). */
  hint?: ReactNode;
  /** Error text; when present the control gets aria-invalid="true". */
  error?: ReactNode;
  /** Id of the control; generated when omitted. */
  id?: string;
  required?: boolean;
  className?: string;
  /** A control (TextInput, PasswordInput, OtpInput read the field from context) or a render function. */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
}

/** Label + control + hint + error, wiring id, aria-invalid and aria-describedby. */
export function Field({ label, action, hint, error, id, required, className, children }: FieldProps) {
  const autoId = useId();
  const controlId = id ?? `sa-field${autoId.replace(/:/g, '')}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(error);
  const control: FieldControlProps = { id: controlId, required, ...(invalid ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
  return (
    <div className={cx('sa-field', className)} data-slot="field" data-invalid={invalid || undefined} data-action={action ? true : undefined}>
      <label className="sa-label" data-slot="label" htmlFor={controlId}>{label}</label>
      <FieldContext.Provider value={{ id: controlId, describedBy, invalid, required }}>
        {typeof children === 'function' ? children(control) : children}
      </FieldContext.Provider>
      {action ? <div className="sa-field-action" data-slot="field-action">{action}</div> : null}
      {error ? <p className="sa-field-error" data-slot="error" id={errorId}>{error}</p> : null}
      {hint ? <p className="sa-hint" data-slot="hint" id={hintId}>{hint}</p> : null}
    </div>
  );
}

interface ControlAria {
  id?: string;
  required?: boolean;
  'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling';
  'aria-describedby'?: string;
}

/** Merges the surrounding Field's id / aria-invalid / aria-describedby into a control's props. */
export function useFieldControl<P extends ControlAria>(props: P): P {
  const field = useContext(FieldContext);
  if (!field) return props;
  const describedBy = [field.describedBy, props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return {
    ...props,
    id: props.id ?? field.id,
    required: props.required ?? field.required,
    'aria-invalid': props['aria-invalid'] ?? (field.invalid ? true : undefined),
    'aria-describedby': describedBy,
  };
}
