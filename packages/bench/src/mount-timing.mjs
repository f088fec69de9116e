// Time from mounting the provider to an interactive sign-in form, in headless chromium with
// 4x CPU throttling (CDP Emulation.setCPUThrottlingRate), median of 5 fresh page loads. The
// kit runs on the in-page emulator (its signing keys are made before the clock starts), so no
// network is involved; the anchor is one that renders its form without a network.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { BENCH_DIR, ROOT_DIR } from './workspace.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const RUNS = 5;
export const CPU_THROTTLING = 4;

/**
 * In-page probe: `__measure(mount, selector)` starts the clock, calls `mount()` (which renders
 * the provider) and stops it at the first DOM change after which `selector` matches an
 * enabled field inside a form whose submit button is enabled too.
 */
const PROBE = `
window.__measure = (mount, selector) => {
  const ready = () => {
    const field = document.querySelector(selector);
    const form = field && field.closest('form');
    const submit = form && form.querySelector('button[type="submit"], button:not([type])');
    return Boolean(field && !field.disabled && submit && !submit.disabled);
  };
  const t0 = performance.now();
  const done = () => { observer.disconnect(); window.__result = performance.now() - t0; };
  const observer = new MutationObserver(() => { if (ready()) done(); });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  mount();
};
`;

/** The kit's drop-in (built dist) on the in-page emulator. */
export const KIT_PAGE = {
  id: 'kit',
  label: 'Synerise kit: SyneriseAuthProvider + AuthFlow (sign-in step)',
  resolveDir: BENCH_DIR,
  selector: 'input[autocomplete="username"]',
  entry: `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { AuthFlow, ThemeRoot } from '@synerise-auth/ui';
import '@synerise-auth/ui/styles.css';
import { createSyneriseEmulator } from ${JSON.stringify(join(ROOT_DIR, 'packages', 'emulator', 'src', 'index.ts'))};
const emulator = createSyneriseEmulator();
await emulator.publicKeyJwk();
const root = createRoot(document.getElementById('root'));
window.__measure(() => root.render(h(SyneriseAuthProvider, { apiKey: 'emulator-api-key', baseUrl: emulator.baseUrl, fetch: (request) => emulator.fetch(request) }, h(ThemeRoot, null, h(AuthFlow)))), ${JSON.stringify('input[autocomplete="username"]')});
`,
};

/**
 * Supabase Auth UI: its form renders without a network (the client only reads storage).
 * @param {string} dir  the anchor's install folder (bench:anchors)
 */
export function supabasePage(dir) {
  return {
    id: 'supabase',
    label: 'Supabase Auth UI: Auth + ThemeSupa + createClient',
    resolveDir: dir,
    selector: 'input[type="email"]',
    entry: `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';
import { createClient } from '@supabase/supabase-js';
const root = createRoot(document.getElementById('root'));
window.__measure(() => root.render(h(Auth, { supabaseClient: createClient('http://127.0.0.1:9', 'anon-key'), appearance: { theme: ThemeSupa } })), 'input[type="email"]');
`,
  };
}

/**
 * @param {{ entry: string, resolveDir: string }} page
 * @param {string} dir  where the page is written
 * @returns {Promise<string>} file URL of the page
 */
async function buildPage(page, dir) {
  const result = await esbuild.build({
    stdin: { contents: page.entry, resolveDir: page.resolveDir, loader: 'ts', sourcefile: 'page.ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' }, outdir: dir, entryNames: 'page', write: true,
    logLevel: 'silent', absWorkingDir: page.resolveDir, plugins: [oneReact(page.resolveDir)],
  });
  if (result.errors.length > 0) throw new Error(result.errors[0]?.text ?? 'build failed');
  const css = existsSync(join(dir, 'page.css')) ? '<link rel="stylesheet" href="page.css">' : '';
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8">${css}<script>${PROBE}</script></head><body><div id="root"></div><script type="module" src="page.js"></script></body></html>`);
  return pathToFileURL(join(dir, 'index.html')).href;
}

/**
 * One copy of React per page (some anchors nest their own): react and react-dom always resolve
 * from the page's folder.
 * @param {string} resolveDir
 * @returns {import('esbuild').Plugin}
 */
function oneReact(resolveDir) {
  return {
    name: 'one-react',
    setup(build) {
      build.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, async (args) => {
        if (args.pluginData === 'one-react') return undefined;
        const result = await build.resolve(args.path, { kind: args.kind, resolveDir, pluginData: 'one-react' });
        return result.errors.length > 0 ? { errors: result.errors } : { path: result.path };
      });
    },
  };
}

/**
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * @typedef {{ id: string, label: string, entry: string, resolveDir: string, selector: string }} Page
 * @typedef {{ id: string, label: string, runs: number[], medianMs: number } | { id: string, label: string, error: string }} MountTiming
 */

/**
 * @param {Page[]} pages
 * @returns {Promise<{ chromium: string, timings: MountTiming[] }>}
 */
export async function measureMountTimings(pages) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--allow-file-access-from-files'] });
  const dir = mkdtempSync(join(tmpdir(), 'bench-mount-'));
  /** @type {MountTiming[]} */
  const timings = [];
  try {
    for (const page of pages) {
      try {
        const pageDir = mkdtempSync(join(dir, `${page.id}-`));
        const url = await buildPage(page, pageDir);
        /** @type {number[]} */
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) {
          const context = await browser.newContext();
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
          await tab.goto(url);
          // Page functions run in the browser: `globalThis` there is the page's window.
          await tab.waitForFunction(() => typeof (/** @type {any} */ (globalThis)).__result === 'number', undefined, { timeout: 60_000 });
          runs.push(await tab.evaluate(() => /** @type {number} */ ((/** @type {any} */ (globalThis)).__result)));
          await context.close();
        }
        timings.push({ id: page.id, label: page.label, runs, medianMs: median(runs) });
      } catch (error) {
        timings.push({ id: page.id, label: page.label, error: String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'failed' });
      }
    }
    return { chromium: browser.version(), timings };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Rows for the runtime table.
 * @param {{ chromium: string, timings: MountTiming[] } | null} mount
 * @returns {{ metric: string, value: string, note?: string }[]}
 */
export function mountRows(mount) {
  const metric = (/** @type {string} */ who) => `provider mount to interactive sign-in form, ${who} (chromium, ${CPU_THROTTLING}x CPU throttling, median of ${RUNS})`;
  if (!mount) return [{ metric: metric('Synerise kit'), value: 'pending', note: 'chromium did not start' }];
  return mount.timings.map((timing) => {
    const who = timing.id === 'kit' ? 'Synerise kit' : `anchor: ${timing.label.split(':')[0]}`;
    if ('error' in timing) return { metric: metric(who), value: 'pending', note: timing.error };
    const runs = timing.runs.map((ms) => ms.toFixed(0)).join(', ');
    return { metric: metric(who), value: `${timing.medianMs.toFixed(0)} ms`, note: `${timing.label}; runs ${runs} ms; chromium ${mount.chromium}` };
  });
}
