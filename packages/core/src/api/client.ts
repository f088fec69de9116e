// AuthApi over fetch. Method, path and headers of every call come from the endpoint table
// (./endpoints.ts, with the shop's overrides); the client holds no session state (tokens are
// passed per call, always as a Bearer header).
import type * as z from 'zod/mini';
import type { Clock, Fetch } from '../ports';
import type { Agreements, AuthApi, CallOptions, ConditionalLoginReply, PersonalInformation, TokenReply } from './contract';
import { resolveEndpoints, type EndpointName, type EndpointPaths } from './endpoints';
import type { CallSpec } from './http';
import { call } from './http';
import { conditionalSchema, personalInformationSchema, pinConfirmationSchema, tokenSchema } from './schemas';

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
  /** `Api-Version` header where the endpoint table asks for it; default '4.4'. */
  apiVersion?: string;
  /** Path overrides per endpoint (the rest of the table stays). */
  endpoints?: Partial<EndpointPaths>;
}

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

/** Token reply with nulls dropped. */
function toTokenReply(raw: z.infer<typeof tokenSchema>): TokenReply {
  const out: TokenReply = { token: raw.token };
  if (raw.expiration != null) out.expiration = raw.expiration;
  if (raw.created != null) out.created = raw.created;
  if (raw.origin != null) out.origin = raw.origin;
  if (raw.customId != null) out.customId = raw.customId;
  if (raw.realm != null) out.realm = raw.realm;
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
  const table = resolveEndpoints(options.endpoints);
  /** One call of `endpoint` as the table describes it; `apiKey` joins the body where the table lists it. */
  const send = <T>(endpoint: EndpointName, spec: Partial<CallSpec<T>>, o?: CallOptions): Promise<T> => {
    const row = table[endpoint];
    const body = spec.body === undefined || !row.required.includes('apiKey') ? spec.body : { ...(spec.body as object), apiKey };
    return call(config, { endpoint, method: row.method, path: row.path, apiVersion: row.apiVersion, signal: o?.signal, ...spec, body });
  };
  const tokenCall = async (endpoint: EndpointName, body: object, token: string | undefined, o?: CallOptions, social = false): Promise<TokenReply> =>
    toTokenReply(await send(endpoint, { body, token, social, schema: tokenSchema }, o));
  const getInfo = async (token: string, o?: CallOptions): Promise<PersonalInformation> =>
    toInfo(await send('getPersonalInformation', { token, schema: personalInformationSchema }, o));

  return {
    anonymousLogin: (body, o) => tokenCall('anonymousLogin', body, undefined, o),
    login: (body, token, o) => tokenCall('login', body, token, o, body.identityProvider !== 'SYNERISE'),
    conditionalLogin: async (body, token, o): Promise<ConditionalLoginReply> => {
      const r = await send('conditionalLogin', { body, schema: conditionalSchema, token, social: body.identityProvider !== 'SYNERISE' }, o);
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
    refresh: (token, o) => tokenCall('refresh', {}, token, o),
    register: (body, token, o) => send('register', { body, token }, o),
    requestActivation: (email, token, o) => send('requestActivation', { body: { email }, token }, o),
    confirmActivation: (activationToken, token, o) => send('confirmActivation', { body: { token: activationToken }, token }, o),
    requestPin: (body, token, o) => send('requestPin', { body, token }, o),
    confirmPin: async (body, token, o) => {
      const r = await send('confirmPin', { body, token, schema: pinConfirmationSchema, optionalBody: true }, o);
      return r?.token ? toTokenReply({ ...r, token: r.token }) : {};
    },
    requestPasswordReset: (email, token, o) => send('requestPasswordReset', { body: { email }, token }, o),
    confirmPasswordReset: (body, bearer, o) => send('confirmPasswordReset', { body, token: bearer }, o),
    changePassword: (body, token, o) => send('changePassword', { body, token }, o),
    getPersonalInformation: getInfo,
    updatePersonalInformation: async (body, token, o) => {
      const r = await send('updatePersonalInformation', { body, token, schema: personalInformationSchema, optionalBody: true }, o);
      // A bodiless 2xx: read the profile back so callers always get the stored state.
      return r === undefined ? getInfo(token, o) : toInfo(r);
    },
    logout: (body, token, o) => send('logout', { body, token }, o),
  };
}
