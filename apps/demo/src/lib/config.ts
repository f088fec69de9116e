import type { AuthSettingsInput } from '@synerise-auth/core';

/**
 * Emulator mode (default): the Synerise emulator runs inside the Vite dev server, same origin.
 * Live mode: VITE_SYNERISE_API_KEY and VITE_SYNERISE_BASE_URL point the kit at a real workspace
 * and the emulator panels are hidden.
 */
const env = import.meta.env as Record<string, string | undefined>;
const liveKey = env['VITE_SYNERISE_API_KEY'];
const liveUrl = env['VITE_SYNERISE_BASE_URL'];

export const LIVE = Boolean(liveKey && liveUrl);
export const API_KEY = LIVE && liveKey ? liveKey : 'emulator-api-key';
export const BASE_URL = LIVE && liveUrl ? liveUrl : window.location.origin;

/**
 * Live mode: the workspace's auth settings as JSON (VITE_SYNERISE_SETTINGS), e.g. the output of
 * `loadAuthSettings()` from `@synerise-auth/core/server` run on your server. The browser never
 * reads them from Synerise (those endpoints need a workspace token). Empty = documented defaults.
 */
export function liveSettings(): AuthSettingsInput | undefined {
  const raw = env['VITE_SYNERISE_SETTINGS'];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as AuthSettingsInput;
  } catch {
    return undefined;
  }
}
