import { useEffect, useRef } from 'react';
import { useSession } from '@synerise-auth/react';
import { CustomAuth } from '../custom/CustomAuth';
import { LIVE } from '../lib/config';
import { useStrings } from '../lib/strings';
import { SocialButtons } from './SocialButtons';

export interface AuthDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Sign-in / registration in a modal `<dialog>` (focus trapped, Esc closes, focus returns).
 * SWAP POINT: `<AuthFlow>` from @synerise-auth/ui is not exported yet, so the dialog hosts the
 * hook-built flow; replace `<CustomAuth />` with `<AuthFlow onSignedIn={onClose} />` once it is.
 */
export function AuthDialog({ open, onClose }: AuthDialogProps) {
  const s = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  const status = useSession((snap) => snap.status);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[name="email"]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (open && status === 'authenticated') onClose();
  }, [open, status, onClose]);

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
          <CustomAuth signInExtra={LIVE ? null : <SocialButtons onSignedIn={onClose} />} />
        </div>
      )}
    </dialog>
  );
}
