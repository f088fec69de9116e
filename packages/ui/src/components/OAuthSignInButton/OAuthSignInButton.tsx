import type { ReactNode } from 'react';
import { SocialButton } from '../social/SocialButton';
import type { MessageOverrides } from '../../i18n';
import { SocialFlowView } from '../social/SocialFlowView';
import { useSocialFlow } from '../social/useSocialFlow';
import { useMessages } from '../shared/useMessages';

export interface OAuthSignInButtonProps {
  /** Your backend's token for Synerise's OAUTH identity provider (e.g. from your own login popup). */
  getIdentityToken: () => Promise<string>;
  /** Shown in texts ("Continue with {provider}"); default "OAuth". */
  providerName?: string;
  onSignedIn?: () => void;
  children?: ReactNode;
  className?: string;
  messages?: MessageOverrides;
}

/** Sign-in with a token from the app's own OAuth provider (identityProvider OAUTH). */
export function OAuthSignInButton({ getIdentityToken, providerName = 'OAuth', onSignedIn, children, className, messages }: OAuthSignInButtonProps) {
  const i18n = useMessages(messages);
  const flow = useSocialFlow({ provider: 'OAUTH', getIdentityToken, onSignedIn });
  return (
    <SocialFlowView flow={flow} providerName={providerName} i18n={i18n} className={className}>
      <SocialButton pending={flow.state === 'pending'} onClick={() => void flow.start()}>
        {children ?? i18n.t('social.oauth', { provider: providerName })}
      </SocialButton>
    </SocialFlowView>
  );
}
