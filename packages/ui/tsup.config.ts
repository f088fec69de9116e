import { build } from 'esbuild';
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
  // Bundling drops module directives: the built entry must start with 'use client' so that a
  // Next.js server component can render <AuthFlow>, <AccountMenu>… (they become client references).
  banner: { js: "'use client';" },
  // dist/styles.css: the stylesheet with its @import partials inlined (one file, no src/ needed).
  onSuccess: async () => {
    await build({ entryPoints: ['src/styles.css'], bundle: true, outfile: 'dist/styles.css', logLevel: 'warning' });
  },
});
