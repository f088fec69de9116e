// Starts the emulator bin and `next start` side by side on free ports (used by run.mjs and dev.mjs).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The `synerise-auth-emulator` bin of the installed package (dist/cli.js). */
export const emulatorBin = () => join(dirname(require.resolve('@synerise-auth/emulator/package.json')), 'dist/cli.js');
export const nextBin = () => join(dirname(require.resolve('next/package.json')), 'dist/bin/next');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns the emulator bin with `args`; resolves with its URL (printed on its first line). */
export function startEmulator(args, { bin = emulatorBin() } = {}) {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1], stop: () => stop(child) });
    });
  });
}

/** Runs `next <command>` in `cwd` on a free port; resolves once it answers. */
export async function startNext(cwd, command, env, { bin = nextBin() } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`next ${command} exited with ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return { url, stop: () => stop(child) };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(child);
  throw new Error(`next ${command} did not answer on ${url}`);
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
