#!/usr/bin/env node
// `pnpm bench:anchors`: installs each anchor library in its own folder of a temporary
// directory (outside the workspace), bundles its drop-in with the kit's esbuild settings and
// prints one table with the kit's rows from the same run, plus the emulator's runtime figures.
// Options: --write (rewrite docs/benchmarks.md), --json, --only stytch,clerk, --skip-build,
//   --dir PATH (install there and keep it; re-uses complete installs), --keep,
//   --concurrency N (default 2), --install-timeout SECONDS (default 420),
//   --total-timeout SECONDS (default 1500).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ANCHORS, anchorEntry } from './anchors.mjs';
import { mapPool, parseArgs } from './args.mjs';
import { BUDGETS, checkBudgets, formatBudgetLine } from './budgets.mjs';
import { SHARED_BUILD_OPTIONS, measureEntry } from './bundle.mjs';
import { renderTextTable } from './format.mjs';
import { installAnchor } from './install.mjs';
import { firstLine, measureKit } from './kit.mjs';
import { COMPARISON_TEXT_COLUMNS, comparisonRows, comparisonText, renderBenchmarksMarkdown } from './report.mjs';
import { buildKitDist } from './dist.mjs';
import { KIT_PAGE, measureMountTimings, mountRows, supabasePage } from './mount-timing.mjs';
import { measureRuntime } from './runtime.mjs';
import { budgetFigures } from './size-report.mjs';
import { BENCH_DIR, ROOT_DIR, readJson } from './workspace.mjs';

const options = parseArgs(process.argv.slice(2), ['write', 'json', 'keep', 'skip-build']);
const seconds = (/** @type {string} */ key, /** @type {number} */ fallback) => Number(options[key] ?? fallback) * 1000;
const deadline = Date.now() + seconds('total-timeout', 1500);
const only = typeof options.only === 'string' ? options.only.split(',') : null;
const anchors = ANCHORS.filter((anchor) => !only || only.includes(anchor.id));
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

// 1. The kit, from its built dist (as published), same run, same settings.
if (!options['skip-build'] && !buildKitDist(log).ok) {
  log('anchors: the kit does not build: nothing measured');
  process.exit(1);
}
const kit = await measureKit();
/** @param {string} id */
const kitRow = (id) => kit.rows.find((row) => row.id === id);
const stylesCss = kit.styles.sizes;
/** @param {string} id @param {string} label @param {string} dropIn @param {boolean} withCss */
const kitFigure = (id, label, dropIn, withCss) => {
  const row = kitRow(id);
  const ok = row?.status === 'ok' && row.full;
  return { label, dropIn, js: ok ? row.full?.js ?? null : null, css: withCss ? stylesCss : null, reason: ok ? undefined : row?.status === 'error' ? `error: ${row.reason}` : row?.reason };
};
const kitFigures = [
  kitFigure('dropin', 'Synerise kit, drop-in', '`SyneriseAuthProvider` + `AuthFlow` (every step) + `AccountMenu` + `ThemeRoot` + styles.css', true),
  kitFigure('dropin-initial', 'Synerise kit, drop-in initial chunk', 'the same, esbuild `splitting`: entry + statically imported chunks (equals the whole while no step is lazy)', true),
  kitFigure('dropin-rq', 'Synerise kit, drop-in, react-query external', 'the same, `@tanstack/react-query` left to the shop', true),
  kitFigure('hooks', 'Synerise kit, hooks-only', '`SyneriseAuthProvider` + `useSession` + `useSignIn` + `useSignOut`', false),
  kitFigure('headless', 'Synerise kit, headless', '`@synerise-auth/core` + `@synerise-auth/react`, every export', false),
];

