// THE endpoint table: every call the browser client makes — method, path, who may call it
// (auth kind), headers and body fields — with the source each row comes from. The API client
// (client.ts) reads paths, methods and headers only from here. A shop overrides any path with
// `createAuthClient({ endpoints: { requestPin: '/v4/…' } })` without forking the kit.
// Workspace-token rows (login as a workspace, the settings endpoints) are never called by a
// browser: they live in src/server/workspaceEndpoints.ts, the server-only entry.
// The comment above each row names its source: seed 000/001 (customer authentication guide),
// seed 003 (IAM reference), public docs pages on hub.synerise.com / help.synerise.com;
// "inferred" (and `inferred: true`) = the real path/body is not documented (named after the
// mobile SDK method) — see packages/core/README.md and docs/synerise-contract.md. Sources stay
// comments, not strings, so they cost the browser bundle nothing.

/**
 * Who may call an endpoint, i.e. which Bearer the kit sends:
 * - `none`: no token;
 * - `anonymous`: the anonymous profile token (`rlm` anonymous_client) — the kit sends whatever
 *   session token it holds, which is the anonymous one while nobody is signed in;
 * - `profile`: a signed-in customer's token (`rlm` client);
 * - `session`: the current token, anonymous or profile (refresh);
 * - `workspace`: a Synerise User / workspace token (server only).
 */
export type AuthKind = 'none' | 'anonymous' | 'profile' | 'session' | 'workspace';

export interface EndpointSpec {
  method: 'GET' | 'POST';
  path: string;
  auth: AuthKind;
  /** The Bearer may be omitted (login paths: sent when the kit has one so the anonymous history merges). */
  authOptional?: boolean;
  /** Sends `Api-Version` (public docs send it on /v4 calls and on registration; harmless elsewhere). */
  apiVersion: boolean;
  /** Body fields the server requires (`apiKey` is added by the client where listed). */
  required: readonly string[];
  /** Other body fields the kit may send. */
  optional: readonly string[];
  /** The path or body is a guess (named after an SDK method); verify it on a real workspace. */
  inferred: boolean;
}

const LOGIN_FIELDS = ['identityProviderToken', 'email', 'customId', 'password', 'uuid', 'deviceId', 'agreements', 'attributes', 'tags'] as const;

const row = (spec: Omit<EndpointSpec, 'inferred' | 'apiVersion' | 'optional'> & Partial<Pick<EndpointSpec, 'inferred' | 'apiVersion' | 'optional'>>): EndpointSpec => ({
  inferred: false,
  apiVersion: false,
  optional: [],
  ...spec,
});

