import { describe, expect, it } from 'vitest';
import { checkAbsent, formatAbsenceLine } from './treeShaking.mjs';

const what = { dir: 'core/src/testing/', markers: ['FAKE_MARKER'] };
const control = { code: 'a();"FAKE_MARKER"', bytesByInput: { '../core/src/testing/fake.ts': 40, '../core/src/index.ts': 0 } };

describe('checkAbsent', () => {
  it('passes when no file of the folder leaves bytes and no marker is in the code', () => {
    const bundle = { code: 'a();', bytesByInput: { '../core/src/testing/fake.ts': 0, '../core/src/api/client.ts': 120 } };
    const result = checkAbsent(bundle, control, what);
    expect(result).toEqual({ ok: true, problems: [], checked: { files: 1, markers: ['FAKE_MARKER'] } });
    expect(formatAbsenceLine('fakes', result)).toBe('TREE-SHAKE ok fakes: 0 B from 1 files, markers "FAKE_MARKER" absent');
  });

  it('fails on bytes from the folder and on a marker in the code', () => {
    const bundle = { code: 'a();"FAKE_MARKER"', bytesByInput: { '../core/src/testing/fake.ts': 12 } };
    const result = checkAbsent(bundle, control, what);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['marker "FAKE_MARKER" is in the bundle', '../core/src/testing/fake.ts leaves 12 B in the bundle']);
    expect(formatAbsenceLine('fakes', result)).toMatch(/^TREE-SHAKE FAIL fakes: marker/);
  });

  it('fails when the control bundle lacks the code or a marker (no vacuous pass)', () => {
    const bundle = { code: '', bytesByInput: {} };
    const result = checkAbsent(bundle, { code: '', bytesByInput: {} }, what);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['control bundle has no code from core/src/testing/', 'marker "FAKE_MARKER" is missing from the control bundle']);
  });
});
