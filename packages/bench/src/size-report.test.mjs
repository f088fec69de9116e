import { describe, expect, it } from 'vitest';
import { budgetFigures, importedCssNotes, missingText, sizeTableRows } from './size-report.mjs';

const sizes = (/** @type {number} */ gzip) => ({ min: gzip * 3, gzip, brotli: gzip - 100 });
/** @type {import('./kit.mjs').KitRow[]} */
const rows = [
  { id: 'headless', label: 'headless', status: 'ok', peersExternal: { js: sizes(5000), css: null }, full: { js: sizes(17000), css: null } },
  { id: 'signinform', label: 'SignInForm', status: 'n/a', reason: 'not exported yet' },
  { id: 'dropin', label: 'drop-in', status: 'error', reason: 'Could not resolve "x"' },
];

describe('sizeTableRows', () => {
  it('shows both columns for measured rows, the reason for the others, and styles.css last', () => {
    const table = sizeTableRows(rows.map((row, index) => (index === 0 ? { ...row, chunks: 1 } : row)), { file: '/x/styles.css', sizes: sizes(2000) });
    expect(table[0]).toEqual(['headless', '15.00 kB', '5.00 kB', '4.90 kB', '51.00 kB', '17.00 kB', '16.90 kB', '1']);
    expect(table[1]).toEqual(['SignInForm', 'n/a (not exported yet)']);
    expect(table[2]).toEqual(['drop-in', 'ERROR (see below)']);
    expect(table[3]?.[0]).toBe('styles.css (minified)');
    expect(table[3]?.[2]).toBe('2.00 kB');
  });

  it('says why styles.css has no figure', () => {
    expect(sizeTableRows([], { file: null, sizes: null, reason: 'no styles.css yet' })).toEqual([
      ['styles.css (minified)', 'n/a (no styles.css yet)'],
    ]);
  });
});

describe('budgetFigures', () => {
  it('takes the gzip of the everything-included column and explains missing figures', () => {
    const { gzip, reasons } = budgetFigures(rows, { file: null, sizes: null, reason: 'no styles.css yet' });
    expect(gzip).toEqual({ 'dropin-initial': null, dropin: null, hooks: null, headless: 17000, styles: null });
    expect(reasons).toEqual({ 'dropin-initial': 'not measured', dropin: 'bundle error: Could not resolve "x"', hooks: 'not measured', styles: 'no styles.css yet' });
    const missing = budgetFigures([{ id: 'dropin', label: 'drop-in', status: 'n/a', reason: 'not exported yet' }], { file: null, sizes: null });
    expect(missing.reasons.dropin).toBe('not exported yet');
    expect(missing.reasons.headless).toBe('not measured');
  });
});

describe('missingText / importedCssNotes', () => {
  it('formats n/a and error rows differently', () => {
    expect(missingText({ id: 'a', label: 'a', status: 'n/a' })).toBe('n/a (not exported yet)');
    expect(missingText({ id: 'a', label: 'a', status: 'error', reason: 'boom' })).toBe('ERROR (see below)');
  });

  it('mentions CSS that a JS entry pulls in', () => {
    const withCss = [{ id: 'ui', label: 'ui (all)', status: /** @type {const} */ ('ok'), full: { js: sizes(1000), css: sizes(1500) } }];
    expect(importedCssNotes(withCss)).toEqual(['ui (all) also emits CSS: 4.50 kB / 1.50 kB / 1.40 kB (min / gzip / brotli)']);
    expect(importedCssNotes(rows)).toEqual([]);
  });
});
