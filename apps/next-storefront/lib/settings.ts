/** What the server hands to `<SyneriseAuthProvider>` (plain, serialisable values). */
export interface StorefrontAuthConfig {
  apiKey: string;
  baseUrl: string;
}

/**
 * Read on the server for every request (the layout is dynamic), so the same build runs
 * against the emulator (e2e, `pnpm dev`) or a real workspace: SYNERISE_API_KEY and
 * SYNERISE_BASE_URL, defaulting to the emulator bin on 127.0.0.1:8787.
 *
 * TODO(contract): once `loadAuthSettings` from '@synerise-auth/core/server' lands, also load
 * the workspace settings here — `settings: await loadAuthSettings({ apiKey, baseUrl, ... })` —
 * and pass them as `<SyneriseAuthProvider settings={settings}>` in app/layout.tsx (the browser
 * then never fetches settings). Until then the provider loads them itself.
 */
export async function loadStorefrontAuthConfig(): Promise<StorefrontAuthConfig> {
  return {
    apiKey: process.env['SYNERISE_API_KEY'] ?? 'emulator-api-key',
    baseUrl: process.env['SYNERISE_BASE_URL'] ?? 'http://127.0.0.1:8787',
  };
}