export const ENDPOINTS = {
  // seed 000 sample request; seed 003 "Log in as anonymous profile"
  anonymousLogin: row({ method: 'POST', path: '/sauth/v3/auth/login/client/anonymous', auth: 'none', required: ['apiKey', 'uuid'], optional: ['deviceId'] }),
  // seed 000 sample; public docs "Customer authentication" (creates the account for non-SYNERISE providers)
  login: row({ method: 'POST', path: '/sauth/v3/auth/login/client', auth: 'anonymous', authOptional: true, required: ['apiKey', 'identityProvider'], optional: LOGIN_FIELDS }),
  // seed 000/003: never creates; the uuid must have logged in anonymously first; conditions with HTTP 200
  conditionalLogin: row({ method: 'POST', path: '/sauth/v3/auth/login/client/conditional', auth: 'anonymous', authOptional: true, required: ['apiKey', 'identityProvider'], optional: LOGIN_FIELDS }),
  // seed 000 sample; reply {token, expiration, created, origin, customId, realm} (seed 003)
  refresh: row({ method: 'POST', path: '/sauth/v3/auth/refresh/client', auth: 'session', required: ['apiKey'] }),
  // public docs "Customer registration" (RaaS): anonymous Bearer + Api-Version 4.4
  register: row({
    method: 'POST', path: '/sauth/clients/registered', auth: 'anonymous', apiVersion: true, required: ['apiKey', 'email', 'password', 'uuid'],
    optional: ['firstName', 'lastName', 'customId', 'phone', 'agreements', 'attributes', 'deviceId'],
  }),
  // inferred: SDK requestAccountActivation(email)
  requestActivation: row({ method: 'POST', path: '/sauth/clients/activation/request', auth: 'anonymous', required: ['apiKey', 'email'], inferred: true }),
  // inferred: SDK confirmAccountActivation(token)
  confirmActivation: row({ method: 'POST', path: '/sauth/clients/activation/confirmation', auth: 'anonymous', required: ['apiKey', 'token'], inferred: true }),
  // inferred; "the PIN must be entered from the same device that requested it" → uuid + deviceId
  requestPin: row({ method: 'POST', path: '/sauth/clients/activation/by-pin-code/request', auth: 'anonymous', required: ['apiKey', 'email', 'uuid', 'deviceId'], inferred: true }),
  // inferred: SDK confirmAccountActivationByPin(pinCode, email) + the requesting uuid/deviceId
  confirmPin: row({ method: 'POST', path: '/sauth/clients/activation/by-pin-code/confirmation', auth: 'anonymous', required: ['apiKey', 'email', 'pinCode', 'uuid', 'deviceId'], inferred: true }),
  // inferred: SDK requestPasswordReset(email)
  requestPasswordReset: row({ method: 'POST', path: '/sauth/clients/password-reset/request', auth: 'anonymous', required: ['apiKey', 'email'], inferred: true }),
  // inferred: SDK confirmPasswordReset(password, token)
  confirmPasswordReset: row({ method: 'POST', path: '/sauth/clients/password-reset/confirmation', auth: 'anonymous', required: ['apiKey', 'token', 'password'], inferred: true }),
  // inferred: SDK changePassword(oldPassword, password)
  changePassword: row({ method: 'POST', path: '/sauth/my-account/change-password', auth: 'profile', required: ['apiKey', 'oldPassword', 'password'], optional: ['deviceId'], inferred: true }),
  // public docs "Customer self-management": GET the profile
  getPersonalInformation: row({ method: 'GET', path: '/v4/my-account/personal-information', auth: 'profile', apiVersion: true, required: [] }),
  // public docs "Customer self-management": partial update, null deletes, empty strings rejected
  updatePersonalInformation: row({
    method: 'POST', path: '/v4/my-account/personal-information', auth: 'profile', apiVersion: true, required: [],
    optional: ['email', 'firstName', 'lastName', 'displayName', 'phone', 'customId', 'company', 'address', 'city', 'province', 'zipCode', 'countryCode', 'birthDate', 'sex', 'avatarUrl', 'agreements', 'attributes'],
  }),
  // inferred: SDK signOut(mode, fromAllDevices); wire values of `mode` unknown
  logout: row({ method: 'POST', path: '/sauth/my-account/logout', auth: 'profile', required: ['apiKey', 'mode'], optional: ['fromAllDevices'], inferred: true }),
} as const satisfies Record<string, EndpointSpec>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Path per endpoint; `createAuthClient({ endpoints })` takes a `Partial` of it. */
export type EndpointPaths = Record<EndpointName, string>;

/** The table with a shop's path overrides applied. @throws TypeError for a path that does not start with '/'. */
export function resolveEndpoints(overrides: Partial<EndpointPaths> = {}): Record<EndpointName, EndpointSpec> {
  const out = {} as Record<EndpointName, EndpointSpec>;
  for (const name of Object.keys(ENDPOINTS) as EndpointName[]) {
    const path = overrides[name] ?? ENDPOINTS[name].path;
    if (typeof path !== 'string' || !path.startsWith('/')) throw new TypeError(`endpoints.${name} must be a path starting with '/'`);
    out[name] = { ...ENDPOINTS[name], path };
  }
  return out;
}
