// Remembers, per e-mail, when a PIN was (re)sent, when it expires and when a resend is
// allowed. State lives in the storage port so it survives reloads and is shared by tabs.
// The PIN itself is never stored; the e-mail (lower-cased) is the key, nothing secret is.
import { parseJson } from '../json';
import type { Clock, KeyValueStorage } from '../ports';

export const DEFAULT_PIN_RESEND_COOLDOWN_SECONDS = 60;
export const DEFAULT_PIN_TRACKER_PREFIX = 'synerise-auth:pin:';

export interface PinStatus {
  /** Seconds until a resend is allowed (0 when allowed). */
  cooldownSeconds: number;
  /** Seconds until the PIN expires (0 when expired). */
  expiresInSeconds: number;
  canResend: boolean;
  expired: boolean;
}

export interface PinTracker {
  /** Call after a PIN e-mail was sent. `cooldownSeconds` (e.g. a server retryAfterSeconds) overrides the default. */
  recordSent(email: string, options: { validForSeconds: number; cooldownSeconds?: number }): void;
  /** The server refused a resend (PIN_RESEND_COOLDOWN): trust its `retryAfterSeconds`. */
  recordCooldown(email: string, cooldownSeconds: number): void;
  get(email: string): PinStatus | undefined;
  clear(email: string): void;
  /** Changes from this tab and from other tabs (through the storage port); `null` = storage cleared. */
  subscribe(listener: (email: string | null) => void): () => void;
}

export interface PinTrackerOptions {
  storage: KeyValueStorage;
  clock: Clock;
  keyPrefix?: string;
  /** Default 60 s. */
  cooldownSeconds?: number;
}

interface Entry {
  /** epoch ms */
  expiresAt: number;
  /** epoch ms */
  resendAt: number;
}

const normalize = (email: string): string => email.trim().toLowerCase();

function readEntry(raw: string | null): Entry | undefined {
  const v = parseJson(raw) as Partial<Entry> | null | undefined;
  return v && typeof v.expiresAt === 'number' && typeof v.resendAt === 'number' ? { expiresAt: v.expiresAt, resendAt: v.resendAt } : undefined;
}

export function createPinTracker(options: PinTrackerOptions): PinTracker {
  const { storage, clock } = options;
  const prefix = options.keyPrefix ?? DEFAULT_PIN_TRACKER_PREFIX;
  const defaultCooldown = options.cooldownSeconds ?? DEFAULT_PIN_RESEND_COOLDOWN_SECONDS;
  const listeners = new Set<(email: string | null) => void>();
  const keyOf = (email: string): string => prefix + normalize(email);
  const emit = (email: string | null): void => {
    for (const l of [...listeners]) l(email);
  };
  const write = (email: string, entry: Entry): void => {
    storage.setItem(keyOf(email), JSON.stringify(entry));
    emit(normalize(email));
  };
  const left = (at: number): number => Math.max(0, Math.ceil((at - clock.now()) / 1000));
  let unsubscribeStorage: (() => void) | undefined;

  return {
    recordSent(email, { validForSeconds, cooldownSeconds }) {
      const now = clock.now();
      write(email, { expiresAt: now + validForSeconds * 1000, resendAt: now + (cooldownSeconds ?? defaultCooldown) * 1000 });
    },
    recordCooldown(email, cooldownSeconds) {
      const current = readEntry(storage.getItem(keyOf(email)));
      // Without a record the PIN's expiry is unknown: assume one is still pending for the cooldown.
      const resendAt = clock.now() + cooldownSeconds * 1000;
      write(email, { expiresAt: current?.expiresAt ?? resendAt, resendAt });
    },
    get(email) {
      const entry = readEntry(storage.getItem(keyOf(email)));
      if (!entry) return undefined;
      const cooldownSeconds = left(entry.resendAt);
      const expiresInSeconds = left(entry.expiresAt);
      return { cooldownSeconds, expiresInSeconds, canResend: cooldownSeconds === 0, expired: expiresInSeconds === 0 };
    },
    clear(email) {
      storage.removeItem(keyOf(email));
      emit(normalize(email));
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribeStorage && storage.subscribe) {
        unsubscribeStorage = storage.subscribe((key) => {
          if (key === null) emit(null);
          else if (key.startsWith(prefix)) emit(key.slice(prefix.length));
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribeStorage) {
          unsubscribeStorage();
          unsubscribeStorage = undefined;
        }
      };
    },
  };
}
