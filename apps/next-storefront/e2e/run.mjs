// e2e of the Next.js storefront: the emulator bin (PIN registration workspace) and `next start`
// (a production build: run `next build` first, `pnpm e2e:next` does) on free ports, then every
// e2e/*.e2e.mjs with `node --test`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binsOf, startEmulator, startNext } from '../../../fixtures/e2e/servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
if (!existsSync(join(app, '.next/BUILD_ID'))) {
  console.error('No production build: run `next build` in apps/next-storefront first (pnpm e2e:next does).');
  process.exit(1);
}
const bins = binsOf(app);
const emulator = await startEmulator(bins.emulator(), ['--registration-type', 'REQUIRE_PIN_CONFIRMATION', '--pin-confirmation-type', 'EVERYONE']);
let code = 1;
try {
  const next = await startNext(bins.next(), app, { SYNERISE_BASE_URL: emulator.url, SYNERISE_API_KEY: 'emulator-api-key' });
  console.warn(`next-storefront on ${next.url}, emulator on ${emulator.url}`);
  try {
    const only = process.argv.slice(2);
    const files = readdirSync(here)
      .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
      .sort()
      .map((f) => join(here, f));
    code = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
        stdio: 'inherit',
        env: { ...process.env, NEXT_URL: next.url, EMULATOR_URL: emulator.url },
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
  } finally {
    await next.stop();
  }
} catch (error) {
  console.error(error);
} finally {
  await emulator.stop();
}
process.exit(code);
