// Story tests: every story renders in headless Chromium and runs its play function plus
// axe (a11y violations fail). Run with `pnpm test-storybook`
// (= vitest --config .storybook/vitest.config.ts --run).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const configDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.resolve(configDir, '..'),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Pre-bundle everything stories import so Vite never re-optimises (and reloads) mid-run.
  optimizeDeps: {
    // Crawl every story (and what it imports, workspace sources included) before the run.
    entries: ['packages/*/src/**/*.stories.tsx', '.storybook/preview.tsx'],
    include: [
      'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime',
      'axe-core', 'storybook/test', '@storybook/react-vite',
      '@storybook/addon-a11y/preview', '@storybook/addon-docs/preview',
      // the ui package's own dependencies (not hoisted by pnpm): pre-bundled so Vite never re-optimises mid-run
      '@synerise-auth/ui > @react-oauth/google', '@synerise-auth/ui > react-hook-form',
      '@synerise-auth/ui > @hookform/resolvers/standard-schema',
    ],
  },
  test: {
    projects: [
      {
        // Static checks over the CSF files (required story ids), in Node: no browser needed.
        extends: true,
        test: { name: 'stories-index', include: ['.storybook/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir, storybookScript: 'npm run storybook -- --ci' })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
