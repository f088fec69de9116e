import { useState } from 'react';
import { AppleSignInButton, FacebookSignInButton, Field, GoogleSignInButton, TextInput } from '@synerise-auth/ui';
import { emulatorApi } from '../lib/emulatorApi';
import { useStrings } from '../lib/strings';

type Provider = 'GOOGLE' | 'FACEBOOK' | 'APPLE';

/**
 * The kit's social buttons against the emulator: each provider's identity token is minted
 * offline by `/__emulator/identity/mint` for the typed address (standing in for the provider's
 * pop-up) and handed to the button through `getIdentityToken`. The buttons run the kit's
 * social flow: conditional sign-in first, then an offer to create the account.
 */
export function SocialButtons({ onSignedIn }: { onSignedIn: () => void }) {
  const s = useStrings();
  const [account, setAccount] = useState('shopper@gmail.example');
  const mint = (provider: Provider) => () => emulatorApi.mintIdentity(provider, account.trim(), 'Sam');
  return (
    <div className="demo-social" data-testid="social">
      <Field label={s.socialAccount} hint={s.socialHint}>
        <TextInput type="email" name="social-account" value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" />
      </Field>
      <GoogleSignInButton getIdentityToken={mint('GOOGLE')} onSignedIn={onSignedIn} />
      <FacebookSignInButton getIdentityToken={mint('FACEBOOK')} onSignedIn={onSignedIn} />
      <AppleSignInButton getIdentityToken={mint('APPLE')} onSignedIn={onSignedIn} />
    </div>
  );
}
