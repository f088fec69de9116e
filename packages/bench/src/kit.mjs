// Measures the kit's public entries (virtual entries resolved from the bench package,
// which depends on every kit package through workspace links).
import { KIT_CONDITIONS, KIT_PEER_EXTERNALS, measureCssFile, measureEntry } from './bundle.mjs';
import { BENCH_DIR, findStylesCss } from './workspace.mjs';

/**
 * @typedef {import('./bundle.mjs').Sizes} Sizes
 * @typedef {{ js: Sizes, css: Sizes | null }} EntrySizes
 * @typedef {{ id: string, label: string, status: 'ok' | 'n/a' | 'error', reason?: string,
 *   peersExternal?: EntrySizes, full?: EntrySizes, exports?: string[] }} KitRow
 */

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
 * @param {string} contents
 * @returns {Promise<{ peersExternal: EntrySizes, full: EntrySizes, exports: string[] }>}
 */
async function measureBothWays(contents) {
  const common = { contents, resolveDir: BENCH_DIR, conditions: KIT_CONDITIONS };
  const peersExternal = await measureEntry({ ...common, external: KIT_PEER_EXTERNALS });
  const full = await measureEntry(common);
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
 * @returns {Promise<KitRow>}
 */
async function row(id, label, contents, missingReason = 'not exported yet') {
  if (contents === null) return { id, label, status: 'n/a', reason: missingReason };
  try {
    return { id, label, status: 'ok', ...(await measureBothWays(contents)) };
  } catch (error) {
    return { id, label, status: 'error', reason: firstLine(error) };
  }
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
 * Every row of the `pnpm size` table, in display order.
 * @returns {Promise<{ rows: KitRow[], styles: { file: string | null, sizes: Sizes | null, reason?: string } }>}
 */
export async function measureKit() {
  const core = await row('core', '@synerise-auth/core (all)', `export * from '@synerise-auth/core';\n`);
  const react = await row('react', '@synerise-auth/react (all)', `export * from '@synerise-auth/react';\n`);
  const headless = await row(
    'headless',
    'headless core+react (all hooks + provider)',
    `export * from '@synerise-auth/core';\nexport * from '@synerise-auth/react';\n`,
  );
  const hookNames = (react.exports ?? []).filter((name) => HOOK_EXPORT.test(name));
  const hooks = await row('hooks', 'shop: only the hooks + provider', namedEntry('@synerise-auth/react', hookNames));
  const uiAll = await row('ui', '@synerise-auth/ui (all)', `export * from '@synerise-auth/ui';\n`);
  const uiExports = uiAll.exports ?? [];
  /** @param {string} name */
  const uiNamed = (name) => (uiExports.includes(name) ? namedEntry('@synerise-auth/ui', [name]) : null);
  const signInForm = await row('signinform', 'shop: only SignInForm', uiNamed('SignInForm'));
  const authFlow = await row('authflow', 'shop: whole AuthFlow', uiNamed('AuthFlow'));
  const styles = await measureStyles();
  return { rows: [core, react, headless, hooks, signInForm, authFlow, uiAll], styles };
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
