import { fieldError, HttpError, type FieldError } from '../errors.js';
import type { JsonBody } from '../http.js';
import { AGREEMENT_NAMES } from '../store.js';
import type { AgreementName, CustomId, IdentityProvider, WorkspaceSettings } from '../types.js';
import { checkApiKey, optionalString, requireString, throwIfErrors } from '../validation.js';

export type LoginProvider = 'SYNERISE' | IdentityProvider;

export interface LoginBody {
  provider: LoginProvider;
  identityProviderToken?: string;
  email?: string;
  customId?: CustomId;
  password?: string;
  uuid?: string;
  deviceId?: string;
  agreements: Partial<Record<AgreementName, boolean>>;
  attributes: Record<string, unknown>;
  tags: string[];
}

const PROVIDERS = ['SYNERISE', 'FACEBOOK', 'OAUTH', 'APPLE', 'GOOGLE', 'UNKNOWN'];

/** Reserved attribute names (seed 003) are ignored when sent in `attributes`. */
const RESERVED_ATTRIBUTES = new Set([
  'email', 'clientId', 'phone', 'customId', 'uuid', 'firstName', 'lastName', 'displayName', 'agreements', 'tags',
  'anonymous', 'created', 'updated', 'status', 'confirmed', 'type', 'facebookId', 'ip', 'source', 'time',
]);

/** customId is typed "any" (seed 003): any JSON scalar is accepted; objects and arrays are not. */
export function optionalCustomId(body: JsonBody, errors: FieldError[]): CustomId | undefined {
  const v = body['customId'];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  errors.push(fieldError('customId', 'INVALID_TYPE', 'customId must be a scalar', v));
  return undefined;
}

/** Agreement values may be booleans or the strings "true"/"false" (seed 003). */
export function parseAgreements(value: unknown, errors: FieldError[]): Partial<Record<AgreementName, boolean>> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push(fieldError('agreements', 'INVALID_TYPE', 'agreements must be an object', value));
    return {};
  }
  const out: Partial<Record<AgreementName, boolean>> = {};
  for (const name of AGREEMENT_NAMES) {
    const v = (value as Record<string, unknown>)[name];
    if (v === undefined || v === null) continue;
    if (typeof v === 'boolean') out[name] = v;
    else if (v === 'true' || v === 'false') out[name] = v === 'true';
    else errors.push(fieldError(`agreements.${name}`, 'INVALID_TYPE', `agreements.${name} must be a boolean`, v));
  }
  return out;
}

export function parseAttributes(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!RESERVED_ATTRIBUTES.has(k) && k !== '__proto__' && k !== 'constructor') out[k] = v;
  }
  return out;
}

export function parseTags(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/** Validates the shared body of login and conditional login (apiKey first, then fields, then device control). */
export function parseLoginBody(body: JsonBody, apiKeys: ReadonlySet<string>, settings: WorkspaceSettings): LoginBody {
  checkApiKey(body, apiKeys);
  const errors: FieldError[] = [];
  const provider = requireString(body, 'identityProvider', errors);
  if (provider !== undefined && !PROVIDERS.includes(provider)) {
    errors.push(fieldError('identityProvider', 'INVALID_VALUE', 'identityProvider is not supported', provider));
  } else if (provider === 'UNKNOWN') {
    errors.push(fieldError('identityProvider', 'UNSUPPORTED', 'identityProvider UNKNOWN cannot be used to log in', provider));
  }
  const parsed: LoginBody = {
    provider: (provider ?? 'SYNERISE') as LoginProvider,
    email: optionalString(body, 'email', errors)?.trim().toLowerCase(),
    customId: optionalCustomId(body, errors),
    uuid: optionalString(body, 'uuid', errors),
    deviceId: optionalString(body, 'deviceId', errors),
    agreements: parseAgreements(body['agreements'], errors),
    attributes: parseAttributes(body['attributes']),
    tags: parseTags(body['tags']),
  };
  if (parsed.provider === 'SYNERISE') {
    parsed.password = requireString(body, 'password', errors);
    // seed 003 / docs: uuid is required for SYNERISE (the profile that logged in anonymously first)
    if (!parsed.uuid) errors.push(fieldError('uuid', 'REQUIRED', 'uuid is required for SYNERISE'));
  } else if (provider !== undefined) {
    parsed.identityProviderToken = requireString(body, 'identityProviderToken', errors);
  }
  throwIfErrors(errors);
  if (settings.deviceControlMode !== false && !parsed.deviceId) {
    throw new HttpError(403, 'DEVICE_ID_REQUIRED', 'deviceId is required by the device control policy', [
      fieldError('deviceId', 'REQUIRED', 'deviceId is required'),
    ]);
  }
  return parsed;
}
