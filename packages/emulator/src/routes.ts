import type { Ctx } from './context.js';
import { getPersonalInformation, logout, updatePersonalInformation } from './handlers/account.js';
import { anonymousLogin, conditionalLogin, login, refresh } from './handlers/auth.js';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './handlers/password.js';
import { confirmPin, requestPin } from './handlers/pin.js';
import { confirmActivation, register, requestActivation } from './handlers/registration.js';
import { getAuthSettings, getOAuthSettings } from './handlers/settings.js';
import { workspaceLogin } from './handlers/workspace.js';

type Handler = (ctx: Ctx, request: Request, params: string[]) => Promise<Response | null> | Response | null;

export interface Route {
  method: 'GET' | 'POST';
  path: string | RegExp;
  handler: Handler;
}

/** Every endpoint of docs/synerise-api.md. */
export const ROUTES: Route[] = [
  { method: 'POST', path: '/sauth/v3/auth/login/client/anonymous', handler: anonymousLogin },
  { method: 'POST', path: '/sauth/v3/auth/login/client', handler: login },
  { method: 'POST', path: '/sauth/v3/auth/login/client/conditional', handler: conditionalLogin },
  { method: 'POST', path: '/sauth/v3/auth/refresh/client', handler: refresh },
  { method: 'POST', path: '/uauth/v2/auth/login/profile', handler: workspaceLogin },
  { method: 'GET', path: '/sauth/settings/synerise-auth', handler: getAuthSettings },
  { method: 'GET', path: /^\/sauth\/settings\/oauth\/([a-z]+)$/, handler: (ctx, r, [provider]) => getOAuthSettings(ctx, r, provider ?? '') },
  { method: 'POST', path: '/sauth/clients/registered', handler: register },
  { method: 'POST', path: '/sauth/clients/activation/request', handler: requestActivation },
  { method: 'POST', path: '/sauth/clients/activation/confirmation', handler: confirmActivation },
  { method: 'POST', path: '/sauth/clients/activation/by-pin-code/request', handler: requestPin },
  { method: 'POST', path: '/sauth/clients/activation/by-pin-code/confirmation', handler: confirmPin },
  { method: 'POST', path: '/sauth/clients/password-reset/request', handler: requestPasswordReset },
  { method: 'POST', path: '/sauth/clients/password-reset/confirmation', handler: confirmPasswordReset },
  { method: 'POST', path: '/sauth/my-account/change-password', handler: changePassword },
  { method: 'GET', path: '/v4/my-account/personal-information', handler: getPersonalInformation },
  { method: 'POST', path: '/v4/my-account/personal-information', handler: updatePersonalInformation },
  { method: 'POST', path: '/sauth/my-account/logout', handler: logout },
];

export type RouteMatch = { kind: 'found'; route: Route; params: string[] } | { kind: 'method-not-allowed' } | { kind: 'not-found' };

export function matchRoute(method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const route of ROUTES) {
    let params: string[] | null = null;
    if (typeof route.path === 'string') params = route.path === path ? [] : null;
    else {
      const m = route.path.exec(path);
      params = m ? m.slice(1) : null;
    }
    if (!params) continue;
    pathMatched = true;
    if (route.method === method) return { kind: 'found', route, params };
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
}
