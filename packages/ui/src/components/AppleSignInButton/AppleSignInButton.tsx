import { useCallback } from 'react';
import { SocialButton } from '../social/SocialButton';
import { useAuthSettings } from '@synerise-auth/react';
import type { MessageOverrides } from '../../i18n';
import { SocialFlowView } from '../social/SocialFlowView';
import { useSocialFlow } from '../social/useSocialFlow';
import { useMessages } from '../shared/useMessages';
import { appleIdentityToken } from './appleSdk';

export interface AppleSignInButtonProps {
  /** Apple Services ID; default: the provider's `settings.oauthClientIds.apple`. Needed (with `redirectURI`) unless `getIdentityToken` is given. */
  clientId?: string;
  redirectURI?: string;
  /** Injected identity-token source (Storybook, demo, tests); Apple's JS is then never loaded. */
  getIdentityToken?: () => Promise<string>;
  onSignedIn?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

/** "Continue with Apple": Sign in with Apple JS is loaded on demand when clicked (popup mode). */
export function AppleSignInButton({ clientId: clientIdProp, redirectURI, getIdentityToken, onSignedIn, className, messages }: AppleSignInButtonProps) {
  const configuredIds = useAuthSettings().oauthClientIds;
  const clientId = clientIdProp ?? configuredIds.apple;
  const i18n = useMessages(messages);
  const fromSdk = useCallback(() => {
    if (!clientId || !redirectURI) return Promise.reject(new Error('clientId/redirectURI missing'));
    return appleIdentityToken({ clientId, redirectURI });
  }, [clientId, redirectURI]);
  const flow = useSocialFlow({ provider: 'APPLE', getIdentityToken: getIdentityToken ?? fromSdk, onSignedIn });
  return (
    <SocialFlowView flow={flow} providerName="Apple" i18n={i18n} className={className}>
      <SocialButton provider="apple" pending={flow.state === 'pending'} onClick={() => void flow.start()}>
        {i18n.t('social.apple')}
      </SocialButton>
    </SocialFlowView>
  );
}
