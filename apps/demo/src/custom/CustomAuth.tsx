import { useState, type ReactNode } from 'react';
import { useSession, useSignOut } from '@synerise-auth/react';
import { useCopy } from './copy';
import { CustomPin } from './CustomPin';
import { CustomRegister } from './CustomRegister';
import { CustomSignIn } from './CustomSignIn';

type Step = { name: 'signIn' } | { name: 'register' } | { name: 'pin'; email: string };

export interface CustomAuthProps {
  initial?: 'signIn' | 'register';
  /** Shown under the sign-in step only (e.g. social buttons). */
  signInExtra?: ReactNode;
}

/** Sign-in → registration → PIN, and sign-out once signed in: hooks and plain HTML only. */
export function CustomAuth({ initial = 'signIn', signInExtra }: CustomAuthProps) {
  const t = useCopy();
  const status = useSession((s) => s.status);
  const email = useSession((s) => s.profile?.email);
  const signOut = useSignOut();
  const [step, setStep] = useState<Step>(initial === 'register' ? { name: 'register' } : { name: 'signIn' });

  if (status === 'booting') return <p className="demo-muted">…</p>;
  if (status === 'authenticated') {
    return (
      <div className="demo-form">
        <p role="status" data-testid="custom-signed-in">
          {t('signedInAs', { email: email ?? '' })}
        </p>
        <button
          type="button"
          className="demo-button"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => setStep({ name: 'signIn' }) })}
        >
          {t('signOut')}
        </button>
      </div>
    );
  }
  if (step.name === 'pin') return <CustomPin email={step.email} onBack={() => setStep({ name: 'signIn' })} />;
  if (step.name === 'register') {
    return <CustomRegister onPin={(e) => setStep({ name: 'pin', email: e })} onSignIn={() => setStep({ name: 'signIn' })} />;
  }
  return (
    <>
      <CustomSignIn onPin={(e) => setStep({ name: 'pin', email: e })} onRegister={() => setStep({ name: 'register' })} />
      {signInExtra}
    </>
  );
}
