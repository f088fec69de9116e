import { useEffect, useRef, useState } from 'react';
import { AuthFlow } from '@synerise-auth/ui';
import { LIVE } from '../lib/config';
import { useStrings } from '../lib/strings';
import { SocialButtons } from './SocialButtons';

export interface AuthDialogProps {
  open: boolean;
  onClose: () => void;
  /** After a sign-in in the dialog (the shell closes it and welcomes the customer). */
  onSignedIn: () => void;
}

const social = (onSignedIn: () => void) => <SocialButtons onSignedIn={onSignedIn} />;

/**
 * Sign-in / registration in a modal `<dialog>` (focus trapped, Esc closes, focus returns):
 * the kit's `<AuthFlow>` (sign-in ⇄ register ⇄ PIN ⇄ activation ⇄ reset) with the kit's social
 * buttons on emulator-minted identity tokens (none in live mode: no provider app ids here).
 * A sign-in in another tab closes it too: AuthFlow follows the session and calls `onSignedIn`
 * (closing it on the session status alone unmounted AuthFlow before its own sign-in finished).
 */
export function AuthDialog({ open, onClose, onSignedIn }: AuthDialogProps) {
  const s = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  // A new AuthFlow (back on sign-in) each time the dialog opens.
  const [restart, setRestart] = useState(0);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // AuthFlow's `autoFocus` then puts focus on the e-mail field once the sign-in step shows.
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    if (!open) setRestart((n) => n + 1);
  }, [open]);

  return (
    <dialog ref={ref} className="demo-dialog" aria-labelledby="auth-dialog-title" onClose={onClose} data-testid="auth-dialog">
      <div className="demo-dialog__head">
        <h2 id="auth-dialog-title" className="demo-sr-only">
          {s.authDialogTitle}
        </h2>
        <span className="demo-dialog__brand" aria-hidden="true">
          {s.brand}
        </span>
        <button type="button" className="demo-icon-button" onClick={onClose} aria-label={s.close}>
          ×
        </button>
      </div>
      {open && (
        <div className="demo-dialog__body">
          <AuthFlow key={restart} autoFocus onSignedIn={onSignedIn} social={LIVE ? undefined : social} />
        </div>
      )}
    </dialog>
  );
}
