import { useCallback } from 'react';
import { SocialButton } from '../social/SocialButton';
import { useAuthSettings } from '@synerise-auth/react';
import type { MessageOverrides } from '../../i18n';
import { SocialFlowView } from '../social/SocialFlowView';
import { useSocialFlow } from '../social/useSocialFlow';
import { useMessages } from '../shared/useMessages';
import { facebookAccessToken, loadFacebookSdk } from './facebookSdk';

export interface FacebookSignInButtonProps {
  /** Facebook app id; default: the provider's `settings.oauthClientIds.facebook`. Needed unless `getIdentityToken` is given. */
  appId?: string;
  /** Graph API version for FB.init; default 'v19.0'. */
  version?: string;
  /** Injected access-token source (Storybook, demo, tests); the SDK is then never loaded. */
  getIdentityToken?: () => Promise<string>;
  onSignedIn?: () => void;
  className?: string;
  messages?: MessageOverrides;
}

/** "Continue with Facebook": the Facebook JS SDK is loaded on demand (first hover, focus or click). */
export function FacebookSignInButton({ appId: appIdProp, version = 'v19.0', getIdentityToken, onSignedIn, className, messages }: FacebookSignInButtonProps) {
  const configuredIds = useAuthSettings().oauthClientIds;
  const appId = appIdProp ?? configuredIds.facebook;
  const i18n = useMessages(messages);
  const fromSdk = useCallback(async () => {
    if (!appId) throw new Error('appId missing');
    return facebookAccessToken(await loadFacebookSdk(appId, version));
  }, [appId, version]);
  const flow = useSocialFlow({ provider: 'FACEBOOK', getIdentityToken: getIdentityToken ?? fromSdk, onSignedIn });
  const preload = () => {
    if (!getIdentityToken && appId) loadFacebookSdk(appId, version).catch(() => undefined);
  };
  return (
    <SocialFlowView flow={flow} providerName="Facebook" i18n={i18n} className={className}>
      <SocialButton
        provider="facebook"
        pending={flow.state === 'pending'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => void flow.start()}
      >
        {i18n.t('social.facebook')}
      </SocialButton>
    </SocialFlowView>
  );
}
