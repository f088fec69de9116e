import { useI18n } from '../i18n/I18nProvider';
import { cx } from './cx';

export interface SpinnerProps {
  /** Text for screen readers; defaults to "Loading…". */
  label?: string;
  /** Purely visual (e.g. inside a busy button): hidden from assistive technology. */
  decorative?: boolean;
  className?: string;
}

/** Loading indicator. Non-decorative spinners are a polite status message. */
export function Spinner({ label, decorative = false, className }: SpinnerProps) {
  const { t } = useI18n();
  if (decorative) return <span className={cx('sa-spinner', className)} data-slot="spinner" aria-hidden="true" />;
  return (
    <span role="status" data-slot="spinner-status">
      <span className={cx('sa-spinner', className)} data-slot="spinner" aria-hidden="true" />
      <span className="sa-visually-hidden">{label ?? t('common.loading')}</span>
    </span>
  );
}
