// Pure: turns kit measurements into the `pnpm size` table, budget figures and JSON.
import { sizeCells } from './format.mjs';

/**
 * @typedef {import('./kit.mjs').KitRow} KitRow
 * @typedef {import('./bundle.mjs').Sizes} Sizes
 * @typedef {{ file: string | null, sizes: Sizes | null, reason?: string }} StylesFigure
 */

/** @type {import('./format.mjs').Column[]} */
export const SIZE_COLUMNS = [
  { header: 'entry' },
  { header: 'peers ext. min', align: 'right' },
  { header: 'gzip', align: 'right' },
  { header: 'brotli', align: 'right' },
  { header: 'all but React min', align: 'right' },
  { header: 'gzip', align: 'right' },
  { header: 'brotli', align: 'right' },
  { header: 'JS files', align: 'right' },
];

/**
 * @param {KitRow} row
 * @returns {string}
 */
export function missingText(row) {
  if (row.status === 'n/a') return `n/a (${row.reason ?? 'not exported yet'})`;
  return 'ERROR (see below)';
}

/**
 * @param {KitRow[]} rows
 * @param {StylesFigure} styles
 * @returns {string[][]}
 */
export function sizeTableRows(rows, styles) {
  const table = rows.map((row) =>
    row.status === 'ok' && row.peersExternal && row.full
      ? [row.label, ...sizeCells(row.peersExternal.js), ...sizeCells(row.full.js), row.chunks === undefined ? '' : String(row.chunks)]
      : [row.label, missingText(row)],
  );
  const stylesLabel = 'styles.css (minified)';
  table.push(styles.sizes ? [stylesLabel, ...sizeCells(styles.sizes), ...sizeCells(styles.sizes)] : [stylesLabel, `n/a (${styles.reason ?? 'not found'})`]);
  return table;
}

/**
 * The gzip figure behind each budget, or null when it cannot be measured yet.
 * @param {KitRow[]} rows
 * @param {StylesFigure} styles
 * @returns {{ gzip: Record<string, number | null>, reasons: Record<string, string> }}
 */
export function budgetFigures(rows, styles) {
  /** @param {string} id */
  const full = (id) => rows.find((row) => row.id === id);
  /** @type {Record<string, number | null>} */
  const gzip = {};
  /** @type {Record<string, string>} */
  const reasons = {};
  for (const id of ['dropin-initial', 'dropin', 'hooks', 'headless']) {
    const row = full(id);
    gzip[id] = row?.status === 'ok' && row.full ? row.full.js.gzip : null;
    if (gzip[id] === null) {
      reasons[id] = !row ? 'not measured' : row.status === 'error' ? `bundle error: ${row.reason ?? 'unknown'}` : (row.reason ?? 'not exported yet');
    }
  }
  gzip.styles = styles.sizes ? styles.sizes.gzip : null;
  if (gzip.styles === null) reasons.styles = styles.reason ?? 'not found';
  return { gzip, reasons };
}

/**
 * CSS that JS entries pulled in through `import './x.css'` (shown under the table).
 * @param {KitRow[]} rows
 * @returns {string[]}
 */
export function importedCssNotes(rows) {
  return rows
    .filter((row) => row.status === 'ok' && row.full?.css)
    .map((row) => `${row.label} also emits CSS: ${sizeCells(row.full?.css).join(' / ')} (min / gzip / brotli)`);
}
