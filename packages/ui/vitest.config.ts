import { defaultClientConditions, defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

// Resolve workspace packages to their TypeScript sources (the "source" export condition).
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // The reliability suite runs on its own: `pnpm test:reliability` (test/reliability/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'test/reliability/**'],
    setupFiles: ['./src/testing/setup.ts'],
  },
});
