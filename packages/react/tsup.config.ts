import { defineConfig } from 'tsup';

export default defineConfig({
  // The /query entry imports @tanstack/react-query (an optional peer, kept external); the main entry never does.
  entry: { index: 'src/index.ts', 'query/index': 'src/query/index.ts' },
  external: ['@tanstack/react-query'],
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
