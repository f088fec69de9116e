import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../testing/seededRandom';
import type { TokenRecord } from './record';
import { backoffDelay, DEFAULT_TIMING, lastUsableAt, refreshDueAt } from './timing';

const record = (lifetimeMs: number): TokenRecord => ({
  v: 1, uuid: 'u', token: 't', realm: 'client', obtainedAt: 1_000_000, expiresAt: 1_000_000 + lifetimeMs, cause: 'signIn', savedAt: 1_000_000,
});

describe('refresh timing', () => {
  it('refreshes 12 minutes before expiry of a 60-minute token', () => {
    expect(refreshDueAt(record(3_600_000), DEFAULT_TIMING)).toBe(1_000_000 + 48 * 60_000);
  });

  it('scales the lead down to half the lifetime for short tokens', () => {
    expect(refreshDueAt(record(600_000), DEFAULT_TIMING)).toBe(1_000_000 + 300_000);
    expect(refreshDueAt(record(4 * 3_600_000), DEFAULT_TIMING)).toBe(1_000_000 + 4 * 3_600_000 - 720_000);
  });

  it('refreshes a token whose expiry is only estimated at once (the refresh reply states it)', () => {
    expect(refreshDueAt({ ...record(3_600_000), expiryEstimated: true }, DEFAULT_TIMING)).toBe(1_000_000);
  });

  it('stops using a token skewMs before its expiry', () => {
    expect(lastUsableAt(record(3_600_000), DEFAULT_TIMING)).toBe(1_000_000 + 3_600_000 - 10_000);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    const random = createSeededRandom(7);
    const delays = Array.from({ length: 12 }, (_, attempt) => backoffDelay(attempt, DEFAULT_TIMING, random));
    delays.forEach((delay, attempt) => {
      const ceiling = Math.min(60_000, 1_000 * 2 ** attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    expect(delays[11]).toBeGreaterThanOrEqual(30_000);
  });
});
