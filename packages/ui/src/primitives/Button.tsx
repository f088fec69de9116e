import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'link';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  /** Pending: shows a spinner, sets aria-busy and disables the button. */
  loading?: boolean;
  /** Text shown while loading (e.g. "Signing in…"); children stay when omitted. */
  loadingText?: ReactNode;
  /** Full width. */
  block?: boolean;
}

/** Themed button. `type` defaults to "button"; pass type="submit" in forms. */
export function Button({ variant = 'primary', loading = false, loadingText, block, disabled, className, type = 'button', children, ...props }: ButtonProps) {
  return (
    <button
      data-slot="button"
      {...props}
      type={type}
      className={cx('sa-button', className)}
      data-variant={variant}
      data-loading={loading || undefined}
      data-block={block || undefined}
      aria-busy={loading || undefined}
      disabled={disabled || loading}
    >
      {loading ? <Spinner decorative /> : null}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
