// Pure budget logic (unit-tested). The figures come from issue 16; sizes are gzip -9 bytes of
// bundles built from the packages' dist (everything but React included).
import { KB, formatKB } from './format.mjs';

/**
 * @typedef {{ id: string, label: string, limitBytes: number, pendingUntil?: string }} Budget
 *   `pendingUntil`: the budget is printed with its gap but not enforced until that lands
 * @typedef {{ budget: Budget, status: 'ok' | 'fail' | 'over' | 'n/a', actualBytes: number | null, reason?: string }} BudgetResult
 *   `over`: exceeded, but the budget is pending (does not fail the run)
 */

/** @type {Budget[]} */
export const BUDGETS = [
  {
    id: 'dropin-initial',
    label: 'drop-in initial JS (provider + AuthFlow + AccountMenu + ThemeRoot, splitting), all deps but React',
    limitBytes: 38 * KB,
    pendingUntil: 'AuthFlow loads the steps other than sign-in lazily',
  },
  { id: 'dropin', label: 'drop-in whole flow, every step loaded, all deps but React', limitBytes: 48 * KB },
  { id: 'hooks', label: 'hooks-only (provider + useSession + useSignIn + useSignOut), all deps but React', limitBytes: 18 * KB },
  { id: 'headless', label: 'headless core + react, every export, all deps but React', limitBytes: 20.5 * KB },
  { id: 'styles', label: 'styles.css', limitBytes: 4 * KB },
];

/**
 * Compares measured gzip sizes with the budgets. A budget whose figure is missing
 * (`null`/absent: e.g. the component is not exported yet) is "n/a", never a pass or a fail.
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
    if (actual <= budget.limitBytes) return { budget, status: 'ok', actualBytes: actual };
    return { budget, status: budget.pendingUntil ? 'over' : 'fail', actualBytes: actual };
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
    return `BUDGET OVER (not enforced until ${budget.pendingUntil}) ${budget.label}: ${figures}, gap ${formatKB(result.actualBytes - budget.limitBytes)}`;
  }
  return `BUDGET ${status === 'ok' ? 'ok' : 'FAIL'} ${budget.label}: ${figures}`;
}

/**
 * @param {BudgetResult[]} results
 * @returns {boolean} true when any enforced budget is exceeded (a pending one only prints its gap)
 */
export function anyBudgetFailed(results) {
  return results.some((result) => result.status === 'fail');
}