// 2. The anchors, each in its own folder so one failure does not stop the others.
const keep = Boolean(options.keep) || typeof options.dir === 'string';
const root = typeof options.dir === 'string' ? resolve(String(options.dir)) : mkdtempSync(join(tmpdir(), 'synerise-anchors-'));
log(`anchors: installing in ${root}`);
const results = await mapPool(anchors, Number(options.concurrency ?? 2), async (anchor) => {
  const remaining = deadline - Date.now();
  if (remaining < 30_000) return { anchor, install: null, js: null, css: null, error: 'skipped: overall time limit reached' };
  const dir = join(root, anchor.id);
  const install = await installAnchor(anchor, { dir, timeoutMs: Math.min(seconds('install-timeout', 420), remaining), reuse: true });
  log(`anchors: ${anchor.id} ${install.ok ? 'installed' : `FAILED (${install.error})`} in ${install.seconds.toFixed(0)} s`);
  if (!install.ok) return { anchor, install, js: null, css: null };
  try {
    const measured = await measureEntry({ contents: anchorEntry(anchor), resolveDir: dir });
    return { anchor, install, js: measured.js, css: measured.css };
  } catch (error) {
    return { anchor, install, js: null, css: null, error: firstLine(error) };
  }
});
// 3. Mount-to-interactive timing in chromium: the kit next to an anchor that renders offline.
const supabase = results.find((result) => result.anchor.id === 'supabase' && result.install?.ok);
const mount = await measureMountTimings([KIT_PAGE, ...(supabase ? [supabasePage(join(root, 'supabase'))] : [])]).catch((error) => {
  log(`anchors: mount timing failed (${firstLine(error)})`);
  return null;
});
if (!keep) rmSync(root, { recursive: true, force: true });

// 4. Runtime figures and the report.
const runtime = [...(await measureRuntime()), ...mountRows(mount)];
const figures = budgetFigures(kit.rows, kit.styles);
const budgetLines = checkBudgets(BUDGETS, figures.gzip, figures.reasons).map(formatBudgetLine);
const rows = comparisonRows(kitFigures, results, `${readJson(join(ROOT_DIR, 'packages', 'ui', 'package.json')).version} (workspace)`);
const tools = { node: process.version, esbuild: String(readJson(join(BENCH_DIR, '..', '..', 'node_modules', 'esbuild', 'package.json')).version) };
const date = new Date().toISOString().slice(0, 10);
const settings = [
  `esbuild \`${JSON.stringify({ bundle: true, minify: true, format: SHARED_BUILD_OPTIONS.format, platform: SHARED_BUILD_OPTIONS.platform, target: SHARED_BUILD_OPTIONS.target })}\`, \`process.env.NODE_ENV = "production"\`, legal comments dropped; \`react\`, \`react-dom\` and their subpaths external, everything else bundled.`,
  'The kit is bundled from the `dist` of each package, built by its own `tsup` build in the same run (what npm publishes; default export condition); each anchor from its published package, installed with npm (`--legacy-peer-deps` only where a peer range blocks the install) in its own folder of a temporary directory.',
  'Each row bundles a virtual entry re-exporting what a shop imports to put that sign-in on a page (column "Drop-in measured").',
  'gzip level 9 and brotli quality 11 of the minified output; 1 kB = 1000 bytes. CSS is the minified CSS the entry imports (the kit: `styles.css`). Fonts and images are not counted.',
  'Bundle weight is not the whole cost: see the notes for libraries that load code at run time.',
];

if (options.json) {
  process.stdout.write(`${JSON.stringify({ date, tools, kit: kitFigures, anchors: results, runtime, budgets: budgetLines }, null, 2)}\n`);
} else {
  const text = comparisonText(rows);
  process.stdout.write(`${[
    `Side-by-side bundle weight, everything but React included (${date}, node ${tools.node}, esbuild ${tools.esbuild})`,
    '',
    renderTextTable(COMPARISON_TEXT_COLUMNS, text.cells),
    '',
    ...text.notes.map((note) => `- ${note}`),
    '',
    ...budgetLines,
    '',
    renderTextTable([{ header: 'runtime metric' }, { header: 'value', align: 'right' }, { header: 'note' }], runtime.map((row) => [row.metric, row.value, row.note ?? ''])),
  ].join('\n')}\n`);
}
if (options.write) {
  const file = join(ROOT_DIR, 'docs', 'benchmarks.md');
  mkdirSync(join(ROOT_DIR, 'docs'), { recursive: true });
  writeFileSync(file, renderBenchmarksMarkdown({ date, tools, rows, budgetLines, runtime, settings }));
  log(`anchors: wrote ${file}`);
}
