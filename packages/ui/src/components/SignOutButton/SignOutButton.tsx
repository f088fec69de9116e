import type { ReactNode } from 'react';
import { useSignOut } from '@synerise-auth/react';
import { Button, FormAlert, cx, type ButtonVariant } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { useMessages } from '../shared/useMessages';

export interface SignOutButtonProps {
  /** Sign out on every device (`fromAllDevices`). */
  everywhere?: boolean;
  /** `clearSession` also forgets this browser's profile UUID (LOGOUT_WITH_SESSION_CLEARING). */
  mode?: 'keepUuid' | 'clearSession';
  onSignedOut?: () => void;
  variant?: ButtonVariant;
  className?: string;
  children?: ReactNode;
  messages?: MessageOverrides;
}

/** Signs the customer out (back to an anonymous session); the button is busy while it runs. */
export function SignOutButton({ everywhere = false, mode = 'keepUuid', onSignedOut, variant = 'secondary', className, children, messages }: SignOutButtonProps) {
  const { t, formatError } = useMessages(messages);
  const signOut = useSignOut();
  return (
    <>
      <Button
        variant={variant}
        className={cx('sa-sign-out', className)}
        data-slot="sign-out"
        data-state={signOut.isPending ? 'pending' : signOut.isError ? 'error' : signOut.isSuccess ? 'signedOut' : 'idle'}
        loading={signOut.isPending}
        loadingText={t('account.signingOut')}
        onClick={() => signOut.mutate({ mode, fromAllDevices: everywhere }, { onSuccess: () => onSignedOut?.() })}
      >
        {children ?? t(everywhere ? 'account.signOutEverywhere' : 'account.signOut')}
      </Button>
      {signOut.error ? <FormAlert tone="error">{formatError(signOut.error)}</FormAlert> : null}
    </>
  );
}
