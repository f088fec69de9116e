import { describe, expect, it } from 'vitest';
import { BUDGETS, anyBudgetFailed, ceilingOf, checkBudgets, formatBudgetLine } from './budgets.mjs';

const budget = { id: 'styles', label: 'styles.css', limitBytes: 6000, ceilingBytes: 5000 };
const unmet = { id: 'dropin-initial', label: 'drop-in initial JS', limitBytes: 38000, ceilingBytes: 54900 };

describe('BUDGETS', () => {
  it('holds the targets of issue 16 and a ceiling per row, in gzip bytes', () => {
    expect(BUDGETS.map((entry) => [entry.id, entry.limitBytes])).toEqual([
      ['dropin-initial', 38_000],
      ['dropin', 48_000],
      ['hooks', 18_000],
      ['headless', 20_500],
      ['styles', 4_000],
    ]);
    for (const entry of BUDGETS) {
      expect(entry.ceilingBytes % 100, entry.id).toBe(0);
      expect(entry.ceilingBytes, entry.id).toBeGreaterThan(0);
    }
  });
});

describe('ceilingOf', () => {
  it('rounds up to the next 0.1 kB, keeping an exact multiple', () => {
    expect(ceilingOf(54_876)).toBe(54_900);
    expect(ceilingOf(54_801)).toBe(54_900);
    expect(ceilingOf(54_900)).toBe(54_900);
  });
});

describe('checkBudgets', () => {
  it('enforces the ceiling even below the target: passes at it, fails one byte over it', () => {
    expect(checkBudgets([budget], { styles: 5000 })[0]?.status).toBe('ok');
    expect(checkBudgets([budget], { styles: 5001 })[0]?.status).toBe('fail');
  });

  it('reports a budget without a figure as n/a with the reason, never as a pass', () => {
    const [result] = checkBudgets([budget], { styles: null }, { styles: 'no styles.css yet' });
    expect(result).toEqual({ budget, status: 'n/a', actualBytes: null, reason: 'no styles.css yet' });
    expect(checkBudgets([budget], {})[0]?.reason).toBe('not measured');
    expect(checkBudgets([budget], { styles: Number.NaN })[0]?.status).toBe('n/a');
  });

  it('fails the run only when a measured figure is over its ceiling', () => {
    expect(anyBudgetFailed(checkBudgets([budget, unmet], { styles: 100, 'dropin-initial': 54_900 }))).toBe(false);
    expect(anyBudgetFailed(checkBudgets([budget, unmet], { styles: 100, 'dropin-initial': 54_901 }))).toBe(true);
  });
});

describe('a target not met yet', () => {
  it('is "over" within the ceiling (gap printed, run not failed), "ok" once met, "fail" above the ceiling', () => {
    const results = checkBudgets([unmet, budget], { 'dropin-initial': 46_863, styles: 100 });
    expect(results[0]?.status).toBe('over');
    expect(anyBudgetFailed(results)).toBe(false);
    expect(formatBudgetLine(/** @type {any} */ (results[0]))).toBe(
      'BUDGET OVER target (ceiling 54.90 kB holds) drop-in initial JS: 46.86 kB / 38.00 kB gzip, gap 8.86 kB',
    );
    expect(checkBudgets([unmet], { 'dropin-initial': 38_000 })[0]?.status).toBe('ok');
    expect(checkBudgets([unmet], { 'dropin-initial': 55_000 })[0]?.status).toBe('fail');
  });
});

describe('formatBudgetLine', () => {
  it('prints ok with target and ceiling, FAIL as a regression over the ceiling', () => {
    const [ok] = checkBudgets([budget], { styles: 3100 });
    const [fail] = checkBudgets([budget], { styles: 5250 });
    expect(formatBudgetLine(/** @type {any} */ (ok))).toBe('BUDGET ok styles.css: 3.10 kB / 6.00 kB gzip (ceiling 5.00 kB)');
    expect(formatBudgetLine(/** @type {any} */ (fail))).toBe('BUDGET FAIL (regression over the ceiling 5.00 kB) styles.css: 5.25 kB / 6.00 kB gzip');
  });

  it('prints n/a with the reason and the limit', () => {
    const [missing] = checkBudgets([budget], {}, { styles: 'no styles.css yet' });
    expect(formatBudgetLine(/** @type {any} */ (missing))).toBe('BUDGET n/a styles.css: no styles.css yet (limit 6.00 kB gzip)');
  });
});
