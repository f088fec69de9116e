// Installs one anchor into its own directory with the ordinary npm client, bounded in time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REACT_SPECS, importedPackages, specName } from './anchors.mjs';
import { readJson } from './workspace.mjs';

/**
 * @typedef {{ ok: boolean, legacyPeerDeps: boolean, seconds: number, error?: string,
 *   versions: Record<string, string>, latest: Record<string, string> }} InstallResult
 */

/**
 * npm reads `npm_config_*` variables; the ones pnpm sets for its own run must not leak
 * into a plain npm install in a directory outside the workspace.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanNpmEnv(env) {
  const keep = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy', 'npm_config_cafile', 'npm_config_strict_ssl']);
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^npm_(config|package|lifecycle|execpath|node_execpath|command)/i.test(key) || keep.has(key.toLowerCase())),
  );
}

/**
 * Runs a command, killing its whole process group after `timeoutMs`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, timeoutMs: number }} options
 * @returns {Promise<{ code: number | null, output: string, timedOut: boolean }>}
 */
export function run(command, args, { cwd, timeoutMs }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env: cleanNpmEnv(process.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    /** @param {Buffer} chunk */
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output, timedOut });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, output: String(error), timedOut });
    });
  });
}

/**
 * Last meaningful line of npm's output (its error summary), without warnings.
 * @param {string} output
 * @returns {string}
 */
export function npmErrorSummary(output) {
  const lines = output.split('\n').map((line) => line.trim()).filter((line) => line && !/^npm warn/i.test(line));
  const errorLines = lines.filter((line) => /^npm err(or)?!?\s/i.test(line));
  const code = errorLines.find((line) => /code\s+E[A-Z0-9]+/.test(line));
  const detail = errorLines.find((line) => !/code\s+E|A complete log|verbose|^npm error\s*$/i.test(line));
  return [code, detail].filter(Boolean).join(' — ').replace(/^npm err(or)?!?\s*/i, '').slice(0, 300) || (lines.at(-1) ?? 'npm install failed').slice(0, 300);
}

/**
 * Installs an anchor's packages (plus React) in `dir`; retries once with
 * --legacy-peer-deps when npm refuses a peer range (ERESOLVE). Skips the install when
 * `reuse` is set and every imported package is already there.
 * @param {import('./anchors.mjs').Anchor} anchor
 * @param {{ dir: string, timeoutMs: number, reuse?: boolean }} options
 * @returns {Promise<InstallResult>}
 */
export async function installAnchor(anchor, { dir, timeoutMs, reuse = false }) {
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  const already = reuse && importedPackages(anchor).every((name) => existsSync(join(dir, 'node_modules', name, 'package.json')));
  let legacyPeerDeps = false;
  if (!already) {
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `anchor-${anchor.id}`, private: true, type: 'module' }, null, 2)}\n`);
    const base = ['install', '--no-audit', '--no-fund', '--prefer-online', '--loglevel=error', ...anchor.install, ...REACT_SPECS];
    let result = await run('npm', base, { cwd: dir, timeoutMs });
    if (result.code !== 0 && !result.timedOut && /ERESOLVE/.test(result.output)) {
      legacyPeerDeps = true;
      result = await run('npm', [...base, '--legacy-peer-deps'], { cwd: dir, timeoutMs });
    }
    if (result.code !== 0) {
      const error = result.timedOut ? `npm install timed out after ${Math.round(timeoutMs / 1000)} s` : npmErrorSummary(result.output);
      return { ok: false, legacyPeerDeps, seconds: (Date.now() - started) / 1000, error, versions: {}, latest: {} };
    }
  } else if (existsSync(join(dir, '.legacy-peer-deps'))) {
    legacyPeerDeps = true;
  }
  if (legacyPeerDeps) writeFileSync(join(dir, '.legacy-peer-deps'), 'yes\n');
  const versions = installedVersions(dir, [...anchor.install.map(specName), ...importedPackages(anchor)]);
  const latest = await latestVersions(dir, timeoutMs);
  return { ok: true, legacyPeerDeps, seconds: (Date.now() - started) / 1000, versions, latest };
}

/**
 * Versions read from the installed package.json files.
 * @param {string} dir
 * @param {string[]} names
 * @returns {Record<string, string>}
 */
export function installedVersions(dir, names) {
  /** @type {Record<string, string>} */
  const versions = {};
  for (const name of new Set(names)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) versions[name] = String(readJson(file).version);
  }
  return versions;
}

/**
 * `npm outdated --json`: the registry's latest version of each direct dependency that is
 * not the installed one (e.g. a peer range kept npm on an older major).
 * @param {string} dir
 * @param {number} timeoutMs
 * @returns {Promise<Record<string, string>>}
 */
async function latestVersions(dir, timeoutMs) {
  const result = await run('npm', ['outdated', '--json', '--loglevel=error'], { cwd: dir, timeoutMs: Math.min(timeoutMs, 60_000) });
  try {
    const parsed = /** @type {Record<string, { latest?: string }>} */ (JSON.parse(result.output.slice(result.output.indexOf('{'))));
    return Object.fromEntries(Object.entries(parsed).flatMap(([name, info]) => (info.latest ? [[name, info.latest]] : [])));
  } catch {
    return {};
  }
}
