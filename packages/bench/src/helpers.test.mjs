import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLine, namedEntry } from './kit.mjs';
import { perRefresh } from './runtime.mjs';
import { assetEntrypoints, findStylesCss, publishable } from './workspace.mjs';

describe('kit entries', () => {
  it('builds a sorted named re-export, or null when there is nothing to import', () => {
    expect(namedEntry('@synerise-auth/react', ['useSession', 'SyneriseAuthProvider'])).toBe(
      "export { SyneriseAuthProvider, useSession } from '@synerise-auth/react';\n",
    );
    expect(namedEntry('@synerise-auth/ui', [])).toBeNull();
  });

  it('reduces an esbuild failure to its first message and location', () => {
    const error = Object.assign(new Error('Build failed with 1 error'), {
      errors: [{ text: 'No matching export for import "x"', location: { file: 'src/a.ts', line: 3 } }],
    });
    expect(firstLine(error)).toBe('No matching export for import "x" (src/a.ts:3)');
    expect(firstLine(new Error('one\ntwo'))).toBe('one');
    expect(firstLine('plain')).toBe('plain');
  });
});


describe('package checks', () => {
  it('skips private packages', () => {
    const packages = [{ name: 'a', manifest: { private: true } }, { name: 'b', manifest: {} }];
    expect(publishable(packages).map((pkg) => pkg.name)).toEqual(['b']);
  });

  it('finds stylesheet exports that attw must not resolve as modules', () => {
    expect(assetEntrypoints({ exports: { '.': './index.js', './styles.css': './src/styles.css', './package.json': './package.json' } })).toEqual(['./styles.css']);
    expect(assetEntrypoints({ exports: './index.js' })).toEqual([]);
    expect(assetEntrypoints({})).toEqual([]);
  });
});

describe('findStylesCss', () => {
  /** @type {string} */
  let root;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** @param {object} manifest @param {string[]} files */
  const fixture = (manifest, files) => {
    root = mkdtempSync(join(tmpdir(), 'bench-ws-'));
    const ui = join(root, 'packages', 'ui');
    mkdirSync(join(ui, 'src'), { recursive: true });
    writeFileSync(join(ui, 'package.json'), JSON.stringify(manifest));
    for (const file of files) writeFileSync(join(ui, file), '.a{}');
    return ui;
  };

  it('prefers the ./styles.css export target', () => {
    const ui = fixture({ exports: { './styles.css': { source: './src/theme.css', default: './dist/styles.css' } } }, ['src/theme.css', 'src/styles.css']);
    expect(findStylesCss(root)).toBe(join(ui, 'src', 'theme.css'));
  });

  it('falls back to src/styles.css, and returns null when there is none', () => {
    const ui = fixture({ exports: { '.': './index.js' } }, ['src/styles.css']);
    expect(findStylesCss(root)).toBe(join(ui, 'src', 'styles.css'));
    rmSync(join(ui, 'src', 'styles.css'));
    expect(findStylesCss(root)).toBeNull();
  });
});

describe('perRefresh', () => {
  it('divides by the refresh count, n/a when nothing was refreshed', () => {
    expect(perRefresh(0, 48)).toBe('0.00');
    expect(perRefresh(48, 48)).toBe('1.00');
    expect(perRefresh(5, 0)).toBe('n/a');
  });
});
