// The ONE place that says how a bundle is measured. `pnpm size` and `pnpm bench:anchors`
// both go through `measureEntry`, so the kit and the anchors are built the same way.
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
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

/**
 * Custom export condition of our packages: `src/` directly, no build needed. Only the runtime
 * scenarios use it; the size rows resolve the default condition, i.e. the built `dist`.
 */
export const KIT_CONDITIONS = ['source'];

/**
 * @typedef {{ min: number, gzip: number, brotli: number }} Sizes  bytes
 * @typedef {{ js: Sizes, initialJs: Sizes, chunks: number, css: Sizes | null, exports: string[], inputs: string[],
 *   code: string, bytesByInput: Record<string, number> }} Measurement
 *   `js`: every JS output (with `splitting`, each file compressed alone and the sizes summed);
 *   `initialJs`: the entry file plus the chunks it imports statically (what the first paint
 *   downloads; equals `js` when nothing is loaded lazily); `chunks`: JS files emitted;
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
 * @param {string[]} [options.conditions]  extra export conditions
 * @param {boolean} [options.splitting]  esbuild code splitting, as a shop's bundler does for
 *   dynamic `import()`s
 * @returns {Promise<Measurement>}
 */
export async function measureEntry({ contents, resolveDir, external = [], conditions = [], splitting = false }) {
  const result = await esbuild.build({
    ...SHARED_BUILD_OPTIONS,
    ...(splitting ? { entryPoints: { entry: '<entry>' }, splitting: true, plugins: [virtualEntry(contents, resolveDir)] } : { stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' } }),
    external: [...REACT_EXTERNALS, ...external],
    conditions,
    absWorkingDir: resolveDir,
  });
  const js = (result.outputFiles ?? []).filter((file) => file.path.endsWith('.js'));
  const css = (result.outputFiles ?? []).filter((file) => file.path.endsWith('.css'));
  const metafile = result.metafile ?? { inputs: {}, outputs: {} };
  const entryName = Object.keys(metafile.outputs).find((name) => metafile.outputs[name]?.entryPoint !== undefined);
  const entryOutput = entryName ? metafile.outputs[entryName] : undefined;
  const jsBytes = concat(js.map((file) => file.contents));
  const initialNames = entryName ? staticClosure(metafile, entryName) : new Set();
  const initialPaths = new Set([...initialNames].map((name) => resolve(resolveDir, name)));
  const initialFiles = js.filter((file) => initialPaths.has(file.path));
  /** @type {Record<string, number>} */
  const bytesByInput = Object.fromEntries(Object.keys(metafile.inputs).map((input) => [input, 0]));
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytesByInput[input] = (bytesByInput[input] ?? 0) + bytesInOutput;
  }
  return {
    js: js.length > 1 ? sumSizes(js.map((file) => compressedSizes(file.contents))) : compressedSizes(jsBytes),
    initialJs: js.length > 1 ? sumSizes(initialFiles.map((file) => compressedSizes(file.contents))) : compressedSizes(jsBytes),
    chunks: js.length,
    css: css.length > 0 ? compressedSizes(concat(css.map((file) => file.contents))) : null,
    exports: entryOutput?.exports ?? [],
    inputs: Object.keys(metafile.inputs),
    code: Buffer.from(jsBytes).toString('utf8'),
    bytesByInput,
  };
}

/**
 * The entry output and every chunk it reaches through static `import`s (not `import()`).
 * @param {import('esbuild').Metafile} metafile
 * @param {string} entryName
 * @returns {Set<string>}
 */
export function staticClosure(metafile, entryName) {
  const seen = new Set([entryName]);
  const queue = [entryName];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    for (const imported of metafile.outputs[name]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return seen;
}

/**
 * @param {Sizes[]} list
 * @returns {Sizes}
 */
function sumSizes(list) {
  return list.reduce((total, sizes) => ({ min: total.min + sizes.min, gzip: total.gzip + sizes.gzip, brotli: total.brotli + sizes.brotli }), { min: 0, gzip: 0, brotli: 0 });
}

/**
 * esbuild's `stdin` cannot be split: with `splitting` the virtual entry is served by a plugin.
 * @param {string} contents
 * @param {string} resolveDir
 * @returns {import('esbuild').Plugin}
 */
function virtualEntry(contents, resolveDir) {
  return {
    name: 'virtual-entry',
    setup(build) {
      build.onResolve({ filter: /^<entry>$/ }, () => ({ path: 'entry.ts', namespace: 'virtual-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual-entry' }, () => ({ contents, resolveDir, loader: 'ts' }));
    },
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
