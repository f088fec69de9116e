#!/usr/bin/env node
// `pnpm consumer-check`: the kit as a shop gets it from npm. Builds and packs every publishable
// package, copies fixtures/consumer-vite and fixtures/consumer-next to a temporary directory
// OUTSIDE the workspace, installs the tarballs there (pnpm, no workspace links; only the npm
// registry is reached), type checks each app strictly with `moduleResolution: bundler` and
// `nodenext`, builds it, and drives sign-in → registration with PIN → reload → sign-out in
// Chromium (vite: `vite preview` + the emulator's Vite plugin; next: `next start` + the
// emulator bin). Prints the time of every step. Exit 1 when anything fails.
// Options: --skip-build (packages already built), --only vite|next, --keep (leave the temp dir)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from './args.mjs';
import { ROOT_DIR, listPackages, publishable } from './workspace.mjs';
import { driveShop, launch } from '../../../fixtures/e2e/flow.mjs';
import { binsOf, startEmulator, startNext, startVitePreview } from '../../../fixtures/e2e/servers.mjs';

// pnpm's own bin, looked up once (each `npx pnpm@…` costs seconds).
const PNPM_BIN = spawnSync('npx', ['--yes', '-p', 'pnpm@10.34.9', 'sh', '-c', 'command -v pnpm'], { encoding: 'utf8' }).stdout.trim();
const options = parseArgs(process.argv.slice(2), ['skip-build', 'keep']);
const fixtures = (typeof options.only === 'string' ? options.only.split(',') : ['vite', 'next']).map((name) => `consumer-${name}`);
const started = performance.now();
/** @type {string[]} */
const timings = [];

/**
 * @template T
 * @param {string} label
 * @param {() => T | Promise<T>} run
 * @returns {Promise<T>}
 */
async function timed(label, run) {
  const t0 = performance.now();
  process.stdout.write(`\n▶ ${label}\n`);
  try {
    return await run();
  } finally {
    const line = `${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${label}`;
    timings.push(line);
    process.stdout.write(`${line}\n`);
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {Record<string, string>} [env]
 */
function run(command, args, cwd, env = {}) {
  // pnpm on PATH: turbo looks for the package manager's binary there.
  const PATH = `${dirname(PNPM_BIN)}${delimiter}${process.env.PATH ?? ''}`;
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, PATH, NEXT_TELEMETRY_DISABLED: '1', ...env }, timeout: 900_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`);
}

const work = mkdtempSync(join(tmpdir(), 'synerise-consumer-'));
let failed = false;
try {
  const packages = publishable(listPackages());
  if (options['skip-build'] !== true) {
    await timed('build packages', () =>
      run(PNPM_BIN, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', ...packages.map((p) => `--filter=${p.name}`)], ROOT_DIR),
    );
  }
  const tarballs = await timed('pnpm pack', () => {
    /** @type {Record<string, string>} */
    const byName = {};
    for (const pkg of packages) {
      const dest = join(work, 'tarballs', pkg.name.replace(/\W/g, '_'));
      run(PNPM_BIN, ['pack', '--pack-destination', dest], pkg.dir);
      const file = readdirSync(dest).find((f) => f.endsWith('.tgz'));
      if (!file) throw new Error(`no tarball for ${pkg.name}`);
      byName[pkg.name] = join(dest, file);
    }
    return byName;
  });

  const browser = await launch();
  try {
    for (const fixture of fixtures) {
      const app = join(work, fixture);
      cpSync(join(ROOT_DIR, 'fixtures', fixture), app, { recursive: true });
      useTarballs(join(app, 'package.json'), tarballs);
      await timed(`${fixture}: install tarballs (pnpm, outside the workspace)`, () =>
        run(PNPM_BIN, ['install', '--config.node-linker=isolated', '--config.auto-install-peers=true', '--ignore-workspace'], app),
      );
      const tsc = join(app, 'node_modules', 'typescript', 'bin', 'tsc');
      await timed(`${fixture}: typecheck (strict, moduleResolution bundler)`, () => run(process.execPath, [tsc, '-p', 'tsconfig.json'], app));
      await timed(`${fixture}: typecheck (strict, moduleResolution nodenext)`, () => run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], app));
      const bins = binsOf(app);
      if (fixture === 'consumer-vite') {
        await timed(`${fixture}: vite build`, () => run(process.execPath, [bins.vite(), 'build'], app));
        await timed(`${fixture}: sign-in → PIN → reload → sign-out (vite preview + emulator plugin)`, async () => {
          const preview = await startVitePreview(bins.vite(), app);
          try {
            await driveShop(browser, preview.url, preview.url);
          } finally {
            await preview.stop();
          }
        });
      } else {
        await timed(`${fixture}: next build`, () => run(process.execPath, [bins.next(), 'build'], app));
        await timed(`${fixture}: sign-in → PIN → reload → sign-out (next start + emulator bin)`, async () => {
          const emulator = await startEmulator(bins.emulator(), ['--registration-type', 'REQUIRE_PIN_CONFIRMATION', '--pin-confirmation-type', 'EVERYONE']);
          try {
            const next = await startNext(bins.next(), app, { SYNERISE_BASE_URL: emulator.url });
            try {
              await driveShop(browser, next.url, emulator.url);
            } finally {
              await next.stop();
            }
          } finally {
            await emulator.stop();
          }
        });
      }
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (options.keep === true) process.stdout.write(`\nkept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
process.stdout.write(`\nCONSUMER CHECK ${failed ? 'FAIL' : 'ok'} (${fixtures.join(', ')})\n${timings.join('\n')}\n`);
process.exitCode = failed ? 1 : 0;

/**
 * Points every @synerise-auth/* dependency of a fixture (and, through overrides, of the
 * packages themselves) at the packed tarballs.
 * @param {string} file
 * @param {Record<string, string>} tarballs
 */
function useTarballs(file, tarballs) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (tarballs[name]) manifest[field][name] = `file:${tarballs[name]}`;
    }
  }
  manifest.pnpm = { overrides: Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`])) };
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
