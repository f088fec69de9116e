// AuthApi over fetch. Paths and bodies follow shared/docs/synerise-api.md; the client holds
// no session state (tokens are passed per call, always as a Bearer header).
import type * as z from 'zod/mini';
import type { Clock, Fetch } from '../ports';
import type { Agreements, AuthApi, AuthSettings, CallOptions, ConditionalLoginReply, PersonalInformation } from './contract';
import type { CallSpec } from './http';
import { call } from './http';
import type { EndpointName } from './errorMapping';
import { conditionalSchema, oauthSettingsSchema, personalInformationSchema, pinConfirmationSchema, settingsSchema, tokenSchema } from './schemas';
import { toAuthSettings } from './settings';

export const DEFAULT_BASE_URL = 'https://api.synerise.com';
export const DEFAULT_TIMEOUT_MS = 15000;
export const DEFAULT_API_VERSION = '4.4';

export interface ApiClientOptions {
  apiKey: string;
  /** Default `https://api.synerise.com`. */
  baseUrl?: string;
  fetch: Fetch;
  clock: Clock;
  /** Default 15000. */
  timeoutMs?: number;
  /** `Api-Version` header for the v4 paths; default '4.4'. */
  apiVersion?: string;
}

export const PATHS = {
  anonymousLogin: '/sauth/v3/auth/login/client/anonymous',
  login: '/sauth/v3/auth/login/client',
  conditionalLogin: '/sauth/v3/auth/login/client/conditional',
  refresh: '/sauth/v3/auth/refresh/client',
  settings: '/sauth/settings/synerise-auth',
  oauthSettings: '/sauth/settings/oauth/',
  register: '/sauth/clients/registered',
  requestActivation: '/sauth/clients/activation/request',
  confirmActivation: '/sauth/clients/activation/confirmation',
  requestPin: '/sauth/clients/activation/by-pin-code/request',
  confirmPin: '/sauth/clients/activation/by-pin-code/confirmation',
  requestPasswordReset: '/sauth/clients/password-reset/request',
  confirmPasswordReset: '/sauth/clients/password-reset/confirmation',
  changePassword: '/sauth/my-account/change-password',
  personalInformation: '/v4/my-account/personal-information',
  logout: '/sauth/my-account/logout',
} as const;

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

const plain = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : undefined;

function toAgreements(v: unknown): Agreements | undefined {
  const raw = plain(v);
  if (!raw) return undefined;
  const out: Agreements = {};
  for (const k of ['email', 'sms', 'push', 'webPush', 'bluetooth', 'rfid', 'wifi'] as const) {
    const a = raw[k];
    if (a !== undefined && a !== null) out[k] = a === true || a === 'true' || a === 1;
  }
  return out;
}

const toInfo = (raw: z.infer<typeof personalInformationSchema>): PersonalInformation => ({
  ...raw,
  email: opt(raw.email),
  uuid: opt(raw.uuid),
  agreements: toAgreements(raw.agreements),
  attributes: plain(raw.attributes),
});

/** Creates the HTTP implementation of AuthApi. */
export function createApiClient(options: ApiClientOptions): AuthApi {
  const config = {
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    fetch: options.fetch,
    clock: options.clock,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
  };
  const { apiKey } = options;
  const req = <T>(endpoint: EndpointName, path: string, spec: Partial<CallSpec<T>>, o?: CallOptions): Promise<T> =>
    call(config, { endpoint, method: 'GET', path, signal: o?.signal, ...spec });
  /** POST to the endpoint's own path, with the apiKey in the body (it identifies the workspace). */
  const post = <T>(endpoint: EndpointName & keyof typeof PATHS, body: object, o?: CallOptions, spec?: Partial<CallSpec<T>>): Promise<T> =>
    req<T>(endpoint, PATHS[endpoint], { method: 'POST', body: { ...body, apiKey }, ...spec }, o);
  const getInfo = async (token: string, o?: CallOptions): Promise<PersonalInformation> =>
    toInfo(await req('getPersonalInformation', PATHS.personalInformation, { token, schema: personalInformationSchema }, o));

  return {
    anonymousLogin: (body, o) => post('anonymousLogin', body, o, { schema: tokenSchema }),
    login: (body, token, o) => post('login', body, o, { schema: tokenSchema, token, social: body.identityProvider !== 'SYNERISE' }),
    conditionalLogin: async (body, token, o): Promise<ConditionalLoginReply> => {
      const r = await post('conditionalLogin', body, o, { schema: conditionalSchema, token, social: body.identityProvider !== 'SYNERISE' });
      return {
        status: r.status,
        conditions: r.conditions ?? [],
        token: opt(r.token),
        expiration: opt(r.expiration),
        created: opt(r.created),
        origin: opt(r.origin),
        customId: r.customId,
        realm: opt(r.realm),
      };
    },
    refresh: (token, o) => post('refresh', {}, o, { schema: tokenSchema, token }),
    getSettings: async (o): Promise<AuthSettings> => toAuthSettings(await req('getSettings', PATHS.settings, { schema: settingsSchema }, o)),
    getOAuthSettings: (provider, o) => req('getOAuthSettings', PATHS.oauthSettings + encodeURIComponent(provider), { schema: oauthSettingsSchema }, o),
    register: (body, token, o) => post('register', body, o, { token }),
    requestActivation: (email, o) => post('requestActivation', { email }, o),
    confirmActivation: (activationToken, o) => post('confirmActivation', { token: activationToken }, o),
    requestPin: (body, o) => post('requestPin', body, o),
    confirmPin: async (body, o) => {
      const r = await post('confirmPin', body, o, { schema: pinConfirmationSchema, optionalBody: true });
      return r?.token ? { token: r.token } : {};
    },
    requestPasswordReset: (email, o) => post('requestPasswordReset', { email }, o),
    confirmPasswordReset: (body, o) => post('confirmPasswordReset', body, o),
    changePassword: (body, token, o) => post('changePassword', body, o, { token }),
    getPersonalInformation: getInfo,
    updatePersonalInformation: async (body, token, o) => {
      const r = await req(
        'updatePersonalInformation',
        PATHS.personalInformation,
        { method: 'POST', body, token, schema: personalInformationSchema, optionalBody: true },
        o,
      );
      // A bodiless 2xx: read the profile back so callers always get the stored state.
      return r === undefined ? getInfo(token, o) : toInfo(r);
    },
    logout: (body, token, o) => post('logout', body, o, { token }),
  };
}
