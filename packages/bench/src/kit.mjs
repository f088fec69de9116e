// Measures the kit's public entries (virtual entries resolved from the bench package,
// which depends on every kit package through workspace links).
import { KIT_CONDITIONS, KIT_PEER_EXTERNALS, measureCssFile, measureEntry } from './bundle.mjs';
import { TESTING_FAKES_DIR, TESTING_FAKES_MARKERS, checkAbsent } from './treeShaking.mjs';
import { BENCH_DIR, ROOT_DIR, findStylesCss } from './workspace.mjs';
import { join } from 'node:path';

/**
 * @typedef {import('./bundle.mjs').Sizes} Sizes
 * @typedef {{ js: Sizes, css: Sizes | null }} EntrySizes
 * @typedef {{ id: string, label: string, status: 'ok' | 'n/a' | 'error', reason?: string,
 *   peersExternal?: EntrySizes, full?: EntrySizes, exports?: string[] }} KitRow
 * @typedef {import('./treeShaking.mjs').BundleText} BundleText
 */

/** Core's testing fakes: exported from core's only entry, never imported by a storefront. */
export const CORE_TESTING_INDEX = join(ROOT_DIR, 'packages', 'core', 'src', 'testing', 'index.ts');

/** Hooks and the provider: what a shop with its own UI imports. */
export const HOOK_EXPORT = /^(use[A-Z]\w*|\w*Provider)$/;

/**
 * Builds the named-export entry for `names` of `pkg`, or null when none exists.
 * @param {string} pkg  e.g. '@synerise-auth/ui'
 * @param {string[]} names
 * @returns {string | null}
 */
export function namedEntry(pkg, names) {
  if (names.length === 0) return null;
  return `export { ${[...names].sort().join(', ')} } from '${pkg}';\n`;
}

/**
 * The headless entry a storefront with its own UI ships: the hooks package's whole public API
 * plus every export of core's index except the testing fakes (`testingNames`).
 * @param {string[]} coreNames  exports of core's index
 * @param {string[]} testingNames  exports of core's testing fakes
 * @returns {string}
 */
export function headlessEntry(coreNames, testingNames) {
  const clientFacing = coreNames.filter((name) => !testingNames.includes(name));
  return `export * from '@synerise-auth/react';\n${namedEntry('@synerise-auth/core', clientFacing) ?? ''}`;
}

/**
 * @param {string} contents
 * @param {(bundle: BundleText) => void} [keep]  receives the "all but React" bundle's code
 * @returns {Promise<{ peersExternal: EntrySizes, full: EntrySizes, exports: string[] }>}
 */
async function measureBothWays(contents, keep) {
  const common = { contents, resolveDir: BENCH_DIR, conditions: KIT_CONDITIONS };
  const peersExternal = await measureEntry({ ...common, external: KIT_PEER_EXTERNALS });
  const full = await measureEntry(common);
  keep?.({ code: full.code, bytesByInput: full.bytesByInput });
  return {
    peersExternal: { js: peersExternal.js, css: peersExternal.css },
    full: { js: full.js, css: full.css },
    exports: full.exports,
  };
}

/**
 * @param {string} id
 * @param {string} label
 * @param {string | null} contents  null: the needed export does not exist yet
 * @param {string} [missingReason]
 * @param {(bundle: BundleText) => void} [keep]
 * @returns {Promise<KitRow>}
 */
async function row(id, label, contents, missingReason = 'not exported yet', keep = undefined) {
  if (contents === null) return { id, label, status: 'n/a', reason: missingReason };
  try {
    return { id, label, status: 'ok', ...(await measureBothWays(contents, keep)) };
  } catch (error) {
    return { id, label, status: 'error', reason: firstLine(error) };
  }
}

/**
 * Exports of core's testing fakes (bundled from their barrel, which core's index re-exports).
 * @returns {Promise<string[]>}
 */
async function testingFakeNames() {
  const { exports } = await measureEntry({ contents: `export * from ${JSON.stringify(CORE_TESTING_INDEX)};\n`, resolveDir: BENCH_DIR, conditions: KIT_CONDITIONS });
  return exports;
}

/**
 * @param {unknown} error
 * @returns {string}
 */
export function firstLine(error) {
  const errors = /** @type {{ errors?: { text: string, location?: { file: string, line: number } | null }[] }} */ (error).errors;
  const first = errors?.[0];
  if (first) return `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}`;
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}

/**
 * Every row of the `pnpm size` table, in display order, and the proof that the headless
 * row ships none of core's testing fakes.
 * @returns {Promise<{ rows: KitRow[], styles: { file: string | null, sizes: Sizes | null, reason?: string },
 *   treeShaking: import('./treeShaking.mjs').AbsenceResult | null }>}
 */
export async function measureKit() {
  /** @type {BundleText | null} */
  let coreBundle = null;
  /** @type {BundleText | null} */
  let headlessBundle = null;
  const core = await row('core', '@synerise-auth/core (all, incl. testing fakes)', `export * from '@synerise-auth/core';\n`, undefined, (bundle) => {
    coreBundle = bundle;
  });
  const react = await row('react', '@synerise-auth/react (all)', `export * from '@synerise-auth/react';\n`);
  const testingNames = await testingFakeNames();
  const headless = await row(
    'headless',
    'headless: react (all) + core minus testing fakes',
    core.exports ? headlessEntry(core.exports, testingNames) : null,
    'core does not bundle',
    (bundle) => {
      headlessBundle = bundle;
    },
  );
  const treeShaking =
    coreBundle && headlessBundle ? checkAbsent(headlessBundle, coreBundle, { dir: TESTING_FAKES_DIR, markers: TESTING_FAKES_MARKERS }) : null;
  const hookNames = (react.exports ?? []).filter((name) => HOOK_EXPORT.test(name));
  const hooks = await row('hooks', 'shop: only the hooks + provider', namedEntry('@synerise-auth/react', hookNames));
  const uiAll = await row('ui', '@synerise-auth/ui (all)', `export * from '@synerise-auth/ui';\n`);
  const uiExports = uiAll.exports ?? [];
  /** @param {string} name */
  const uiNamed = (name) => (uiExports.includes(name) ? namedEntry('@synerise-auth/ui', [name]) : null);
  const signInForm = await row('signinform', 'shop: only SignInForm', uiNamed('SignInForm'));
  const authFlow = await row('authflow', 'shop: whole AuthFlow', uiNamed('AuthFlow'));
  const styles = await measureStyles();
  return { rows: [core, react, headless, hooks, signInForm, authFlow, uiAll], styles, treeShaking };
}

/**
 * @returns {Promise<{ file: string | null, sizes: Sizes | null, reason?: string }>}
 */
async function measureStyles() {
  const file = findStylesCss();
  if (file === null) return { file, sizes: null, reason: 'no styles.css yet' };
  try {
    return { file, sizes: await measureCssFile(file) };
  } catch (error) {
    return { file, sizes: null, reason: firstLine(error) };
  }
}
