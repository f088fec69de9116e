// Pure budget logic (unit-tested). The figures come from issue 16; sizes are gzip -9 bytes of
// bundles built from the packages' dist (everything but React included).
import { KB, formatKB } from './format.mjs';

/**
 * @typedef {{ id: string, label: string, limitBytes: number, ceilingBytes: number }} Budget
 *   `limitBytes`: the target, enforced once met; `ceilingBytes`: the ratchet, today's
 *   measured figure rounded up to the next 0.1 kB, always enforced (a regression fails the run).
 *   Lower a ceiling whenever a figure drops; never raise one without saying why in the commit.
 * @typedef {{ budget: Budget, status: 'ok' | 'fail' | 'over' | 'n/a', actualBytes: number | null, reason?: string }} BudgetResult
 *   `ok`: target met, within the ceiling; `over`: target not met yet but within the ceiling
 *   (prints the gap, does not fail); `fail`: above the ceiling (a regression)
 */

/** Today's figure rounded up to the next 0.1 kB (the ratchet's ceiling). */
export const ceilingOf = (/** @type {number} */ bytes) => Math.ceil(bytes / 100) * 100;

/** @type {Budget[]} */
export const BUDGETS = [
  {
    id: 'dropin-initial',
    label: 'drop-in initial JS (provider + AuthFlow + AccountMenu + ThemeRoot, splitting), all deps but React',
    limitBytes: 38 * KB,
    ceilingBytes: 55_700,
  },
  { id: 'dropin', label: 'drop-in whole flow, every step loaded, all deps but React', limitBytes: 48 * KB, ceilingBytes: 55_700 },
  { id: 'hooks', label: 'hooks-only (provider + useSession + useSignIn + useSignOut), all deps but React', limitBytes: 18 * KB, ceilingBytes: 19_500 },
  { id: 'headless', label: 'headless core + react, every export, all deps but React', limitBytes: 20.5 * KB, ceilingBytes: 27_200 },
  { id: 'styles', label: 'styles.css', limitBytes: 4 * KB, ceilingBytes: 3_500 },
];

/**
 * Compares measured gzip sizes with the budgets. A budget whose figure is missing
 * (`null`/absent: e.g. the component is not exported yet) is "n/a", never a pass or a fail.
 * The ceiling is always enforced (below the target too: the ratchet); the target decides ok / over.
 * @param {Budget[]} budgets
 * @param {Record<string, number | null | undefined>} gzipById
 * @param {Record<string, string>} [reasons]  why a figure is missing, by budget id
 * @returns {BudgetResult[]}
 */
export function checkBudgets(budgets, gzipById, reasons = {}) {
  return budgets.map((budget) => {
    const actual = gzipById[budget.id];
    if (actual === null || actual === undefined || !Number.isFinite(actual)) {
      return { budget, status: 'n/a', actualBytes: null, reason: reasons[budget.id] ?? 'not measured' };
    }
    if (actual > budget.ceilingBytes) return { budget, status: 'fail', actualBytes: actual };
    return { budget, status: actual <= budget.limitBytes ? 'ok' : 'over', actualBytes: actual };
  });
}

/**
 * @param {BudgetResult} result
 * @returns {string} e.g. "BUDGET ok styles.css: 3.10 kB / 6.00 kB gzip"
 */
export function formatBudgetLine(result) {
  const { budget, status } = result;
  if (status === 'n/a' || result.actualBytes === null) {
    return `BUDGET n/a ${budget.label}: ${result.reason ?? 'not measured'} (limit ${formatKB(budget.limitBytes)} gzip)`;
  }
  const figures = `${formatKB(result.actualBytes)} / ${formatKB(budget.limitBytes)} gzip`;
  if (status === 'over') {
    return `BUDGET OVER target (ceiling ${formatKB(budget.ceilingBytes)} holds) ${budget.label}: ${figures}, gap ${formatKB(result.actualBytes - budget.limitBytes)}`;
  }
  if (status === 'fail') return `BUDGET FAIL (regression over the ceiling ${formatKB(budget.ceilingBytes)}) ${budget.label}: ${figures}`;
  return `BUDGET ok ${budget.label}: ${figures} (ceiling ${formatKB(budget.ceilingBytes)})`;
}

/**
 * @param {BudgetResult[]} results
 * @returns {boolean} true when a ceiling (or a met target) is exceeded; a target not yet met only prints its gap
 */
export function anyBudgetFailed(results) {
  return results.some((result) => result.status === 'fail');
}
