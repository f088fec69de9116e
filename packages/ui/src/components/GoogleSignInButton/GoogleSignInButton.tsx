import { GoogleLogin, GoogleOAuthProvider } from '@react-oauth/google';
import { SocialButton } from '../social/SocialButton';
import { useAuthSettings } from '@synerise-auth/react';
import type { MessageOverrides } from '../../i18n';
import { SocialFlowView } from '../social/SocialFlowView';
import { useSocialFlow } from '../social/useSocialFlow';
import { useMessages } from '../shared/useMessages';

export interface GoogleSignInButtonProps {
  /** Google OAuth client id; default: the provider's `settings.oauthClientIds.google`. Needed unless `getIdentityToken` is given. */
  clientId?: string;
  /** Injected ID-token source (Storybook, demo, tests); replaces Google's widget with the kit's button. */
  getIdentityToken?: () => Promise<string>;
  onSignedIn?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

/**
 * "Continue with Google": Google's button through `@react-oauth/google` (`GoogleOAuthProvider`
 * + `GoogleLogin`, whose credential is the ID token), conditional sign-in first, then an offer
 * to create the account when none exists.
 */
export function GoogleSignInButton({ clientId: clientIdProp, getIdentityToken, onSignedIn, className, messages }: GoogleSignInButtonProps) {
  const configuredIds = useAuthSettings().oauthClientIds;
  const clientId = clientIdProp ?? configuredIds.google;
  const i18n = useMessages(messages);
  const flow = useSocialFlow({ provider: 'GOOGLE', getIdentityToken, onSignedIn });
  const label = i18n.t('social.google');
  const trigger = getIdentityToken ? (
    <SocialButton provider="google" pending={flow.state === 'pending'} onClick={() => void flow.start()}>
      {label}
    </SocialButton>
  ) : clientId ? (
    <GoogleOAuthProvider clientId={clientId} locale={i18n.locale} onScriptLoadError={() => flow.fail()}>
      <div data-slot="social-button" aria-busy={flow.state === 'pending' || undefined}>
        <GoogleLogin
          text="continue_with"
          width="320"
          onSuccess={(response) => void flow.start(response.credential ?? '')}
          onError={() => flow.fail()}
        />
      </div>
    </GoogleOAuthProvider>
  ) : null;
  return (
    <SocialFlowView flow={flow} providerName="Google" i18n={i18n} className={className}>
      {trigger}
    </SocialFlowView>
  );
}
