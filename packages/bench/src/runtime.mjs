// Runtime figures from the emulator (issue 10). They need the emulator's
// `createSyneriseEmulator` and core's `createAuthClient` + testing fakes; until those exist
// (or the scenario is wired to their final API) every row reports "pending" with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { KIT_CONDITIONS } from './bundle.mjs';
import { firstLine } from './kit.mjs';
import { BENCH_DIR } from './workspace.mjs';

/** @typedef {{ metric: string, value: string, note?: string }} RuntimeRow */

export const RUNTIME_METRICS = [
  'auth requests on first visit (no token)',
  'auth requests on reload with a valid token',
  'token refreshes over 24 simulated hours, 1 tab',
  'token refreshes over 24 simulated hours, 5 tabs',
  're-renders of a status-only consumer per token refresh',
  're-renders of a status-only consumer per keystroke in the sign-in form',
];

/** What the runtime scenario needs from each package. */
export const RUNTIME_REQUIREMENTS = {
  '@synerise-auth/emulator': ['createSyneriseEmulator'],
  '@synerise-auth/core': ['createAuthClient'],
};

/**
 * Names each required package does not export yet (pure).
 * @param {Record<string, string[]>} required
 * @param {Record<string, string[]>} exported
 * @returns {string[]}  e.g. ['@synerise-auth/core: createAuthClient']
 */
export function missingExports(required, exported) {
  return Object.entries(required).flatMap(([pkg, names]) =>
    names.filter((name) => !(exported[pkg] ?? []).includes(name)).map((name) => `${pkg}: ${name}`),
  );
}

/**
 * Loads the kit's sources in Node (bundled to a temporary ESM file, `source` condition)
 * and returns each package's runtime exports.
 * @returns {Promise<Record<string, string[]>>}
 */
async function loadExportNames() {
  const dir = mkdtempSync(join(tmpdir(), 'synerise-bench-runtime-'));
  try {
    /** @type {Record<string, string[]>} */
    const names = {};
    for (const pkg of Object.keys(RUNTIME_REQUIREMENTS)) {
      const outfile = join(dir, `${pkg.replace(/\W/g, '_')}.mjs`);
      // Everything bundled (third-party included) so the file runs from a directory
      // outside the workspace.
      await esbuild.build({
        stdin: { contents: `export * from '${pkg}';\n`, resolveDir: BENCH_DIR, loader: 'ts' },
        bundle: true, format: 'esm', platform: 'node', target: 'node20', conditions: KIT_CONDITIONS,
        outfile, logLevel: 'silent', absWorkingDir: BENCH_DIR,
      });
      names[pkg] = Object.keys(await import(pathToFileURL(outfile).href));
    }
    return names;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @returns {Promise<RuntimeRow[]>}
 */
export async function measureRuntime() {
  /** @param {string} note */
  const pending = (note) => RUNTIME_METRICS.map((metric) => ({ metric, value: 'pending', note }));
  let exported;
  try {
    exported = await loadExportNames();
  } catch (error) {
    return pending(`kit sources do not load in Node yet: ${firstLine(error)}`);
  }
  const missing = missingExports(RUNTIME_REQUIREMENTS, exported);
  if (missing.length > 0) return pending(`not exported yet: ${missing.join(', ')}`);
  return pending('the emulator scenario is not wired to the final client API yet');
}
