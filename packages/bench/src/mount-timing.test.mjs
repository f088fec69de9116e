import { describe, expect, it } from 'vitest';
import { median, mountRows } from './mount-timing.mjs';

describe('mount timing report', () => {
  it('takes the median of the runs', () => {
    expect(median([400, 2100, 240, 480, 401])).toBe(401);
    expect(median([1, 3])).toBe(2);
  });

  it('prints one row per page, a pending row with the reason when a page failed', () => {
    const rows = mountRows({
      chromium: '156',
      timings: [
        { id: 'kit', label: 'Synerise kit: drop-in', runs: [300, 310, 320, 330, 340], medianMs: 320 },
        { id: 'supabase', label: 'Supabase Auth UI: Auth', error: 'Timeout' },
      ],
    });
    expect(rows[0]).toMatchObject({ value: '320 ms', metric: expect.stringContaining('Synerise kit (chromium, 4x CPU throttling, median of 5)') });
    expect(rows[0]?.note).toContain('runs 300, 310, 320, 330, 340 ms; chromium 156');
    expect(rows[1]).toMatchObject({ value: 'pending', note: 'Timeout', metric: expect.stringContaining('anchor: Supabase Auth UI') });
    expect(mountRows(null)[0]?.value).toBe('pending');
  });
});
