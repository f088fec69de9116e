import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './cx';

export interface ChecklistItem {
  id: string;
  label: ReactNode;
  met: boolean;
}

export interface ChecklistProps {
  items: readonly ChecklistItem[];
  /** Heading of the list, e.g. "Your password needs:". */
  title?: ReactNode;
  /** Id of the list, so an input can point at it with aria-describedby. */
  id?: string;
  /** Nothing entered yet: unmet items show a neutral bullet instead of ✗. */
  pristine?: boolean;
  className?: string;
}

/**
 * Requirement list (e.g. password rules): ✓/✗ icons plus "met / not met" text for screen
 * readers, and a polite live summary ("Requirements met: 3 of 5.").
 */
export function Checklist({ items, title, id, pristine = false, className }: ChecklistProps) {
  const { t } = useI18n();
  const titleId = `sa-checklist${useId().replace(/:/g, '')}`;
  const met = items.filter((item) => item.met).length;
  const allMet = items.length > 0 && met === items.length;
  return (
    <div className={cx('sa-checklist-root', className)} data-slot="checklist" data-complete={allMet || undefined} data-pristine={pristine || undefined}>
      {title ? <p className="sa-hint" id={titleId} data-slot="checklist-title">{title}</p> : null}
      <ul className="sa-checklist" id={id} aria-labelledby={title ? titleId : undefined}>
        {items.map((item) => (
          <li key={item.id} className="sa-checklist-item" data-slot="checklist-item" data-met={item.met || undefined}>
            <span className="sa-checklist-icon" aria-hidden="true">{item.met ? '✓' : pristine ? '•' : '✗'}</span>
            <span>
              {item.label}
              <span className="sa-visually-hidden">{`: ${t(item.met ? 'checklist.met' : 'checklist.unmet')}`}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="sa-visually-hidden" role="status" aria-live="polite" data-slot="checklist-summary">
        {allMet ? t('checklist.allMet') : t('checklist.summary', { met, total: items.length })}
      </p>
    </div>
  );
}
