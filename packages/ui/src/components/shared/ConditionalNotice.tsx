import type { ReactNode } from 'react';
import { useActivation } from '@synerise-auth/react';
import type { ConditionalSignInResult } from '@synerise-auth/react';
import { Button, FormAlert } from '../../primitives';
import type { I18n } from '../../i18n';

/** Conditional statuses that stop a sign-in with a notice (success, unauthorized and terms are handled by the form). */
export type NoticeStatus = 'activationRequired' | 'registrationRequired' | 'mfaRequired' | 'approvalRequired' | 'unknown';

export type NoticeResult = Exclude<ConditionalSignInResult, { status: 'success' }>;

export function isNoticeStatus(result: ConditionalSignInResult): result is NoticeResult {
  return ['activationRequired', 'registrationRequired', 'mfaRequired', 'approvalRequired', 'unknown'].includes(result.status);
}

export interface ConditionalNoticeProps {
  result: NoticeResult;
  /** E-mail for "resend activation e-mail" (hidden when unknown). */
  email?: string;
  /** Shows "Create an account" on REGISTRATION_REQUIRED. */
  onRegisterRequested?: () => void;
  /** Replaces the default "Create an account" action (e.g. social: create with the provider). */
  registerAction?: ReactNode;
  i18n: I18n;
}

/** The message (and action) for a conditional sign-in status that needs the customer to act. */
export function ConditionalNotice({ result, email, onRegisterRequested, registerAction, i18n }: ConditionalNoticeProps) {
  const { t, formatError } = i18n;
  switch (result.status) {
    case 'activationRequired':
      return <ActivationRequired email={email} i18n={i18n} />;
    case 'registrationRequired':
      return (
        <FormAlert
          tone="info"
          title={t('status.registrationRequired.title')}
          action={
            registerAction ??
            (onRegisterRequested ? (
              <Button variant="secondary" data-slot="register-action" onClick={onRegisterRequested}>
                {t('status.registrationRequired.action')}
              </Button>
            ) : undefined)
          }
        >
          {t('status.registrationRequired.description')}
        </FormAlert>
      );
    case 'mfaRequired':
      return <FormAlert tone="warning" title={t('status.mfaRequired.title')}>{t('status.mfaRequired.description')}</FormAlert>;
    case 'approvalRequired':
      return <FormAlert tone="info" title={t('status.approvalRequired.title')}>{t('status.approvalRequired.description')}</FormAlert>;
    default: {
      const serverStatus = 'serverStatus' in result ? String(result.serverStatus).replace(/[^A-Z0-9_]/gi, '').slice(0, 40) : '';
      return (
        <FormAlert tone="warning" title={t('status.unknown.title')}>
          {serverStatus ? t('status.unknown.description', { status: serverStatus }) : formatError(null)}
        </FormAlert>
      );
    }
  }
}

function ActivationRequired({ email, i18n }: { email?: string; i18n: I18n }) {
  const { t, formatError } = i18n;
  const { request } = useActivation();
  const action = email ? (
    <Button
      variant="secondary"
      data-slot="resend-activation"
      loading={request.isPending}
      loadingText={t('activation.resending')}
      onClick={() => request.mutate(email)}
    >
      {t('activation.resend')}
    </Button>
  ) : undefined;
  return (
    <>
      <FormAlert tone="warning" title={t('status.activationRequired.title')} action={action}>
        {t('status.activationRequired.description')}
      </FormAlert>
      <FormAlert tone={request.isError ? 'error' : 'success'}>
        {request.isSuccess ? t('activation.resent') : request.error ? formatError(request.error) : null}
      </FormAlert>
    </>
  );
}
