// The ONE place that says how a bundle is measured. `pnpm size` and `pnpm bench:anchors`
// both go through `measureEntry`, so the kit and the anchors are built the same way.
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** Never bundled by a shop's bundler either: the host app brings its own React. */
export const REACT_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client'];

/**
 * The kit's third-party runtime dependencies. Column "peers external" leaves them out
 * (a shop that already ships react-query or react-hook-form pays nothing extra for them).
 */
export const KIT_PEER_EXTERNALS = [
  '@tanstack/react-query',
  'zod',
  'react-hook-form',
  '@hookform/resolvers',
  '@react-oauth/google',
];

/**
 * esbuild options shared by every measurement (kit and anchors).
 * `process.env.NODE_ENV` is "production" so libraries drop their development branches,
 * as a shop's production build does; license banners are dropped (we measure code).
 * @type {import('esbuild').BuildOptions}
 */
export const SHARED_BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  metafile: true,
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Assets referenced from CSS (fonts, icons) are separate downloads: emitted, not measured.
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file', '.jpg': 'file', '.webp': 'file' },
  outdir: 'out',
};

/** Custom export condition of our packages: bundle `src/` directly, no build needed. */
export const KIT_CONDITIONS = ['source'];

/**
 * @typedef {{ min: number, gzip: number, brotli: number }} Sizes  bytes
 * @typedef {{ js: Sizes, css: Sizes | null, exports: string[], inputs: string[],
 *   code: string, bytesByInput: Record<string, number> }} Measurement
 *   `code`: the minified JS; `bytesByInput`: bytes each input file left in it (0 = tree-shaken)
 */

/**
 * Sizes of one buffer: raw (already minified), gzip -9, brotli quality 11.
 * @param {Uint8Array | string} data
 * @returns {Sizes}
 */
export function compressedSizes(data) {
  const buffer = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    min: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength,
      },
    }).byteLength,
  };
}

/**
 * Bundles a virtual entry (stdin) and measures its JS and CSS outputs.
 * @param {object} options
 * @param {string} options.contents  source of the virtual entry, e.g. `export { SignIn } from '@clerk/react'`
 * @param {string} options.resolveDir  directory bare imports are resolved from
 * @param {string[]} [options.external]  extra externals besides React
 * @param {string[]} [options.conditions]  extra export conditions (['source'] for the kit)
 * @returns {Promise<Measurement>}
 */
export async function measureEntry({ contents, resolveDir, external = [], conditions = [] }) {
  const result = await esbuild.build({
    ...SHARED_BUILD_OPTIONS,
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    external: [...REACT_EXTERNALS, ...external],
    conditions,
    absWorkingDir: resolveDir,
  });
  const js = (result.outputFiles ?? []).filter((file) => file.path.endsWith('.js'));
  const css = (result.outputFiles ?? []).filter((file) => file.path.endsWith('.css'));
  const metafile = result.metafile ?? { inputs: {}, outputs: {} };
  const entryOutput = Object.values(metafile.outputs).find((output) => output.entryPoint !== undefined);
  const jsBytes = concat(js.map((file) => file.contents));
  /** @type {Record<string, number>} */
  const bytesByInput = Object.fromEntries(Object.keys(metafile.inputs).map((input) => [input, 0]));
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytesByInput[input] = (bytesByInput[input] ?? 0) + bytesInOutput;
  }
  return {
    js: compressedSizes(jsBytes),
    css: css.length > 0 ? compressedSizes(concat(css.map((file) => file.contents))) : null,
    exports: entryOutput?.exports ?? [],
    inputs: Object.keys(metafile.inputs),
    code: Buffer.from(jsBytes).toString('utf8'),
    bytesByInput,
  };
}

/**
 * Bundles and minifies one CSS file (following its `@import`s) and measures it.
 * @param {string} file  absolute path
 * @returns {Promise<Sizes>}
 */
export async function measureCssFile(file) {
  const result = await esbuild.build({
    ...SHARED_BUILD_OPTIONS,
    entryPoints: [file],
    metafile: false,
  });
  const css = (result.outputFiles ?? []).filter((output) => output.path.endsWith('.css'));
  return compressedSizes(concat(css.map((output) => output.contents)));
}

/**
 * @param {Uint8Array[]} parts
 * @returns {Uint8Array}
 */
function concat(parts) {
  return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
}
