import { defineConfig } from 'tsup';

export default defineConfig({
  // Each locale catalogue is its own entry (`@synerise-auth/ui/locales/pl`): the main entry
  // ships English only.
  entry: { index: 'src/index.ts', 'locales/en': 'src/locales/en.ts', 'locales/pl': 'src/locales/pl.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
});
