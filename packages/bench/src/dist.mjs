// The size rows measure what npm users download: each kit package's `dist`, built by its own
// `tsup` config (the package's `build` script), resolved through the default export condition.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from './workspace.mjs';

/** Kit packages a shop bundles, in build order (ui's declarations need react's and core's). */
export const KIT_PACKAGES = ['core', 'react', 'ui'];

/**
 * Runs `tsup` in each kit package (what `pnpm --filter <pkg> build` runs).
 * @param {(line: string) => void} log
 * @returns {{ ok: boolean, failed: string[] }}
 */
export function buildKitDist(log) {
  const tsup = join(ROOT_DIR, 'node_modules', '.bin', 'tsup');
  /** @type {string[]} */
  const failed = [];
  for (const name of KIT_PACKAGES) {
    const cwd = join(ROOT_DIR, 'packages', name);
    const started = Date.now();
    const result = spawnSync(tsup, [], { cwd, encoding: 'utf8', timeout: 300_000 });
    const ok = result.status === 0;
    log(`build: @synerise-auth/${name} ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (!ok) {
      failed.push(name);
      log(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n'));
    }
  }
  return { ok: failed.length === 0, failed };
}

/**
 * @returns {string[]} kit packages without a built `dist/index.js`
 */
export function missingDist() {
  return KIT_PACKAGES.filter((name) => !existsSync(join(ROOT_DIR, 'packages', name, 'dist', 'index.js')));
}
