import { authenticate, type Ctx } from '../context.js';
import { json } from '../http.js';
import { settingsBody } from '../settings.js';

/** GET /sauth/settings/synerise-auth — workspace token only (seed 003: "Synerise User", SAUTH_SETTINGS_READ). */
export async function getAuthSettings(ctx: Ctx, request: Request): Promise<Response> {
  await authenticate(ctx, request, 'workspace');
  return json(200, settingsBody(ctx.settings(), ctx.tokenTtlSeconds()));
}

/** GET /sauth/settings/oauth/{facebook,google,apple} — workspace token only. */
export async function getOAuthSettings(ctx: Ctx, request: Request, provider: string): Promise<Response | null> {
  await authenticate(ctx, request, 'workspace');
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
