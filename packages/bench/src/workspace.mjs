// Where things are in the monorepo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/bench */
export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** the monorepo root */
export const ROOT_DIR = resolve(BENCH_DIR, '..', '..');

/**
 * @param {string} file
 * @returns {any}
 */
export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Workspace packages under packages/* (name, dir, parsed package.json).
 * @param {string} [rootDir]
 * @returns {{ name: string, dir: string, manifest: any }[]}
 */
export function listPackages(rootDir = ROOT_DIR) {
  const packagesDir = join(rootDir, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = readJson(join(dir, 'package.json'));
      return { name: String(manifest.name), dir, manifest };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Finds the kit's stylesheet: a `*.css` subpath export of @synerise-auth/ui (its `source`,
 * then `default` target), else the usual places. `null` when there is none yet.
 * @param {string} [rootDir]
 * @returns {string | null}
 */
export function findStylesCss(rootDir = ROOT_DIR) {
  const uiDir = join(rootDir, 'packages', 'ui');
  if (!existsSync(join(uiDir, 'package.json'))) return null;
  const manifest = readJson(join(uiDir, 'package.json'));
  /** @type {string[]} */
  const candidates = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    if (!key.endsWith('.css')) continue;
    if (typeof target === 'string') candidates.push(target);
    else if (target && typeof target === 'object') {
      for (const condition of ['source', 'style', 'default', 'import']) {
        const value = /** @type {Record<string, unknown>} */ (target)[condition];
        if (typeof value === 'string') candidates.push(value);
      }
    }
  }
  candidates.push('./src/styles.css', './styles.css', './dist/styles.css');
  for (const candidate of candidates) {
    const file = join(uiDir, candidate);
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * Packages `pnpm publish` would publish: those not marked "private".
 * @template {{ manifest: any }} P
 * @param {P[]} packages
 * @returns {P[]}
 */
export function publishable(packages) {
  return packages.filter((pkg) => pkg.manifest.private !== true);
}

/**
 * Export subpaths that are not modules (stylesheets, fonts, images): attw would report them
 * as unresolvable JavaScript, so they are left to publint, which checks the files exist.
 * @param {any} manifest
 * @returns {string[]}
 */
export function assetEntrypoints(manifest) {
  const exportsField = manifest.exports;
  if (!exportsField || typeof exportsField !== 'object') return [];
  return Object.keys(exportsField).filter((key) => /\.(css|scss|less|svg|png|woff2?)$/.test(key));
}
