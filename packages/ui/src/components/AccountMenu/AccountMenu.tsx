import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAccount, useSession } from '@synerise-auth/react';
import { Button, Spinner, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { SignOutButton } from '../SignOutButton/SignOutButton';
import { useMessages } from '../shared/useMessages';

export interface AccountMenuProps {
  /** Anonymous visitors see "Sign in" (hidden when omitted). */
  onSignInRequested?: () => void;
  /** Adds "My account". */
  onMyAccount?: () => void;
  /** Adds "Change password". */
  onChangePassword?: () => void;
  onSignedOut?: () => void;
  /** Adds "Sign out on all devices". */
  showSignOutEverywhere?: boolean;
  className?: string;
  messages?: MessageOverrides;
}

/** Header widget: "Sign in" for visitors; a disclosure with greeting, links and sign-out for customers. */
export function AccountMenu({ onSignInRequested, onMyAccount, onChangePassword, onSignedOut, showSignOutEverywhere = false, className, messages }: AccountMenuProps) {
  const { t } = useMessages(messages);
  const status = useSession((s) => s.status);
  const email = useSession((s) => s.profile?.email);
  const account = useAccount();
  const [open, setOpen] = useState(false);
  const panelId = `sa-account${useId().replace(/:/g, '')}`;
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  useEffect(() => {
    if (status !== 'authenticated') setOpen(false);
  }, [status]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  const item = (slot: string, label: string, action: () => void) => (
    <li>
      <Button variant="ghost" block data-slot={slot} onClick={() => (setOpen(false), action())}>
        {label}
      </Button>
    </li>
  );

  const name = account.data?.firstName || email;
  return (
    <div ref={root} className={cx('sa-account-menu', className)} data-slot="account-menu" data-state={status} data-open={open || undefined} onKeyDown={onKeyDown}>
      {status === 'booting' ? <Spinner /> : null}
      {status === 'anonymous' && onSignInRequested ? (
        <Button variant="secondary" data-slot="account-sign-in" onClick={onSignInRequested}>
          {t('account.signIn')}
        </Button>
      ) : null}
      {status === 'authenticated' ? (
        <>
          <Button ref={trigger} variant="ghost" data-slot="account-trigger" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {t('account.menu')}
          </Button>
          <div id={panelId} className="sa-account-panel" data-slot="account-panel" hidden={!open}>
            {name ? <p className="sa-account-greeting" data-slot="account-greeting">{t('account.greeting', { name })}</p> : null}
            {email ? <p className="sa-hint">{t('account.signedInAs', { email })}</p> : null}
            <ul className="sa-account-actions" data-slot="account-actions">
              {onMyAccount ? item('account-my-account', t('account.myAccount'), onMyAccount) : null}
              {onChangePassword ? item('account-change-password', t('account.changePassword'), onChangePassword) : null}
              <li>
                <SignOutButton variant="ghost" onSignedOut={onSignedOut} messages={messages} />
              </li>
              {showSignOutEverywhere ? (
                <li>
                  <SignOutButton variant="ghost" everywhere onSignedOut={onSignedOut} messages={messages} />
                </li>
              ) : null}
            </ul>
          </div>
        </>
      ) : null}
    </div>
  );
}
