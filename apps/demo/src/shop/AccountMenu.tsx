import { useEffect, useId, useRef, useState } from 'react';
import { useSession, useSignOut } from '@synerise-auth/react';
import { href } from '../lib/router';
import { useStrings } from '../lib/strings';

/** Header menu of a signed-in customer (a disclosure: button + list of actions). */
export function AccountMenu() {
  const s = useStrings();
  const email = useSession((snap) => snap.profile?.email ?? '');
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="demo-menu" ref={root}>
      <button type="button" className="demo-avatar-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid="account-menu">
        <span className="demo-avatar" aria-hidden="true">
          {email.slice(0, 1).toUpperCase()}
        </span>
        <span className="demo-menu__email">{email}</span>
        <span className="demo-sr-only">{s.accountMenu}</span>
      </button>
      {open && (
        <ul id={id} className="demo-menu__list">
          <li>
            <a href={href('account')} onClick={() => setOpen(false)}>
              {s.myAccount}
            </a>
          </li>
          <li>
            <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => setOpen(false) })}>
              {signOut.isPending ? s.signingOut : s.signOut}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
