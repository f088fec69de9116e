import { createSettingsLoader, type AuthSettingsInput, type SettingsLoader } from '@synerise-auth/core/server';

/** What the server hands to `<SyneriseAuthProvider>` (plain, serialisable values, no secret). */
export interface StorefrontAuthConfig {
  apiKey: string;
  baseUrl: string;
  /** The workspace's auth settings, loaded on the server; undefined = the kit's defaults. */
  settings: AuthSettingsInput | undefined;
}

const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';

// One loader per server process: the workspace login + settings reads are cached for
// SYNERISE_SETTINGS_TTL_SECONDS (default 300; 0 = on every request).
let loader: { key: string; loader: SettingsLoader } | undefined;

function ttlSeconds(): number | undefined {
  const raw = process.env['SYNERISE_SETTINGS_TTL_SECONDS'];
  const ttl = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(ttl) && ttl >= 0 ? ttl : undefined;
}

function settingsLoader(baseUrl: string, workspaceApiKey: string): SettingsLoader {
  const ttl = ttlSeconds();
  const key = `${baseUrl}\n${workspaceApiKey}\n${ttl ?? ''}`;
  if (loader?.key !== key) {
    loader = { key, loader: createSettingsLoader({ baseUrl, workspaceApiKey, ...(ttl === undefined ? {} : { ttlSeconds: ttl }) }) };
  }
  return loader.loader;
}

/**
 * Read on the server for every request (the layout is dynamic, so `next build` never calls
 * it), so the same build runs against the emulator (e2e, `pnpm dev`) or a real workspace:
 * SYNERISE_API_KEY and SYNERISE_BASE_URL (default: the emulator bin on 127.0.0.1:8787), and the
 * server-only SYNERISE_WORKSPACE_API_KEY, exchanged for a workspace token to read the
 * workspace's auth settings. Only the resulting settings go to the browser, never the key
 * or the token. Without a workspace key, or while the settings cannot be read (and none
 * were read before), the kit's defaults are used and the failure is logged.
 */
export async function loadStorefrontAuthConfig(): Promise<StorefrontAuthConfig> {
  const apiKey = process.env['SYNERISE_API_KEY'] ?? 'emulator-api-key';
  const baseUrl = process.env['SYNERISE_BASE_URL'] ?? DEFAULT_BASE_URL;
  const workspaceApiKey = process.env['SYNERISE_WORKSPACE_API_KEY'];
  if (!workspaceApiKey) return { apiKey, baseUrl, settings: undefined };
  try {
    return { apiKey, baseUrl, settings: await settingsLoader(baseUrl, workspaceApiKey).load() };
  } catch (error) {
    // An AuthError's code and message carry no key or token.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    console.error(`[next-storefront] workspace settings not loaded (${reason}); using the kit's defaults`);
    return { apiKey, baseUrl, settings: undefined };
  }
}
