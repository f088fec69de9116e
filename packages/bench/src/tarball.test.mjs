import { describe, expect, it } from 'vitest';
import { tarballProblems } from './tarball.mjs';

const CLEAN = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.js.map', 'dist/index.d.ts', 'dist/styles.css'];

describe('tarballProblems', () => {
  it('accepts dist with source maps, package.json, README and LICENSE', () => {
    expect(tarballProblems(CLEAN)).toEqual([]);
  });

  it('rejects sources, tests, stories, harness, story helpers and examples', () => {
    const problems = tarballProblems([
      ...CLEAN,
      'src/index.ts',
      'dist/components/testing/harness.js',
      'dist/Button.stories.js',
      'dist/a.test.js',
      'dist/storyKit.js',
      'dist/socialStories.js',
      'dist/examples/shop.js',
      'notes.txt',
    ]);
    expect(problems).toEqual([
      'src/index.ts: sources (src/) are not shipped: dist only',
      'dist/components/testing/harness.js: the test harness',
      'dist/Button.stories.js: a story',
      'dist/a.test.js: a test file',
      'dist/storyKit.js: a Storybook helper',
      'dist/socialStories.js: a Storybook helper',
      'dist/examples/shop.js: examples',
      'notes.txt: only dist/, package.json, README.md and LICENSE are shipped',
      'dist/components/testing/harness.js: no source map',
      'dist/Button.stories.js: no source map',
      'dist/a.test.js: no source map',
      'dist/storyKit.js: no source map',
      'dist/socialStories.js: no source map',
      'dist/examples/shop.js: no source map',
    ]);
  });

  it('requires README, LICENSE and source maps', () => {
    expect(tarballProblems(['package.json', 'dist/index.js'])).toEqual([
      'README.md is missing',
      'LICENSE is missing',
      'dist/index.js: no source map',
    ]);
  });

  it("checks that client entries start with 'use client'", () => {
    const read = (/** @type {string} */ file) => (file === 'dist/index.js' ? "'use client';\nimport x from 'react';" : '"use client"\n');
    expect(tarballProblems(CLEAN, { clientEntries: ['dist/index.js'], read })).toEqual([]);
    const problems = tarballProblems(CLEAN, { clientEntries: ['dist/index.js', 'dist/other.js'], read: () => 'import x;' });
    expect(problems).toEqual([
      "dist/index.js: does not start with 'use client' (Next.js server components cannot import it)",
      'dist/other.js: client entry missing',
    ]);
  });

  it('every packed exports target ships, and no workspace subpath is lost when packed', () => {
    const workspaceExports = { '.': { source: './src/index.ts', default: './dist/index.js' }, './query': { source: './src/q.ts', default: './dist/q.js' } };
    expect(tarballProblems(CLEAN, { packedExports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }, workspaceExports: { '.': './dist/index.js' } })).toEqual([]);
    expect(tarballProblems(CLEAN, { packedExports: workspaceExports, workspaceExports })).toEqual([
      'exports target ./src/index.ts is not in the tarball',
      'exports target ./src/q.ts is not in the tarball',
      'exports target ./dist/q.js is not in the tarball',
    ]);
    expect(tarballProblems(CLEAN, { packedExports: { '.': './dist/index.js' }, workspaceExports })).toEqual([
      'export "./query" is lost when packed (add it to publishConfig.exports)',
    ]);
  });
});
