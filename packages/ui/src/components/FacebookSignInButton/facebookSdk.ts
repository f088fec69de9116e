import { loadScript } from '../shared/loadScript';

interface FacebookAuthResponse {
  accessToken?: string;
}

interface FacebookSdk {
  init(options: { appId: string; version: string; cookie?: boolean; xfbml?: boolean }): void;
  login(callback: (response: { authResponse?: FacebookAuthResponse | null; status?: string }) => void, options?: { scope?: string }): void;
}

declare global {
  interface Window {
    FB?: FacebookSdk;
  }
}

export const FACEBOOK_SDK_SRC = 'https://connect.facebook.net/en_US/sdk.js';
const initialised = new Set<string>();

/** Loads the Facebook JS SDK on demand and initialises it once per app id. */
export async function loadFacebookSdk(appId: string, version: string): Promise<FacebookSdk> {
  if (!window.FB) await loadScript(FACEBOOK_SDK_SRC, 'facebook-jssdk');
  const sdk = window.FB;
  if (!sdk) throw new Error('Facebook SDK unavailable');
  if (!initialised.has(appId)) {
    sdk.init({ appId, version, cookie: false, xfbml: false });
    initialised.add(appId);
  }
  return sdk;
}

/** FB.login → the user access token (Synerise's identityProviderToken for FACEBOOK). */
export function facebookAccessToken(sdk: FacebookSdk, scope = 'email'): Promise<string> {
  return new Promise((resolve, reject) => {
    sdk.login(
      (response) => {
        const token = response.authResponse?.accessToken;
        if (token) resolve(token);
        else reject(new Error('Facebook login cancelled'));
      },
      { scope },
    );
  });
}
