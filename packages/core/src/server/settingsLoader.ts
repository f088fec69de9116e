// Loads the workspace's auth settings on a shop's server (Next.js server component, any Node
// backend) with a workspace token, and returns them as plain JSON for the browser client:
// `<SyneriseAuthProvider settings={await loadAuthSettings(...)}>`. Never run this in a browser:
// a workspace API key or token must not reach one.
import type { AuthSettingsInput, OAuthClientIds } from '../api/contract';
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, DEFAULT_API_VERSION } from '../api/client';
import { call, type HttpConfig } from '../api/http';
import { isAuthError } from '../errors/AuthError';
import type { Clock, Fetch } from '../ports';
import { systemClock } from '../ports/clock';
import { globalFetch } from '../ports/fetch';
import { oauthReplySchema, settingsReplySchema, toSettingsInput, workspaceLoginSchema } from './settingsReply';
import { WORKSPACE_ENDPOINTS, type WorkspaceEndpointPaths } from './workspaceEndpoints';

export interface SettingsLoaderOptions {
  /** Default `https://api.synerise.com`. */
  baseUrl?: string;
  /** Workspace (Business Profile) API key: exchanged for a workspace token on every load. */
  workspaceApiKey?: string;
  /** Or a workspace token you already have (or a function that returns a current one). */
  workspaceToken?: string | (() => string | Promise<string>);
  /** Default: globalThis.fetch. */
  fetch?: Fetch;
  /** Cache lifetime; default 300 s. `0` = load on every call. */
  ttlSeconds?: number;
  /** Default: systemClock (for the cache and the request timeout). */
  clock?: Clock;
  /** Per request; default 15000 ms. */
  timeoutMs?: number;
  /** Path overrides of the workspace rows. */
  endpoints?: Partial<WorkspaceEndpointPaths>;
}

export interface SettingsLoader {
  /**
   * The settings, from the cache while it is fresh. Concurrent calls share one request. A
   * failed reload serves the last settings loaded (and tries again on the next call); with
   * nothing loaded yet it rejects with the AuthError.
   */
  load(): Promise<AuthSettingsInput>;
}

export const DEFAULT_SETTINGS_TTL_SECONDS = 300;
const PROVIDERS = ['google', 'facebook', 'apple'] as const;

export function createSettingsLoader(options: SettingsLoaderOptions): SettingsLoader {
  if (!options.workspaceApiKey && !options.workspaceToken) throw new TypeError('createSettingsLoader needs a workspaceApiKey or a workspaceToken');
  const clock = options.clock ?? systemClock;
  const config: HttpConfig = {
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    fetch: options.fetch ?? globalFetch,
    clock,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    apiVersion: DEFAULT_API_VERSION,
  };
  const paths = { ...Object.fromEntries(Object.entries(WORKSPACE_ENDPOINTS).map(([k, v]) => [k, v.path])), ...options.endpoints } as WorkspaceEndpointPaths;
  const ttlMs = (options.ttlSeconds ?? DEFAULT_SETTINGS_TTL_SECONDS) * 1000;
  let cached: { value: AuthSettingsInput; at: number } | undefined;
  let inflight: Promise<AuthSettingsInput> | undefined;

  async function workspaceToken(): Promise<string> {
    const given = options.workspaceToken;
    if (given !== undefined) return typeof given === 'function' ? given() : given;
    const { method, apiVersion } = WORKSPACE_ENDPOINTS.workspaceLogin;
    const reply = await call(config, {
      endpoint: 'workspaceLogin', method, apiVersion, path: paths.workspaceLogin, body: { apiKey: options.workspaceApiKey }, schema: workspaceLoginSchema,
    });
    return reply.token;
  }

  async function oauthClientId(provider: (typeof PROVIDERS)[number], token: string): Promise<string | undefined> {
    try {
      const reply = await call(config, {
        endpoint: 'workspaceSettings', method: 'GET', path: paths.oauthSettings.replace('{provider}', provider), token, schema: oauthReplySchema,
      });
      if (reply.enabled === false) return undefined;
      return (provider === 'facebook' ? reply.appId ?? reply.clientId : reply.clientId) ?? undefined;
    } catch {
      return undefined; // not configured, or not readable with this token: the shop can configure it by hand
    }
  }

  async function fetchSettings(): Promise<AuthSettingsInput> {
    const token = await workspaceToken();
    const raw = await call(config, { endpoint: 'workspaceSettings', method: 'GET', path: paths.authSettings, token, schema: settingsReplySchema });
    const settings = toSettingsInput(raw);
    const ids = await Promise.all(PROVIDERS.map((p) => oauthClientId(p, token)));
    const oauthClientIds: OAuthClientIds = {};
    PROVIDERS.forEach((p, i) => {
      if (ids[i]) oauthClientIds[p] = ids[i];
    });
    if (Object.keys(oauthClientIds).length > 0) settings.oauthClientIds = oauthClientIds;
    return settings;
  }

  return {
    load() {
      if (cached && clock.now() - cached.at < ttlMs) return Promise.resolve(structuredClone(cached.value));
      inflight ??= fetchSettings()
        .then(
          (value) => {
            cached = { value, at: clock.now() };
            return structuredClone(value);
          },
          (error: unknown) => {
            if (cached && isAuthError(error) && error.isTransient) return structuredClone(cached.value);
            throw error;
          },
        )
        .finally(() => {
          inflight = undefined;
        });
      return inflight;
    },
  };
}

/** One load without a cache: `await loadAuthSettings({ workspaceApiKey })`. */
export function loadAuthSettings(options: SettingsLoaderOptions): Promise<AuthSettingsInput> {
  return createSettingsLoader({ ...options, ttlSeconds: 0 }).load();
}
