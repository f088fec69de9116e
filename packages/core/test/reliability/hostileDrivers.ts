import type { AuthClient } from '../../src/index';
import type { HostileKind } from './hostileArbitraries';

// One driver per endpoint: which client call reaches it, what must be true before, and which
// hostile kinds are invalid there (a bodiless endpoint legitimately accepts any 2xx JSON).

export type Prepare = 'none' | 'anonymous' | 'signedIn';

export interface EndpointDriver {
  endpoint: string;
  path: string;
  prepare: Prepare;
  kinds: readonly HostileKind[];
  /** Must reject with an AuthError, unless `mayResolve`. */
  act(client: AuthClient, ctx: { email: string; password: string; advance(ms: number): Promise<void> }): Promise<unknown>;
  mayResolve?: boolean;
}

const BODY_KINDS: readonly HostileKind[] = [
  'wrongShape', 'missingFields', 'html', 'truncated', 'protoKeys', 'errorBody200', 'redirect', 'noContent', 'rateLimited', 'serverError', 'huge', 'hugeShape', 'clientError',
];
const NO_BODY_KINDS: readonly HostileKind[] = ['html', 'truncated', 'errorBody200', 'redirect', 'rateLimited', 'serverError', 'huge', 'clientError'];
// PIN confirmation and personal information: a missing field is allowed (a bodiless 2xx, optional profile fields).
const OPTIONAL_BODY_KINDS: HostileKind[] = BODY_KINDS.filter((kind) => kind !== 'noContent' && kind !== 'missingFields');

export const DRIVERS: readonly EndpointDriver[] = [
  { endpoint: 'anonymousLogin', path: '/sauth/v3/auth/login/client/anonymous', prepare: 'none', kinds: BODY_KINDS, act: async (c) => { await c.start(); return c.getToken(); } },
  { endpoint: 'login', path: '/sauth/v3/auth/login/client', prepare: 'anonymous', kinds: BODY_KINDS, act: (c, x) => c.signIn({ email: x.email, password: x.password }) },
  {
    endpoint: 'conditionalLogin', path: '/sauth/v3/auth/login/client/conditional', prepare: 'anonymous', kinds: BODY_KINDS,
    act: (c, x) => c.conditionalSignIn({ email: x.email, password: x.password }),
  },
  {
    // The proactive refresh runs on a timer: it must end in `refreshFailed` (or, on 401/403, the anonymous fallback), never a throw.
    endpoint: 'refresh', path: '/sauth/v3/auth/refresh/client', prepare: 'signedIn', kinds: BODY_KINDS, mayResolve: true,
    act: (_c, x) => x.advance(31 * 60_000),
  },
  { endpoint: 'register', path: '/sauth/clients/registered', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c, x) => c.register({ email: `new-${x.email}`, password: x.password }) },
  { endpoint: 'requestActivation', path: '/sauth/clients/activation/request', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c, x) => c.requestActivation(x.email) },
  { endpoint: 'confirmActivation', path: '/sauth/clients/activation/confirmation', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c) => c.confirmActivation('activation-token') },
  { endpoint: 'requestPin', path: '/sauth/clients/activation/by-pin-code/request', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c, x) => c.requestPin(x.email) },
  { endpoint: 'confirmPin', path: '/sauth/clients/activation/by-pin-code/confirmation', prepare: 'anonymous', kinds: OPTIONAL_BODY_KINDS, act: (c, x) => c.confirmPin(x.email, '123456') },
  { endpoint: 'requestPasswordReset', path: '/sauth/clients/password-reset/request', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c, x) => c.requestPasswordReset(x.email) },
  { endpoint: 'confirmPasswordReset', path: '/sauth/clients/password-reset/confirmation', prepare: 'anonymous', kinds: NO_BODY_KINDS, act: (c, x) => c.confirmPasswordReset('reset-token', x.password) },
  { endpoint: 'changePassword', path: '/sauth/my-account/change-password', prepare: 'signedIn', kinds: NO_BODY_KINDS, act: (c, x) => c.changePassword(x.password, `${x.password}x`) },
  { endpoint: 'getAccount', path: '/v4/my-account/personal-information', prepare: 'signedIn', kinds: OPTIONAL_BODY_KINDS.concat('noContent'), act: (c) => c.getAccount() },
  { endpoint: 'updateAccount', path: '/v4/my-account/personal-information', prepare: 'signedIn', kinds: OPTIONAL_BODY_KINDS, act: (c) => c.updateAccount({ firstName: 'Ann' }) },
  // Sign-out is best effort: whatever the server answers, the tab signs out locally and resolves.
  { endpoint: 'logout', path: '/sauth/my-account/logout', prepare: 'signedIn', kinds: BODY_KINDS, mayResolve: true, act: (c) => c.signOut() },
];
