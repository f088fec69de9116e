import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './cx';

/** Horizontal rule with a word in the middle ("or" by default), e.g. between social and e-mail sign-in. */
export function Divider({ children, className }: { children?: ReactNode; className?: string }) {
  const { t } = useI18n();
  return <div className={cx('sa-divider', className)} data-slot="divider">{children ?? t('common.or')}</div>;
}
