import { useState, type ComponentProps } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './cx';
import { useFieldControl } from './Field';

export interface PasswordInputProps extends Omit<ComponentProps<'input'>, 'type'> {
  /** Start with the password visible. */
  defaultVisible?: boolean;
}

function EyeIcon({ off }: { off: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
      {off ? <path d="M4 4l16 16" /> : null}
    </svg>
  );
}

/**
 * Password input with a show/hide toggle (a toggle button: constant label, aria-pressed).
 * `autoComplete` defaults to "current-password" and is kept while the text is shown.
 */
export function PasswordInput({ className, defaultVisible = false, autoComplete = 'current-password', disabled, ...props }: PasswordInputProps) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(defaultVisible);
  const control = useFieldControl(props);
  return (
    <div className="sa-password" data-slot="password" data-visible={visible || undefined}>
      <input
        data-slot="input"
        spellCheck={false}
        autoCapitalize="none"
        {...control}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        disabled={disabled}
        className={cx('sa-input', className)}
      />
      <button
        type="button"
        className="sa-button sa-password-toggle"
        data-variant="ghost"
        data-slot="password-toggle"
        aria-label={t('password.show')}
        aria-pressed={visible}
        aria-controls={control.id}
        disabled={disabled}
        onClick={() => setVisible((v) => !v)}
      >
        <EyeIcon off={visible} />
      </button>
    </div>
  );
}
