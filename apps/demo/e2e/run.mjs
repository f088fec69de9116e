// End-to-end runner: starts the demo's Vite dev server (with the embedded emulator) on a free
// port, warms it up in Chromium, runs every e2e/*.e2e.mjs with `node --test`, then stops it;
// then the same for the sign-in/refresh/reload/revoke files with opaque tokens (OPAQUE_PASS).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from './browser.mjs';
import '../scripts/ensure-emulator-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

// Files that also run against opaque tokens (the emulator's `opaqueTokens`: tokens that are
// not decodable JWTs, like the SDKs' encrypted v3 tokens): sign-in, refresh, reload, revoke.
const OPAQUE_PASS = ['02-auth', '03-session', '05-reload-refresh', '06-revoke'];

const only = process.argv.slice(2);
const selected = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
const passes = [
  { opaque: false, files: selected },
  { opaque: true, files: selected.filter((f) => OPAQUE_PASS.some((o) => f.includes(o))) },
];

/** Starts the dev server (the embedded emulator reads SYNERISE_EMULATOR_OPAQUE), warms it up, runs `files`. */
async function runPass({ opaque, files }) {
  process.env.SYNERISE_EMULATOR_OPAQUE = opaque ? '1' : '0';
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  console.warn(`demo + emulator on ${url}${opaque ? ' (opaque tokens)' : ''}`);
  try {
    // Warm-up: let Vite transform and pre-bundle everything once, so tests never see a reload.
    const browser = await chromium.launch(LAUNCH_OPTIONS);
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('[data-testid="session-status"][data-status="anonymous"]').waitFor({ timeout: 60_000 });
    for (const route of ['#/custom', '#/account', '#/workspace']) {
      await page.goto(`${url}/${route}`);
      await page.locator('main h1').waitFor();
    }
    await browser.close();
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files.map((f) => join(here, f))], {
        stdio: 'inherit',
        env: { ...process.env, DEMO_URL: url },
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
  } catch (error) {
    console.error(error);
    return 1;
  } finally {
    await server.close();
  }
}

let code = 0;
for (const pass of passes) {
  if (pass.files.length === 0) continue;
  const passCode = await runPass(pass);
  if (passCode !== 0) code = passCode;
}
process.exit(code);
