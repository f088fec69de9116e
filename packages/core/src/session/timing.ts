import type { Random } from '../ports';
import type { TokenRecord } from './record';

// Refresh timing and retry backoff: pure functions of the record, the options and Random.

export interface TimingOptions {
  /**
   * Refresh when this much of the token's life remains (default 720 s = 12 min): a 60-minute
   * token costs 30 refreshes a day, and the lead outlasts a 10-minute outage plus one capped
   * retry delay (retryMaxMs) and the skew.
   */
  refreshLeadMs: number;
  /** A token is never sent with less than this left (clock skew + request time). */
  skewMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export const DEFAULT_TIMING: TimingOptions = { refreshLeadMs: 720_000, skewMs: 10_000, retryBaseMs: 1_000, retryMaxMs: 60_000 };

/**
 * When to refresh: `expiresAt - lead`, where lead = min(refreshLead, lifetime / 2), so a
 * 60-min token refreshes at 12 min left, and a 10-min token at 5 min left. A token whose
 * expiry is only estimated is due at once.
 */
export function refreshDueAt(record: TokenRecord, timing: TimingOptions): number {
  if (record.expiryEstimated) return record.obtainedAt; // learn the real expiry from the refresh reply
  const lifetime = Math.max(0, record.expiresAt - record.obtainedAt);
  const lead = Math.min(timing.refreshLeadMs, lifetime / 2);
  return Math.max(record.obtainedAt, record.expiresAt - lead);
}

/** The last moment the token may be sent (expiry minus skew). */
export function lastUsableAt(record: TokenRecord, timing: TimingOptions): number {
  return record.expiresAt - timing.skewMs;
}

/** "Equal jitter" exponential backoff: half fixed, half random, capped at retryMaxMs. */
export function backoffDelay(attempt: number, timing: TimingOptions, random: Random): number {
  const ceiling = Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random.next() * (ceiling / 2));
}
