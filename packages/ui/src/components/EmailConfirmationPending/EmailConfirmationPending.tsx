import { Button, FormLayout, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { useMessages } from '../shared/useMessages';

export interface EmailConfirmationPendingProps {
  /** The e-mail the confirmation link went to. */
  email: string;
  /** Shows "Continue" (the customer is already signed in under REQUIRE_EMAIL_CONFIRMATION). */
  onContinue?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

/** "Confirm your e-mail" notice (REQUIRE_EMAIL_CONFIRMATION): the account works, a link was sent. */
export function EmailConfirmationPending({ email, onContinue, className, messages }: EmailConfirmationPendingProps) {
  const { t } = useMessages(messages);
  return (
    <div className={cx('sa-email-confirmation-pending', className)} data-slot="email-confirmation-pending">
      <FormLayout title={t('emailConfirmation.pending.title')} description={t('emailConfirmation.pending.description', { email })}>
        <p className="sa-hint" role="status" data-slot="email-confirmation-status">{t('register.success')}</p>
        {onContinue ? (
          <Button block data-slot="continue" onClick={onContinue}>
            {t('common.continue')}
          </Button>
        ) : null}
      </FormLayout>
    </div>
  );
}
