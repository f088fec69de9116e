import { useActivation } from '@synerise-auth/react';
import { Button, FormAlert, FormLayout, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { useMessages } from '../shared/useMessages';

export interface ActivationPendingProps {
  /** The e-mail the activation link went to. */
  email: string;
  /** Shows "Back to sign in". */
  onBackToSignIn?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

/** "Activate your account" notice (REQUIRE_ACTIVATION) with "Resend activation e-mail". */
export function ActivationPending({ email, onBackToSignIn, className, messages }: ActivationPendingProps) {
  const { t, formatError } = useMessages(messages);
  const { request } = useActivation();
  const state = request.isPending ? 'pending' : request.isError ? 'error' : request.isSuccess ? 'resent' : 'idle';
  return (
    <div className={cx('sa-activation-pending', className)} data-slot="activation-pending" data-state={state}>
      <FormLayout
        title={t('activation.pending.title')}
        description={t('activation.pending.description', { email })}
        footer={
          onBackToSignIn ? (
            <Button variant="link" data-slot="back-to-sign-in" onClick={onBackToSignIn}>
              {t('reset.request.backToSignIn')}
            </Button>
          ) : undefined
        }
      >
        <FormAlert tone={request.isError ? 'error' : 'success'}>
          {request.error ? formatError(request.error) : request.isSuccess ? t('activation.resent') : null}
        </FormAlert>
        <Button variant="secondary" block data-slot="resend-activation" loading={request.isPending} loadingText={t('activation.resending')} onClick={() => request.mutate(email)}>
          {t('activation.resend')}
        </Button>
      </FormLayout>
    </div>
  );
}
