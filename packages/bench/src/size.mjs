#!/usr/bin/env node
// `pnpm size`: bundle weight of the kit's public entries, measured from each package's built
// `dist` (the `tsup` build runs first), and the CI budgets.
// Options: --json (machine-readable output on stdout), --skip-build (measure the dist already
// there). Exit 1 when an enforced budget is exceeded, a build fails or an entry fails to bundle.
import { BUDGETS, anyBudgetFailed, checkBudgets, formatBudgetLine } from './budgets.mjs';
import { KIT_PEER_EXTERNALS } from './bundle.mjs';
import { renderTextTable } from './format.mjs';
import { formatAbsenceLine } from './treeShaking.mjs';
import { buildKitDist, missingDist } from './dist.mjs';
import { measureKit } from './kit.mjs';
import { SIZE_COLUMNS, budgetFigures, importedCssNotes, sizeTableRows } from './size-report.mjs';
import { ROOT_DIR } from './workspace.mjs';
import { relative } from 'node:path';

const json = process.argv.includes('--json');
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);
const build = process.argv.includes('--skip-build') ? { ok: missingDist().length === 0, failed: missingDist() } : buildKitDist(log);
if (!build.ok) {
  log(`size: no usable dist for ${build.failed.join(', ')}: nothing measured`);
  process.exit(1);
}
const { rows, styles, treeShaking } = await measureKit();
const treeShakingLabel = 'core testing fakes absent from the headless bundle';
const figures = budgetFigures(rows, styles);
const budgets = checkBudgets(BUDGETS, figures.gzip, figures.reasons);
const errors = rows.filter((row) => row.status === 'error');
const failed = anyBudgetFailed(budgets) || errors.length > 0 || treeShaking?.ok !== true;

if (json) {
  const output = {
    date: new Date().toISOString(),
    units: 'bytes; gzip level 9, brotli quality 11',
    peerExternals: KIT_PEER_EXTERNALS,
    entries: rows,
    styles: { ...styles, file: styles.file ? relative(ROOT_DIR, styles.file) : null },
    treeShaking: treeShaking ?? { ok: false, problems: ['not measured'] },
    budgets: budgets.map((result) => ({ id: result.budget.id, label: result.budget.label, limit: result.budget.limitBytes, ceiling: result.budget.ceilingBytes, actual: result.actualBytes, status: result.status, reason: result.reason })),
    ok: !failed,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} else {
  const lines = [
    'Bundle weight of the built dist (esbuild: minified, ESM, browser, es2022; react/react-dom external; 1 kB = 1000 B)',
    `"peers ext." leaves out ${KIT_PEER_EXTERNALS.join(', ')}; "all but React" includes them.`,
    '',
    renderTextTable(SIZE_COLUMNS, sizeTableRows(rows, styles)),
    ...importedCssNotes(rows),
    '',
    ...budgets.map(formatBudgetLine),
    treeShaking ? formatAbsenceLine(treeShakingLabel, treeShaking) : `TREE-SHAKE FAIL ${treeShakingLabel}: not measured`,
    ...errors.map((row) => `ERROR ${row.label}: ${row.reason ?? 'failed to bundle'}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = failed ? 1 : 0;
