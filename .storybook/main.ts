import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

// Stories live beside the code: packages/ui/src/**/X.stories.tsx (components and primitives),
// packages/react/src/**/X.stories.tsx (hook demo pages) and .mdx pages for designers.
const config: StorybookConfig = {
  stories: [
    '../packages/ui/src/**/*.mdx',
    '../packages/ui/src/**/*.stories.tsx',
    '../packages/react/src/**/*.stories.tsx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript sources (the "source" export condition).
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;
