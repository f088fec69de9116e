// Pure formatting helpers (unit-tested): sizes in kB and aligned plain / markdown tables.

/** 1 kB = 1000 bytes, like the budgets in the issue and most size tools. */
export const KB = 1000;

/**
 * @param {number} bytes
 * @returns {string} e.g. "12.34 kB"
 */
export function formatKB(bytes) {
  return `${(bytes / KB).toFixed(2)} kB`;
}

/**
 * @typedef {{ header: string, align?: 'left' | 'right' }} Column
 */

/**
 * Aligned plain-text table (for the terminal).
 * @param {Column[]} columns
 * @param {string[][]} rows  one cell per column (missing cells print empty)
 * @returns {string}
 */
export function renderTextTable(columns, rows) {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  /** @param {string[]} cells */
  const line = (cells) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const separator = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.header)), separator, ...rows.map(line)].join('\n');
}

/**
 * GitHub-flavoured markdown table. Pipes inside cells are escaped.
 * @param {Column[]} columns
 * @param {string[][]} rows
 * @returns {string}
 */
export function renderMarkdownTable(columns, rows) {
  /** @param {string} cell */
  const escape = (cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  /** @param {string[]} cells */
  const line = (cells) => `| ${columns.map((_, index) => escape(cells[index] ?? '')).join(' | ')} |`;
  const separator = `|${columns.map((column) => (column.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(columns.map((column) => column.header)), separator, ...rows.map(line)].join('\n');
}

/**
 * Three size cells (min / gzip / brotli), or the reason there is no figure.
 * @param {{ min: number, gzip: number, brotli: number } | null | undefined} sizes
 * @param {string} [missing]
 * @returns {string[]}
 */
export function sizeCells(sizes, missing = 'n/a') {
  if (!sizes) return [missing, '', ''];
  return [formatKB(sizes.min), formatKB(sizes.gzip), formatKB(sizes.brotli)];
}
