import { describe, expect, it } from 'vitest';
import { formatKB, renderMarkdownTable, renderTextTable, sizeCells } from './format.mjs';

describe('formatKB', () => {
  it('uses 1 kB = 1000 bytes with two decimals', () => {
    expect(formatKB(0)).toBe('0.00 kB');
    expect(formatKB(19_000)).toBe('19.00 kB');
    expect(formatKB(12_345)).toBe('12.35 kB');
  });
});

describe('renderTextTable', () => {
  const columns = [{ header: 'entry' }, { header: 'gzip', align: /** @type {const} */ ('right') }];

  it('pads every column to its widest cell and right-aligns numbers', () => {
    const text = renderTextTable(columns, [['core', '1.00 kB'], ['a much longer entry', '10.50 kB']]);
    expect(text.split('\n')).toEqual([
      'entry                    gzip',
      '-------------------  --------',
      'core                  1.00 kB',
      'a much longer entry  10.50 kB',
    ]);
  });

  it('prints missing cells as blanks without trailing spaces', () => {
    const lines = renderTextTable(columns, [['only a label']]).split('\n');
    expect(lines[2]).toBe('only a label');
    expect(lines).toHaveLength(3);
  });
});

describe('renderMarkdownTable', () => {
  it('renders a header, an alignment row and escapes pipes', () => {
    const markdown = renderMarkdownTable(
      [{ header: 'Library' }, { header: 'gzip', align: 'right' }],
      [['a | b', '1.00 kB']],
    );
    expect(markdown).toBe(['| Library | gzip |', '| --- | ---: |', '| a \\| b | 1.00 kB |'].join('\n'));
  });
});

describe('sizeCells', () => {
  it('gives min, gzip and brotli in kB', () => {
    expect(sizeCells({ min: 3000, gzip: 1000, brotli: 900 })).toEqual(['3.00 kB', '1.00 kB', '0.90 kB']);
  });

  it('puts the reason in the first cell when there is no figure', () => {
    expect(sizeCells(null, 'n/a (not exported yet)')).toEqual(['n/a (not exported yet)', '', '']);
    expect(sizeCells(undefined)).toEqual(['n/a', '', '']);
  });
});
