// vite.config.ts imports the shipped plugin `@synerise-auth/emulator/vite`, which Node loads from
// packages/emulator/dist: build the emulator once when that file is missing (a fresh checkout).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const emulatorDir = join(root, 'packages/emulator');
if (!existsSync(join(emulatorDir, 'dist/vite.js'))) {
  process.stderr.write('Building @synerise-auth/emulator (its Vite plugin is loaded from dist)…\n');
  const result = spawnSync(join(root, 'node_modules/.bin/tsup'), [], { cwd: emulatorDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
