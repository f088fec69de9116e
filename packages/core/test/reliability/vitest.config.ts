import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The reliability suite of core (`pnpm test:reliability`); excluded from the package's default run.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    include: ['test/reliability/**/*.test.{ts,tsx}'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
