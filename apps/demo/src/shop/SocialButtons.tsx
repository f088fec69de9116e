import { useState } from 'react';
import { AppleSignInButton, FacebookSignInButton, GoogleSignInButton } from '@synerise-auth/ui';
import { emulatorApi } from '../lib/emulatorApi';
import { useStrings } from '../lib/strings';

type Provider = 'GOOGLE' | 'FACEBOOK' | 'APPLE';

const DEFAULT_ACCOUNT = 'shopper@gmail.example';

/**
 * The kit's social buttons against the emulator: each provider's identity token is minted
 * offline by `/__emulator/identity/mint` for an address (standing in for the provider's
 * pop-up) and handed to the button through `getIdentityToken`. The buttons run the kit's
 * social flow: conditional sign-in first, then an offer to create the account.
 *
 * Choosing that address is an emulator tool, not part of the shop: it is marked as such and
 * only in development builds (`import.meta.env.DEV`).
 */
export function SocialButtons({ onSignedIn }: { onSignedIn: () => void }) {
  const [account, setAccount] = useState(DEFAULT_ACCOUNT);
  const mint = (provider: Provider) => () => emulatorApi.mintIdentity(provider, account.trim() || DEFAULT_ACCOUNT, 'Sam');
  return (
    <div className="demo-social" data-testid="social">
      <GoogleSignInButton getIdentityToken={mint('GOOGLE')} onSignedIn={onSignedIn} />
      <FacebookSignInButton getIdentityToken={mint('FACEBOOK')} onSignedIn={onSignedIn} />
      <AppleSignInButton getIdentityToken={mint('APPLE')} onSignedIn={onSignedIn} />
      {import.meta.env.DEV ? <EmulatorAccountField value={account} onChange={setAccount} /> : null}
    </div>
  );
}

function EmulatorAccountField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const s = useStrings();
  return (
    <fieldset className="demo-devtool" data-testid="emulator-tool">
      <legend>
        <span className="demo-devtool__badge">{s.devTool}</span>
      </legend>
      <label className="demo-devtool__field">
        <span>{s.socialAccount}</span>
        <input type="email" name="social-account" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} aria-describedby="social-account-hint" />
      </label>
      <p id="social-account-hint" className="demo-small demo-muted">{s.socialHint}</p>
    </fieldset>
  );
}
