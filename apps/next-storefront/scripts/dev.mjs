// `pnpm dev`: the emulator bin on 127.0.0.1:8787 (or $EMULATOR_PORT) and `next dev` beside it.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binsOf } from '../../../fixtures/e2e/servers.mjs';

const bins = binsOf(join(dirname(fileURLToPath(import.meta.url)), '..'));

const port = process.env.EMULATOR_PORT ?? '8787';
const emulator = spawn(process.execPath, [bins.emulator(), '--port', port, ...process.argv.slice(2)], { stdio: 'inherit' });
const next = spawn(process.execPath, [bins.next(), 'dev', '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SYNERISE_BASE_URL: `http://127.0.0.1:${port}` },
});
const stop = () => {
  emulator.kill('SIGTERM');
  next.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => {
  emulator.kill('SIGTERM');
  process.exitCode = code ?? 0;
});
