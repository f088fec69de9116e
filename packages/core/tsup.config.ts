import { defineConfig } from 'tsup';

export default defineConfig({
  // `.` is the browser-safe entry; `/testing` holds the fakes (manual clock, simulated tabs);
  // `/server` loads workspace settings with a workspace token (Node only, never imported by `.`).
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'server/index': 'src/server/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
