import { describe, expect, it } from 'vitest';
import { ANCHORS } from './anchors.mjs';
import { comparisonRows, comparisonText, formatVersions, installNotes, renderBenchmarksMarkdown } from './report.mjs';

const sizes = (/** @type {number} */ gzip) => ({ min: gzip * 3, gzip, brotli: gzip - 100 });
const clerk = /** @type {import('./anchors.mjs').Anchor} */ (ANCHORS.find((anchor) => anchor.id === 'clerk'));
const firebase = /** @type {import('./anchors.mjs').Anchor} */ (ANCHORS.find((anchor) => anchor.id === 'firebaseui'));
const okInstall = { ok: true, legacyPeerDeps: false, seconds: 3, versions: { '@clerk/react': '6.18.0' }, latest: {} };

describe('installNotes', () => {
  it('says when --legacy-peer-deps was needed and when peers kept an older major', () => {
    const install = { ...okInstall, legacyPeerDeps: true, versions: { firebase: '12.19.0' }, latest: { firebase: '13.2.0' } };
    expect(installNotes({ anchor: firebase, install, js: null, css: null })).toEqual([
      'installed with --legacy-peer-deps (a peer range blocked a normal install)',
      'firebase latest is 13.2.0; peer ranges kept 12.19.0',
    ]);
  });

  it('lists a failed install instead of dropping it', () => {
    const install = { ok: false, legacyPeerDeps: false, seconds: 1, error: 'E404 — not found', versions: {}, latest: {} };
    expect(installNotes({ anchor: clerk, install, js: null, css: null })).toEqual(['install FAILED: E404 — not found']);
  });
});

describe('comparisonRows', () => {
  const kit = [
    { label: 'kit, headless', dropIn: 'core + react', js: sizes(15000), css: null },
    { label: 'kit, AuthFlow', dropIn: 'AuthFlow', js: null, css: sizes(2000), reason: 'not exported yet' },
  ];

  it('puts the kit first, then every anchor, failed ones included', () => {
    const failed = { anchor: firebase, install: { ok: false, legacyPeerDeps: false, seconds: 1, error: 'timed out', versions: {}, latest: {} }, js: null, css: null };
    const rows = comparisonRows(kit, [{ anchor: clerk, install: okInstall, js: sizes(32000), css: null }, failed], '0.1.0');
    expect(rows.map((row) => row.library)).toEqual(['kit, headless', 'kit, AuthFlow', 'Clerk', 'FirebaseUI']);
    expect(rows[0]?.cells).toEqual(['45.00 kB', '15.00 kB', '14.90 kB']);
    expect(rows[1]?.cells[0]).toBe('n/a');
    expect(rows[1]?.css).toBe('2.00 kB');
    expect(rows[1]?.notes).toBe('not exported yet');
    expect(rows[2]?.versions).toBe('@clerk/react@6.18.0');
    expect(rows[2]?.notes).toContain('clerk-js');
    expect(rows[3]?.cells[0]).toBe('not installed');
    expect(rows[3]?.notes).toContain('install FAILED: timed out');
  });

  it('shows a bundle failure of an installed anchor', () => {
    const [row] = comparisonRows([], [{ anchor: clerk, install: okInstall, js: null, css: null, error: 'Could not resolve' }], '0.1.0');
    expect(row?.cells[0]).toBe('bundle failed');
    expect(row?.notes).toContain('bundle FAILED: Could not resolve');
  });

  it('has a terminal variant with the notes below the table', () => {
    const text = comparisonText(comparisonRows(kit, [], '0.1.0'));
    expect(text.cells[0]).toEqual(['kit, headless', '0.1.0', '45.00 kB', '15.00 kB', '14.90 kB', '—']);
    expect(text.notes[1]).toBe('kit, AuthFlow: AuthFlow. not exported yet');
  });
});

describe('renderBenchmarksMarkdown', () => {
  it('carries the date, tool versions, the table, budgets and runtime rows', () => {
    const markdown = renderBenchmarksMarkdown({
      date: '2026-01-02',
      tools: { node: 'v20.20.2', esbuild: '0.25.12' },
      rows: comparisonRows([], [{ anchor: clerk, install: okInstall, js: sizes(32000), css: null }], '0.1.0'),
      budgetLines: ['BUDGET ok styles.css: 2.00 kB / 6.00 kB gzip'],
      runtime: [{ metric: 'refreshes in 24 h', value: 'pending', note: 'not wired' }],
      settings: ['minified'],
    });
    expect(markdown).toContain('on **2026-01-02** (node v20.20.2, esbuild 0.25.12)');
    expect(markdown).toContain('| Clerk | `SignIn` + `ClerkProvider` | @clerk/react@6.18.0 | 96.00 kB | 32.00 kB | 31.90 kB | — |');
    expect(markdown).toContain('BUDGET ok styles.css');
    expect(markdown).toContain('| refreshes in 24 h | pending | not wired |');
    expect(markdown).toContain('- minified');
  });

  it('joins versions as name@version', () => {
    expect(formatVersions({ a: '1.0.0', '@b/c': '2.0.0' })).toBe('a@1.0.0, @b/c@2.0.0');
  });
});
