import { describe, expect, it } from 'vitest';
import { BUDGETS, anyBudgetFailed, checkBudgets, formatBudgetLine } from './budgets.mjs';

const budget = { id: 'styles', label: 'styles.css', limitBytes: 6000 };

describe('BUDGETS', () => {
  it('holds the limits of issue 16 in gzip bytes; only the drop-in initial chunk waits for lazy steps', () => {
    expect(BUDGETS.map((entry) => [entry.id, entry.limitBytes])).toEqual([
      ['dropin-initial', 38_000],
      ['dropin', 48_000],
      ['hooks', 18_000],
      ['headless', 20_500],
      ['styles', 4_000],
    ]);
    expect(BUDGETS.filter((entry) => entry.pendingUntil).map((entry) => entry.id)).toEqual(['dropin-initial']);
  });
});

describe('checkBudgets', () => {
  it('passes at the limit and fails one byte over it', () => {
    expect(checkBudgets([budget], { styles: 6000 })[0]?.status).toBe('ok');
    expect(checkBudgets([budget], { styles: 6001 })[0]?.status).toBe('fail');
  });

  it('reports a budget without a figure as n/a with the reason, never as a pass', () => {
    const [result] = checkBudgets([budget], { styles: null }, { styles: 'no styles.css yet' });
    expect(result).toEqual({ budget, status: 'n/a', actualBytes: null, reason: 'no styles.css yet' });
    expect(checkBudgets([budget], {})[0]?.reason).toBe('not measured');
    expect(checkBudgets([budget], { styles: Number.NaN })[0]?.status).toBe('n/a');
  });

  it('fails the run only when a measured budget is exceeded', () => {
    const other = { id: 'headless', label: 'headless', limitBytes: 19000 };
    expect(anyBudgetFailed(checkBudgets([budget, other], { styles: 100 }))).toBe(false);
    expect(anyBudgetFailed(checkBudgets([budget, other], { styles: 100, headless: 19001 }))).toBe(true);
  });
});

describe('a pending budget', () => {
  const pending = { id: 'dropin-initial', label: 'drop-in initial JS', limitBytes: 38000, pendingUntil: 'lazy steps land' };

  it('prints the gap when exceeded but does not fail the run; within the limit it is ok', () => {
    const results = checkBudgets([pending, budget], { 'dropin-initial': 46863, styles: 100 });
    expect(results[0]?.status).toBe('over');
    expect(anyBudgetFailed(results)).toBe(false);
    expect(formatBudgetLine(/** @type {any} */ (results[0]))).toBe('BUDGET OVER (not enforced until lazy steps land) drop-in initial JS: 46.86 kB / 38.00 kB gzip, gap 8.86 kB');
    expect(checkBudgets([pending], { 'dropin-initial': 38000 })[0]?.status).toBe('ok');
  });
});

describe('formatBudgetLine', () => {
  it('prints ok / FAIL with actual and limit', () => {
    const [ok] = checkBudgets([budget], { styles: 3100 });
    const [fail] = checkBudgets([budget], { styles: 7250 });
    expect(formatBudgetLine(/** @type {any} */ (ok))).toBe('BUDGET ok styles.css: 3.10 kB / 6.00 kB gzip');
    expect(formatBudgetLine(/** @type {any} */ (fail))).toBe('BUDGET FAIL styles.css: 7.25 kB / 6.00 kB gzip');
  });

  it('prints n/a with the reason and the limit', () => {
    const [missing] = checkBudgets([budget], {}, { styles: 'no styles.css yet' });
    expect(formatBudgetLine(/** @type {any} */ (missing))).toBe('BUDGET n/a styles.css: no styles.css yet (limit 6.00 kB gzip)');
  });
});
