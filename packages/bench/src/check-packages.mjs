#!/usr/bin/env node
// `pnpm check-packages`: for every publishable workspace package (packages/*, not
// "private"): build it (turbo → tsup, cached for later steps), pack it with pnpm exactly as `pnpm publish` would (workspace:
// ranges replaced, publishConfig applied), then lint the tarball with publint and
// @arethetypeswrong/cli (profile esm-only: the packages ship ESM only, so the CommonJS
// `require` resolutions are out of scope), `publint --strict` (warnings fail too), and check
// the tarball's contents (dist + source maps, package.json, README, LICENSE only; no src/,
// tests, stories or harness; react/ui entries start with 'use client'). Exit 1 when any step fails.
// Options: --skip-build, --only @synerise-auth/core,@synerise-auth/ui
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './args.mjs';
import { tarballProblems } from './tarball.mjs';
import { ROOT_DIR, assetEntrypoints, listPackages, publishable } from './workspace.mjs';

const PNPM = ['--yes', 'pnpm@10.34.9'];
/** Built files that must start with 'use client' (Next.js server components import them). */
const CLIENT_ENTRIES = { '@synerise-auth/react': ['dist/index.js', 'dist/query/index.js'], '@synerise-auth/ui': ['dist/index.js'] };
const bin = (/** @type {string} */ name) => join(ROOT_DIR, 'node_modules', '.bin', name);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {boolean} [quiet]
 * @returns {boolean}
 */
function step(command, args, cwd, quiet = false) {
  process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { cwd, stdio: quiet ? 'pipe' : 'inherit', timeout: 600_000, encoding: 'utf8' });
  // Quiet steps (pnpm pack lists every file) print their output only when they fail.
  if (quiet && result.status !== 0) process.stdout.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status === 0;
}

const options = parseArgs(process.argv.slice(2), ['skip-build']);
const only = typeof options.only === 'string' ? options.only.split(',') : null;
const packages = publishable(listPackages()).filter((pkg) => !only || only.includes(pkg.name));
const packDir = mkdtempSync(join(tmpdir(), 'synerise-pack-'));
/** @type {string[]} */
const summary = [];
let failed = false;
try {
  for (const pkg of packages) {
    const dir = join(ROOT_DIR, 'packages', pkg.name.replace('@synerise-auth/', ''));
    const destination = join(packDir, pkg.name.replace(/\W/g, '_'));
    /** @type {[string, () => boolean][]} */
    const steps = [
      ['build', () => options['skip-build'] === true || step('npx', [...PNPM, 'exec', 'turbo', 'run', 'build', '--filter', pkg.name, '--output-logs=errors-only'], ROOT_DIR)],
      ['pack', () => step('npx', [...PNPM, 'pack', '--pack-destination', destination], dir, true)],
      ['contents', () => checkContents(pkg.name, tarball(destination))],
      ['publint', () => step(bin('publint'), ['run', tarball(destination), '--strict'], ROOT_DIR)],
      ['attw', () => step(bin('attw'), [tarball(destination), '--profile', 'esm-only', '--format', 'table-flipped', ...excludeAssets(pkg.manifest)], ROOT_DIR)],
    ];
    const failedStep = steps.find(([, run]) => !run());
    summary.push(`PACKAGE ${failedStep ? 'FAIL' : 'ok'} ${pkg.name}${failedStep ? `: ${failedStep[0]} failed` : ': build, contents, publint --strict, attw'}`);
    if (failedStep) failed = true;
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
process.stdout.write(`\n${summary.join('\n')}\n`);
if (packages.length === 0) process.stdout.write('No publishable package found.\n');
process.exitCode = failed ? 1 : 0;

/**
 * @param {string} directory
 * @returns {string}
 */
function tarball(directory) {
  const file = readdirSync(directory).find((name) => name.endsWith('.tgz'));
  if (!file) throw new Error(`pnpm pack wrote no tarball in ${directory}`);
  return join(directory, file);
}

/**
 * @param {any} manifest
 * @returns {string[]}
 */
function excludeAssets(manifest) {
  const assets = assetEntrypoints(manifest);
  return assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];
}

/**
 * @param {string} name
 * @param {string} file
 * @returns {boolean}
 */
function checkContents(name, file) {
  process.stdout.write(`\n$ tar -tzf ${file}\n`);
  const list = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' });
  if (list.status !== 0) return false;
  const files = list.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  const read = (/** @type {string} */ inner) => spawnSync('tar', ['-xOzf', file, `package/${inner}`], { encoding: 'utf8' }).stdout;
  const packed = JSON.parse(read('package.json'));
  const workspace = listPackages().find((pkg) => pkg.name === name)?.manifest;
  const problems = tarballProblems(files, {
    clientEntries: CLIENT_ENTRIES[/** @type {keyof typeof CLIENT_ENTRIES} */ (name)] ?? [],
    read,
    packedExports: packed.exports,
    workspaceExports: workspace?.exports,
  });
  process.stdout.write(problems.length === 0 ? `${files.length} files, all shippable\n` : `${problems.map((p) => `  ${p}`).join('\n')}\n`);
  return problems.length === 0;
}
