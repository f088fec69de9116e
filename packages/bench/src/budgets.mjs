// Pure budget logic (unit-tested). The figures come from issue 10; sizes are gzip -9 bytes.
import { KB, formatKB } from './format.mjs';

/**
 * @typedef {{ id: string, label: string, limitBytes: number }} Budget
 * @typedef {{ budget: Budget, status: 'ok' | 'fail' | 'n/a', actualBytes: number | null, reason?: string }} BudgetResult
 */

/** @type {Budget[]} */
export const BUDGETS = [
  { id: 'headless', label: 'headless core+react, all deps but React', limitBytes: 19 * KB },
  { id: 'authflow', label: 'whole AuthFlow, all deps but React', limitBytes: 40 * KB },
  { id: 'styles', label: 'styles.css', limitBytes: 6 * KB },
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
    return { budget, status: actual <= budget.limitBytes ? 'ok' : 'fail', actualBytes: actual };
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
  return `BUDGET ${status === 'ok' ? 'ok' : 'FAIL'} ${budget.label}: ${formatKB(result.actualBytes)} / ${formatKB(budget.limitBytes)} gzip`;
}

/**
 * @param {BudgetResult[]} results
 * @returns {boolean} true when any measurable budget is exceeded
 */
export function anyBudgetFailed(results) {
  return results.some((result) => result.status === 'fail');
}
