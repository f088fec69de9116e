import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAccount, useSession } from '@synerise-auth/react';
import { Button, Spinner, cx } from '../../primitives';
import type { MessageOverrides } from '../../i18n';
import { SignOutButton } from '../SignOutButton/SignOutButton';
import { useMessages } from '../shared/useMessages';
import { accountIdentity } from './accountIdentity';
import { useFocusHandoff } from './useFocusHandoff';

export interface AccountMenuProps {
  /** Anonymous visitors see "Sign in" (hidden when omitted). */
  onSignInRequested?: () => void;
  /** Adds "My account". */
  onMyAccount?: () => void;
  /** Adds "Change password". */
  onChangePassword?: () => void;
  onSignedOut?: () => void;
  /** Adds "Sign out on all devices" (in its own, separated group). */
  showSignOutEverywhere?: boolean;
  className?: string;
  messages?: MessageOverrides;
}

const settled = (status: string) => status === 'anonymous' || status === 'authenticated';

/**
 * Header widget: "Sign in" for visitors; for customers a disclosure (initials, name, chevron)
 * with greeting, links and sign-out. After a sign-in or sign-out focus lands on the new
 * control instead of `<body>`, and the change is announced.
 */
export function AccountMenu({ onSignInRequested, onMyAccount, onChangePassword, onSignedOut, showSignOutEverywhere = false, className, messages }: AccountMenuProps) {
  const { t } = useMessages(messages);
  const status = useSession((s) => s.status);
  const email = useSession((s) => s.profile?.email);
  const account = useAccount();
  const [open, setOpen] = useState(false);
  const panelId = `sa-account${useId().replace(/:/g, '')}`;
  const root = useRef<HTMLDivElement>(null);
  const control = useRef<HTMLButtonElement>(null);
  const changedTo = useFocusHandoff(status, control, settled);

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
    control.current?.focus();
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

  const { name, initials } = accountIdentity(account.data?.firstName, account.data?.lastName, email);
  const announcement = changedTo === 'authenticated' && email ? t('account.signedInAs', { email }) : changedTo === 'anonymous' ? t('account.signedOut') : '';
  return (
    <div ref={root} className={cx('sa-account-menu', className)} data-slot="account-menu" data-state={status} data-open={open || undefined} onKeyDown={onKeyDown}>
      <span className="sa-visually-hidden" role="status" data-slot="account-announcement">
        {announcement}
      </span>
      {status === 'booting' ? <Spinner /> : null}
      {status === 'anonymous' && onSignInRequested ? (
        <Button ref={control} variant="secondary" data-slot="account-sign-in" onClick={onSignInRequested}>
          {t('account.signIn')}
        </Button>
      ) : null}
      {status === 'authenticated' ? (
        <>
          <Button
            ref={control}
            variant="ghost"
            className="sa-account-trigger"
            data-slot="account-trigger"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
          >
            <span className="sa-avatar" data-slot="account-avatar" aria-hidden="true">
              {initials}
            </span>
            {name ? (
              <span className="sa-account-name" data-slot="account-name" aria-hidden="true">
                {name}
              </span>
            ) : null}
            {/* The accessible name ("Ann, account menu"): unlike the nav's "Account", and it starts with the visible name. */}
            <span className="sa-visually-hidden">{name ? t('account.menuFor', { name }) : t('account.menu')}</span>
            <svg className="sa-chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </Button>
          <div id={panelId} className="sa-account-panel" data-slot="account-panel" hidden={!open}>
            <div className="sa-account-identity" data-slot="account-identity">
              {name ? <p className="sa-account-greeting" data-slot="account-greeting">{t('account.greeting', { name })}</p> : null}
              {email ? <p className="sa-hint sa-account-email">{t('account.signedInAs', { email })}</p> : null}
            </div>
            <ul className="sa-account-actions" data-slot="account-actions">
              {onMyAccount ? item('account-my-account', t('account.myAccount'), onMyAccount) : null}
              {onChangePassword ? item('account-change-password', t('account.changePassword'), onChangePassword) : null}
              <li>
                <SignOutButton variant="ghost" onSignedOut={onSignedOut} messages={messages} />
              </li>
            </ul>
            {showSignOutEverywhere ? (
              <ul className="sa-account-actions" data-slot="account-danger-actions" data-tone="danger">
                <li>
                  <SignOutButton variant="ghost" everywhere onSignedOut={onSignedOut} messages={messages} />
                </li>
              </ul>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
