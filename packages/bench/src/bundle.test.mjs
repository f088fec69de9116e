import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REACT_EXTERNALS, SHARED_BUILD_OPTIONS, compressedSizes, measureCssFile, measureEntry, staticClosure } from './bundle.mjs';

describe('SHARED_BUILD_OPTIONS', () => {
  it('holds the settings issue 10 asks for', () => {
    expect(SHARED_BUILD_OPTIONS).toMatchObject({ bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', metafile: true });
    expect(REACT_EXTERNALS).toEqual(expect.arrayContaining(['react', 'react-dom', 'react/jsx-runtime']));
  });
});

describe('compressedSizes', () => {
  it('measures raw, gzip -9 and brotli bytes; repetitive text compresses', () => {
    const text = 'export const a = 1;\n'.repeat(200);
    const sizes = compressedSizes(text);
    expect(sizes.min).toBe(Buffer.byteLength(text));
    expect(sizes.gzip).toBeLessThan(sizes.min / 10);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
    expect(compressedSizes(new TextEncoder().encode(text))).toEqual(sizes);
  });

  it('uses gzip level 9 and brotli quality 11', () => {
    const text = Array.from({ length: 400 }, (_, index) => `const v${index} = ${index * 7919 % 1000};`).join('\n');
    const input = Buffer.from(text);
    const sizes = compressedSizes(text);
    expect(sizes.gzip).toBe(gzipSync(input, { level: 9 }).byteLength);
    expect(sizes.brotli).toBe(brotliCompressSync(input, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength);
    expect(gunzipSync(gzipSync(input, { level: 9 })).toString()).toBe(text);
  });
});

describe('measureEntry (a fixture package, bundled for real)', () => {
  /** @type {string} */
  let dir;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    const lib = join(dir, 'node_modules', 'fixture-lib');
    mkdirSync(lib, { recursive: true });
    writeFileSync(join(lib, 'package.json'), JSON.stringify({ name: 'fixture-lib', type: 'module', sideEffects: false, exports: { '.': { source: './src.js', default: './index.js' }, './styles.css': './styles.css' } }));
    writeFileSync(join(lib, 'index.js'), "import { useState } from 'react';\nexport const Used = () => useState('USED_MARKER');\nexport const Unused = () => 'UNUSED_MARKER';\nexport { Extra } from './extra.js';\n");
    writeFileSync(join(lib, 'extra.js'), "export const Extra = () => 'EXTRA_MARKER';\n");
    writeFileSync(join(lib, 'src.js'), "export const Used = () => 'FROM_SOURCE';\n");
    writeFileSync(join(lib, 'styles.css'), '@import "./more.css";\n.a { color: red; }\n');
    writeFileSync(join(lib, 'more.css'), '.b { color: blue; }\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tree-shakes, keeps React external and reports the entry exports', async () => {
    const result = await measureEntry({ contents: "export { Used } from 'fixture-lib';\n", resolveDir: dir });
    expect(result.exports).toEqual(['Used']);
    expect(result.css).toBeNull();
    expect(result.inputs.some((input) => input.includes('fixture-lib/index.js'))).toBe(true);
    expect(result.inputs.some((input) => input.includes('react'))).toBe(false);
    expect(result.js.min).toBeGreaterThan(0);
  });

  it('returns the minified code and the bytes each input left in it (0 when tree-shaken)', async () => {
    const result = await measureEntry({ contents: "export { Used } from 'fixture-lib';\n", resolveDir: dir });
    expect(result.code).toContain('USED_MARKER');
    expect(result.code).not.toContain('UNUSED_MARKER');
    expect(result.code).not.toContain('EXTRA_MARKER');
    const bytes = (/** @type {string} */ name) => Object.entries(result.bytesByInput).find(([input]) => input.endsWith(`fixture-lib/${name}`))?.[1];
    expect(bytes('index.js')).toBeGreaterThan(0);
    expect(bytes('extra.js')).toBe(0);
  });

  it('bundles the `source` export condition when asked (the kit does)', async () => {
    const result = await measureEntry({ contents: "export { Used } from 'fixture-lib';\n", resolveDir: dir, conditions: ['source'] });
    expect(result.inputs.some((input) => input.includes('fixture-lib/src.js'))).toBe(true);
  });

  it('measures CSS the entry imports separately from the JS', async () => {
    const result = await measureEntry({ contents: "import 'fixture-lib/styles.css';\nexport { Used } from 'fixture-lib';\n", resolveDir: dir });
    expect(result.css?.min).toBeGreaterThan(0);
  });

  it('measureCssFile follows @import and minifies', async () => {
    const sizes = await measureCssFile(join(dir, 'node_modules', 'fixture-lib', 'styles.css'));
    expect(sizes.min).toBe('.b{color:#00f}.a{color:red}\n'.length);
  });

  it('rejects when an import does not resolve', async () => {
    await expect(measureEntry({ contents: "export { X } from 'not-installed';\n", resolveDir: dir })).rejects.toThrow(/not-installed/);
  });
});

describe('staticClosure (the initial chunk of a split bundle)', () => {
  it('follows static imports from the entry, never dynamic ones', () => {
    const out = (/** @type {{ path: string, kind: string, external?: boolean }[]} */ imports) => ({ imports, exports: [], inputs: {}, bytes: 0 });
    const metafile = /** @type {any} */ ({
      inputs: {},
      outputs: {
        'out/entry.js': { ...out([{ path: 'out/chunk-a.js', kind: 'import-statement' }, { path: 'out/lazy.js', kind: 'dynamic-import' }, { path: 'react', kind: 'import-statement', external: true }]), entryPoint: 'entry.ts' },
        'out/chunk-a.js': out([{ path: 'out/chunk-b.js', kind: 'import-statement' }]),
        'out/chunk-b.js': out([]),
        'out/lazy.js': out([{ path: 'out/chunk-b.js', kind: 'import-statement' }]),
      },
    });
    expect([...staticClosure(metafile, 'out/entry.js')].sort()).toEqual(['out/chunk-a.js', 'out/chunk-b.js', 'out/entry.js']);
  });
});
