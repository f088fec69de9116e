import type { ReactNode } from 'react';
import { cx } from './cx';

export type AlertTone = 'error' | 'info' | 'success' | 'warning';

export interface FormAlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  /** Message text; the alert renders nothing visible when both title and children are empty. */
  children?: ReactNode;
  /** Optional action, e.g. a "Resend activation e-mail" button. */
  action?: ReactNode;
  className?: string;
}

/**
 * Form-level message. The live region stays mounted so changes are announced: errors are
 * assertive (role="alert"), other tones polite (role="status").
 */
export function FormAlert({ tone = 'info', title, children, action, className }: FormAlertProps) {
  const isError = tone === 'error';
  const hasContent = Boolean(title) || Boolean(children);
  return (
    <div className="sa-live" data-slot="form-alert-region" role={isError ? 'alert' : 'status'} aria-live={isError ? 'assertive' : 'polite'} aria-atomic="true">
      {hasContent ? (
        <div className={cx('sa-form-alert', className)} data-slot="form-alert" data-tone={tone}>
          {title ? <p className="sa-form-alert-title" data-slot="form-alert-title">{title}</p> : null}
          {children ? <div data-slot="form-alert-description">{children}</div> : null}
          {action ? <div data-slot="form-alert-action">{action}</div> : null}
        </div>
      ) : null}
    </div>
  );
}
