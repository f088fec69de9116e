import { useState } from 'react';
import { useSocialSignIn } from '@synerise-auth/react';
import { FormAlert } from '@synerise-auth/ui';
import { emulatorApi } from '../lib/emulatorApi';
import { fill, useStrings } from '../lib/strings';

type Provider = 'GOOGLE' | 'FACEBOOK' | 'APPLE';
const PROVIDERS: ReadonlyArray<{ id: Provider; label: string }> = [
  { id: 'GOOGLE', label: 'Google' },
  { id: 'FACEBOOK', label: 'Facebook' },
  { id: 'APPLE', label: 'Apple' },
];

/**
 * Social sign-in against the emulator: the provider's identity token is minted offline by
 * `/__emulator/identity/mint` (stands in for the Google/Facebook/Apple pop-up), then handed to
 * `useSocialSignIn` in `create` mode. Swap for the kit's social buttons once they are exported.
 */
export function SocialButtons({ onSignedIn }: { onSignedIn: () => void }) {
  const s = useStrings();
  const social = useSocialSignIn();
  const [account, setAccount] = useState('shopper@gmail.example');
  const [failed, setFailed] = useState(false);

  async function continueWith(provider: Provider) {
    setFailed(false);
    try {
      const identityToken = await emulatorApi.mintIdentity(provider, account.trim(), 'Sam');
      const result = await social.mutateAsync({ provider, identityToken, mode: 'create' });
      if (result.status === 'success') onSignedIn();
      else setFailed(true);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="demo-social">
      <p className="demo-divider">
        <span>{s.orContinue}</span>
      </p>
      <label className="demo-field">
        <span>{s.socialAccount}</span>
        <input type="email" value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" />
      </label>
      <div className="demo-social__buttons">
        {PROVIDERS.map((p) => (
          <button key={p.id} type="button" className="demo-button demo-button--social" disabled={social.isPending} onClick={() => void continueWith(p.id)}>
            <span className={`demo-logo demo-logo--${p.id.toLowerCase()}`} aria-hidden="true" />
            {fill(s.continueWith, { provider: p.label })}
          </button>
        ))}
      </div>
      {failed && <FormAlert tone="error">{social.error ? social.error.message : 'The provider sign-in did not complete.'}</FormAlert>}
    </div>
  );
}
