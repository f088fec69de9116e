import type { ReactNode } from 'react';
import { useAuthFlow, useFlowFocus, useSession, useSignOut } from '@synerise-auth/react';
import { useCopy } from './copy';
import { CustomPin } from './CustomPin';
import { CustomRegister } from './CustomRegister';
import { CustomSignIn } from './CustomSignIn';

export interface CustomAuthProps {
  initial?: 'signIn' | 'register';
  /** Shown under the sign-in step only (e.g. social buttons). */
  signInExtra?: ReactNode;
}

/** Sign-in → registration → PIN, and sign-out once signed in: the kit's flow hooks and plain HTML only. */
export function CustomAuth({ initial = 'signIn', signInExtra }: CustomAuthProps) {
  const t = useCopy();
  const flow = useAuthFlow({ initialStep: initial });
  const focus = useFlowFocus(flow.step);
  const email = useSession((s) => s.profile?.email);
  const signOut = useSignOut();

  let content: ReactNode;
  switch (flow.step) {
    case 'booting':
      content = <p className="demo-muted">…</p>;
      break;
    case 'signedIn':
      content = (
        <div className="demo-form">
          <p role="status" data-testid="custom-signed-in">
            {t('signedInAs', { email: email ?? '' })}
          </p>
          <button type="button" className="demo-button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('signOut')}
          </button>
        </div>
      );
      break;
    case 'pin':
      content = <CustomPin flow={flow} />;
      break;
    case 'register':
    case 'activationPending':
    case 'checkEmail':
      content = <CustomRegister flow={flow} />;
      break;
    default:
      content = (
        <>
          <CustomSignIn flow={flow} />
          {signInExtra}
        </>
      );
  }
  return (
    <div {...focus.getContainerProps()}>
      {content}
      <p className="demo-sr-only" {...focus.getLiveRegionProps()} />
    </div>
  );
}
