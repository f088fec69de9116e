import type { Ctx } from '../context.js';
import { json } from '../http.js';
import { settingsBody } from '../settings.js';

/** GET /sauth/settings/synerise-auth */
export function getAuthSettings(ctx: Ctx): Response {
  return json(200, settingsBody(ctx.settings(), ctx.tokenTtlSeconds()));
}

/** GET /sauth/settings/oauth/{facebook,google,apple} */
export function getOAuthSettings(ctx: Ctx, provider: string): Response | null {
  switch (provider) {
    case 'facebook':
      return json(200, { enabled: true, appId: ctx.oauth.facebookAppId, clientId: ctx.oauth.facebookAppId });
    case 'google':
      return json(200, { enabled: true, clientId: ctx.oauth.googleClientId });
    case 'apple':
      return json(200, { enabled: true, bundle: ctx.oauth.appleBundle, clientId: ctx.oauth.appleBundle });
    default:
      return null;
  }
}
