import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  // dist/index.js starts with src/index.ts's 'use client' (esbuild keeps the entry's directive),
  // so Next.js server components can import the provider and hooks as client references.
  // check-packages fails if it goes missing.
});
