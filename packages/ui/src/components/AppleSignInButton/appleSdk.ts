import { loadScript } from '../shared/loadScript';

interface AppleIdAuth {
  init(config: { clientId: string; scope: string; redirectURI: string; state?: string; nonce?: string; usePopup: boolean }): void;
  signIn(): Promise<{ authorization?: { id_token?: string } }>;
}

declare global {
  interface Window {
    AppleID?: { auth: AppleIdAuth };
  }
}

export const APPLE_SDK_SRC = 'https://appleid.cdn-apple.com/appleauth/static/jsapi/appleid/1/en_US/appleid.auth.js';

export interface AppleConfig {
  clientId: string;
  redirectURI: string;
  scope?: string;
  nonce?: string;
}

/** Loads Sign in with Apple JS on demand and returns the identity token from the popup. */
export async function appleIdentityToken(config: AppleConfig): Promise<string> {
  if (!window.AppleID) await loadScript(APPLE_SDK_SRC, 'appleid-auth');
  const auth = window.AppleID?.auth;
  if (!auth) throw new Error('Sign in with Apple unavailable');
  auth.init({ clientId: config.clientId, redirectURI: config.redirectURI, scope: config.scope ?? 'name email', usePopup: true, ...(config.nonce ? { nonce: config.nonce } : {}) });
  const response = await auth.signIn();
  const token = response.authorization?.id_token;
  if (!token) throw new Error('Sign in with Apple cancelled');
  return token;
}
