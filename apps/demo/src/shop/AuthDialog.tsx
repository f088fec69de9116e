import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSession } from '@synerise-auth/react';
import { AuthFlow, type AuthFlowView } from '@synerise-auth/ui';
import { LIVE } from '../lib/config';
import { useStrings } from '../lib/strings';
import { AFTER_REGISTER, RegisteredStep, type AfterRegister } from './RegisteredStep';
import { SocialButtons } from './SocialButtons';

export interface AuthDialogProps {
  open: boolean;
  onClose: () => void;
}

const social = (onSignedIn: () => void) => <SocialButtons onSignedIn={onSignedIn} />;

/**
 * Sign-in / registration in a modal `<dialog>` (focus trapped, Esc closes, focus returns):
 * the kit's `<AuthFlow>` (sign-in ⇄ register ⇄ PIN ⇄ activation ⇄ reset) with the kit's social
 * buttons on emulator-minted identity tokens (none in live mode: no provider app ids here).
 */
export function AuthDialog({ open, onClose }: AuthDialogProps) {
  const s = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  const status = useSession((snap) => snap.status);
  // See RegisteredStep: the e-mail typed into the flow's forms and the flow's current view.
  const typed = useRef('');
  const view = useRef<AuthFlowView>('signIn');
  const [after, setAfter] = useState<AfterRegister | null>(null);
  const [restart, setRestart] = useState<{ n: number; initialView: 'signIn' | 'register' }>({ n: 0, initialView: 'signIn' });
  const onInput = (event: FormEvent<HTMLDivElement>) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'email') typed.current = input.value.trim();
  };
  const onViewChange = (next: AuthFlowView) => {
    const fromRegister = view.current === 'register';
    view.current = next;
    if (fromRegister && AFTER_REGISTER.has(next) && typed.current) setAfter({ view: next as AfterRegister['view'], email: typed.current });
  };
  const back = (initialView: 'signIn' | 'register') => {
    view.current = initialView;
    setAfter(null);
    setRestart((r) => ({ n: r.n + 1, initialView }));
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // After AuthFlow's effects (it focuses its heading when StrictMode re-runs them): the
      // dialog opens on the e-mail field.
      window.requestAnimationFrame(() => dialog.querySelector<HTMLInputElement>('input[name="email"]')?.focus());
    }
    if (!open && dialog.open) dialog.close();
    if (!open) {
      view.current = 'signIn';
      setAfter(null);
      setRestart((r) => ({ n: r.n + 1, initialView: 'signIn' }));
    }
  }, [open]);

  // The hand-over to RegisteredStep keeps focus on the new step's heading, as AuthFlow does.
  useEffect(() => {
    const heading = after ? ref.current?.querySelector<HTMLElement>('.demo-dialog__body h2') : null;
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [after]);

  // Signed in elsewhere (another tab) while the dialog is open.
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
        <div className="demo-dialog__body" onInput={onInput}>
          {after ? (
            <RegisteredStep step={after} onSignedIn={onClose} onBack={back} />
          ) : (
            <AuthFlow
              key={restart.n}
              initialView={restart.initialView}
              defaultEmail={restart.initialView === 'register' ? typed.current : ''}
              onSignedIn={onClose}
              onViewChange={onViewChange}
              social={LIVE ? undefined : social}
            />
          )}
        </div>
      )}
    </dialog>
  );
}
