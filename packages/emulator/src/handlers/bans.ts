import { HttpError } from '../errors.js';
import type { ProfileRecord } from '../store.js';
import type { BanSettings } from '../types.js';

/** Lock still in force at `nowMs` (permanent locks are `Infinity`). Expired locks are cleared. */
export function activeLock(profile: ProfileRecord, nowMs: number): number | null {
  if (profile.lockedUntil === null) return null;
  if (profile.lockedUntil <= nowMs) {
    profile.lockedUntil = null;
    return null;
  }
  return profile.lockedUntil;
}

export function lockedError(lockedUntil: number, nowMs: number): HttpError {
  if (!Number.isFinite(lockedUntil)) {
    return new HttpError(423, 'ACCOUNT_LOCKED', 'The account is locked', [], {}, {
      retryAfterSeconds: null,
      lockedUntil: null,
      permanent: true,
    });
  }
  const seconds = Math.max(1, Math.ceil((lockedUntil - nowMs) / 1000));
  return new HttpError(423, 'ACCOUNT_LOCKED', 'The account is temporarily locked', [], { 'Retry-After': String(seconds) }, {
    retryAfterSeconds: seconds,
    lockedUntil: new Date(lockedUntil).toISOString(),
    permanent: false,
  });
}

/**
 * Counts a failed password login. The attempt that reaches a threshold locks the account and
 * is itself answered with ACCOUNT_LOCKED (returned); otherwise null (caller answers 401).
 */
export function recordFailure(profile: ProfileRecord, bans: BanSettings, nowMs: number): HttpError | null {
  profile.failedLoginAttempts += 1;
  const n = profile.failedLoginAttempts;
  let until: number | null = null;
  if (bans.permanentThreshold > 0 && n >= bans.permanentThreshold) until = Number.POSITIVE_INFINITY;
  else if (bans.secondThreshold > 0 && n === bans.secondThreshold) until = nowMs + bans.secondMinutes * 60_000;
  else if (bans.firstThreshold > 0 && n === bans.firstThreshold) until = nowMs + bans.firstMinutes * 60_000;
  if (until === null) return null;
  profile.lockedUntil = until;
  return lockedError(until, nowMs);
}

export function recordSuccess(profile: ProfileRecord): void {
  profile.failedLoginAttempts = 0;
  profile.lockedUntil = null;
}
