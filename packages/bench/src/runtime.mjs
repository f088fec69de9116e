// Runtime figures from the emulator (issue 10): the scenarios in runtime-scenario.mjs run
// the real core client against the emulator on a simulated clock. A figure the kit cannot
// produce yet is reported as "pending" with the reason.
import { mkdirSync, mkdtempSync, rmSync, rmdirSync } from 'node:fs';
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

/**
 * Bundles runtime-scenario.mjs with the kit's sources (`source` condition) into a temporary
 * ESM file and imports it. Rejects when the kit does not export what the scenario needs.
 * @returns {Promise<typeof import('./runtime-scenario.mjs')>}
 */
async function loadScenario() {
  // Inside the bench package (git-ignored) so the externals resolve from the workspace root.
  mkdirSync(join(BENCH_DIR, '.runtime'), { recursive: true });
  const dir = mkdtempSync(join(BENCH_DIR, '.runtime', 'scenario-'));
  try {
    const outfile = join(dir, 'scenario.mjs');
    // The kit and its dependencies are bundled; React and jsdom stay external so the
    // renderer and the hooks share one React.
    await esbuild.build({
      entryPoints: [join(BENCH_DIR, 'src', 'runtime-scenario.mjs')],
      bundle: true, format: 'esm', platform: 'node', target: 'node20', conditions: KIT_CONDITIONS,
      external: ['react', 'react-dom', 'jsdom', '@testing-library/user-event', '@testing-library/dom'], jsx: 'automatic',
      outfile, logLevel: 'silent', absWorkingDir: BENCH_DIR,
      banner: { js: "import { createRequire as __bench_createRequire } from 'node:module'; const require = __bench_createRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    try {
      rmdirSync(join(BENCH_DIR, '.runtime')); // only when empty (no concurrent run)
    } catch {
      // another run is using it
    }
  }
}

/**
 * @param {number} value
 * @param {number} refreshes
 * @returns {string}
 */
export function perRefresh(value, refreshes) {
  return refreshes === 0 ? 'n/a' : (value / refreshes).toFixed(2);
}

/**
 * @returns {Promise<RuntimeRow[]>}
 */
export async function measureRuntime() {
  /** @param {string} metric @param {string} note */
  const pending = (metric, note) => ({ metric, value: 'pending', note });
  let scenario;
  try {
    scenario = await loadScenario();
  } catch (error) {
    return RUNTIME_METRICS.map((metric) => pending(metric, `kit does not provide the scenario's imports yet: ${firstLine(error)}`));
  }
  try {
    const visit = await scenario.visitAndReload();
    const one = await scenario.refreshesOverADay(1);
    const five = await scenario.refreshesOverADay(5);
    /** @param {{ refreshes: number, expiredTokenRequests: number, requests: number }} day */
    const dayNote = (day) => `token TTL 60 min; ${day.requests} requests in all, ${day.expiredTokenRequests} sent with an expired token`;
    return [
      { metric: RUNTIME_METRICS[0] ?? '', value: String(visit.firstVisit), note: 'one anonymous login' },
      { metric: RUNTIME_METRICS[1] ?? '', value: String(visit.reload), note: 'signed-in customer, token still valid' },
      { metric: RUNTIME_METRICS[2] ?? '', value: String(one.refreshes), note: dayNote(one) },
      { metric: RUNTIME_METRICS[3] ?? '', value: String(five.refreshes), note: dayNote(five) },
      await rendersRow(scenario),
      await keystrokeRow(scenario),
    ];
  } catch (error) {
    return RUNTIME_METRICS.map((metric) => pending(metric, `scenario failed: ${firstLine(error)}`));
  }
}

/**
 * @param {typeof import('./runtime-scenario.mjs')} scenario
 * @returns {Promise<RuntimeRow>}
 */
async function rendersRow(scenario) {
  const metric = RUNTIME_METRICS[4] ?? '';
  try {
    const renders = await scenario.rendersPerRefresh();
    return {
      metric,
      value: perRefresh(renders.statusOnly, renders.refreshes),
      note: `${renders.statusOnly} re-renders over ${renders.refreshes} refreshes in 24 h (a whole-snapshot consumer: ${perRefresh(renders.wholeSnapshot, renders.refreshes)} per refresh)`,
    };
  } catch (error) {
    return { metric, value: 'pending', note: `render scenario failed: ${firstLine(error)}` };
  }
}

/**
 * @param {typeof import('./runtime-scenario.mjs')} scenario
 * @returns {Promise<RuntimeRow>}
 */
async function keystrokeRow(scenario) {
  const metric = RUNTIME_METRICS[5] ?? '';
  try {
    const typed = await scenario.rendersPerKeystroke();
    return {
      metric,
      value: (typed.statusOnly / typed.keystrokes).toFixed(2),
      note: `${typed.keystrokes} keystrokes into the e-mail field: ${typed.statusOnly} status re-renders, ${typed.formCommits} commits of the form itself`,
    };
  } catch (error) {
    return { metric, value: 'pending', note: firstLine(error) };
  }
}
