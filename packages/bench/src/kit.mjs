// Measures the kit's rows from the BUILT `dist` of each package (default export condition,
// as a shop's bundler resolves the published packages), with virtual entries resolved from the
// bench package, which depends on every kit package through workspace links.
import { KIT_PEER_EXTERNALS, measureCssFile, measureEntry } from './bundle.mjs';
import { TESTING_FAKES_DIR, TESTING_FAKES_MARKERS, checkAbsent } from './treeShaking.mjs';
import { BENCH_DIR, findStylesCss } from './workspace.mjs';

/**
 * @typedef {import('./bundle.mjs').Sizes} Sizes
 * @typedef {{ js: Sizes, css: Sizes | null }} EntrySizes
 * @typedef {{ id: string, label: string, status: 'ok' | 'n/a' | 'error', reason?: string,
 *   peersExternal?: EntrySizes, full?: EntrySizes, exports?: string[], chunks?: number }} KitRow
 * @typedef {import('./treeShaking.mjs').BundleText} BundleText
 * @typedef {{ external?: string[], splitting?: boolean, initial?: boolean }} RowOptions
 *   `external`: left out of both columns (e.g. react-query); `initial`: measure only the
 *   entry chunk and its static imports, bundled with `splitting`
 */

/** Core's testing fakes: their own entry, never imported by a storefront. */
export const CORE_TESTING_ENTRY = '@synerise-auth/core/testing';

/** What the quick start imports to put the drop-in on a page (and its stylesheet). */
export const DROP_IN = {
  react: ['SyneriseAuthProvider'],
  ui: ['AuthFlow', 'AccountMenu', 'ThemeRoot'],
};

/** A storefront with its own UI and only the session hooks. */
export const HOOKS_ONLY = ['SyneriseAuthProvider', 'useSession', 'useSignIn', 'useSignOut'];

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
 * The drop-in entry: provider, AuthFlow, AccountMenu, theme wrapper and styles.css.
 * @returns {string}
 */
export function dropInEntry() {
  return `import '@synerise-auth/ui/styles.css';\n${namedEntry('@synerise-auth/react', DROP_IN.react)}${namedEntry('@synerise-auth/ui', DROP_IN.ui)}`;
}

/**
 * The headless entry a storefront with its own UI ships: the hooks package's whole public API
 * plus every export of core's main entry (minus `testingNames`, should any leak into it).
 * @param {string[]} coreNames  exports of core's main entry
 * @param {string[]} testingNames  exports of core's testing entry
 * @returns {string}
 */
export function headlessEntry(coreNames, testingNames) {
  const clientFacing = coreNames.filter((name) => !testingNames.includes(name));
  return `export * from '@synerise-auth/react';\n${namedEntry('@synerise-auth/core', clientFacing) ?? ''}`;
}

/**
 * @param {string} contents
 * @param {RowOptions} options
 * @param {(bundle: BundleText) => void} [keep]  receives the "all but React" bundle's code
 * @returns {Promise<{ peersExternal: EntrySizes, full: EntrySizes, exports: string[], chunks: number }>}
 */
async function measureBothWays(contents, options, keep) {
  const common = { contents, resolveDir: BENCH_DIR, splitting: options.initial === true };
  const extra = options.external ?? [];
  const peersExternal = await measureEntry({ ...common, external: [...new Set([...KIT_PEER_EXTERNALS, ...extra])] });
  const full = await measureEntry({ ...common, external: extra });
  keep?.({ code: full.code, bytesByInput: full.bytesByInput });
  /** @param {import('./bundle.mjs').Measurement} measured */
  const pick = (measured) => ({ js: options.initial ? measured.initialJs : measured.js, css: measured.css });
  return { peersExternal: pick(peersExternal), full: pick(full), exports: full.exports, chunks: full.chunks };
}

/**
 * @param {string} id
 * @param {string} label
 * @param {string | null} contents  null: the needed export does not exist yet
 * @param {{ missingReason?: string, keep?: (bundle: BundleText) => void } & RowOptions} [options]
 * @returns {Promise<KitRow>}
 */
async function row(id, label, contents, options = {}) {
  if (contents === null) return { id, label, status: 'n/a', reason: options.missingReason ?? 'not exported yet' };
  try {
    return { id, label, status: 'ok', ...(await measureBothWays(contents, options, options.keep)) };
  } catch (error) {
    return { id, label, status: 'error', reason: firstLine(error) };
  }
}

/**
 * Core's testing entry bundled alone: its export names, and the control bundle of the
 * tree-shaking check (it must contain the fakes' code and markers).
 * @returns {Promise<{ names: string[], bundle: BundleText }>}
 */
async function testingFakes() {
  const measured = await measureEntry({ contents: `export * from '${CORE_TESTING_ENTRY}';\n`, resolveDir: BENCH_DIR });
  return { names: measured.exports, bundle: { code: measured.code, bytesByInput: measured.bytesByInput } };
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
 * row ships none of core's testing fakes. Needs the packages' `dist` (see dist.mjs).
 * @returns {Promise<{ rows: KitRow[], styles: { file: string | null, sizes: Sizes | null, reason?: string },
 *   treeShaking: import('./treeShaking.mjs').AbsenceResult | null }>}
 */
export async function measureKit() {
  /** @type {BundleText | null} */
  let headlessBundle = null;
  const core = await row('core', '@synerise-auth/core (main entry)', `export * from '@synerise-auth/core';\n`);
  const react = await row('react', '@synerise-auth/react (all)', `export * from '@synerise-auth/react';\n`);
  const testing = await testingFakes().catch(() => null);
  const headless = await row('headless', 'headless: react + core, every export', core.exports ? headlessEntry(core.exports, testing?.names ?? []) : null, {
    missingReason: 'core does not bundle',
    keep: (bundle) => {
      headlessBundle = bundle;
    },
  });
  const treeShaking = testing && headlessBundle ? checkAbsent(headlessBundle, testing.bundle, { dir: TESTING_FAKES_DIR, markers: TESTING_FAKES_MARKERS }) : null;
  const hooks = await row('hooks', 'hooks-only: provider + useSession + useSignIn + useSignOut', namedEntry('@synerise-auth/react', HOOKS_ONLY));
  const signInForm = await row('signinform', 'SignInForm alone', namedEntry('@synerise-auth/ui', ['SignInForm']));
  const dropIn = await row('dropin', 'drop-in: provider + AuthFlow + AccountMenu + ThemeRoot (every step)', dropInEntry());
  const dropInInitial = await row('dropin-initial', 'drop-in, initial chunk (esbuild splitting)', dropInEntry(), { initial: true });
  const dropInQuery = await row('dropin-rq', 'drop-in, @tanstack/react-query external', dropInEntry(), { external: ['@tanstack/react-query'] });
  const uiAll = await row('ui', '@synerise-auth/ui (all)', `export * from '@synerise-auth/ui';\n`);
  const polish = await row('locale-pl', '@synerise-auth/ui/locales/pl (extra for Polish)', `export * from '@synerise-auth/ui/locales/pl';\n`);
  const styles = await measureStyles();
  return { rows: [core, react, headless, hooks, signInForm, dropIn, dropInInitial, dropInQuery, uiAll, polish], styles, treeShaking };
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
