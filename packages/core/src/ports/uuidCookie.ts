import type { IdentityMirror } from '../ports';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The web tracker's `_snrs_uuid` cookie convention: read it first (the tracker may already
 * have given this browser a profile UUID), write ours back so tracker and kit agree.
 * Returns null outside a browser.
 */
export function createUuidCookieMirror(options: { name?: string; maxAgeDays?: number; domain?: string } = {}): IdentityMirror | null {
  if (typeof document === 'undefined') return null;
  const name = options.name ?? '_snrs_uuid';
  const maxAge = Math.round((options.maxAgeDays ?? 365) * 86_400);
  return {
    read() {
      try {
        for (const part of document.cookie.split(';')) {
          const [key, ...rest] = part.trim().split('=');
          if (key !== name) continue;
          const value = decodeURIComponent(rest.join('='));
          return UUID.test(value) ? value.toLowerCase() : null;
        }
      } catch {
        // cookies blocked
      }
      return null;
    },
    write(uuid) {
      try {
        const domain = options.domain ? `; domain=${options.domain}` : '';
        document.cookie = `${name}=${encodeURIComponent(uuid)}; path=/; max-age=${maxAge}; SameSite=Lax${domain}`;
      } catch {
        // cookies blocked: storage still holds the uuid
      }
    },
  };
}
