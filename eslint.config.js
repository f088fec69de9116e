// Flat ESLint config. Besides the usual TypeScript rules it keeps the layers apart:
//   core      framework-free: no React, no DOM/browser globals, no hidden clock or timers
//   react     may not import ui
//   emulator  stands for the server: imports nothing of ours
//   nothing   imports apps/
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noApps = {
  group: ['**/apps/**', '@synerise-auth/demo', '@synerise-auth/demo/*'],
  message: 'Nothing may import from apps/.',
};

// Browser globals that core must reach only through injected ports.
const coreForbiddenGlobals = [
  'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location',
  'BroadcastChannel', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
  'requestAnimationFrame', 'fetch', 'performance', 'indexedDB', 'XMLHttpRequest',
].map((name) => ({ name, message: `core reaches "${name}" only through an injected port.` }));

export const coreRestrictedSyntax = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'core reads time only through the injected Clock port (no Date.now()).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'core reads time only through the injected Clock port (no new Date()).',
  },
  {
    selector: "MemberExpression[object.name='globalThis'][property.name=/^(window|document|localStorage|sessionStorage|navigator|location|setTimeout|setInterval|clearTimeout|clearInterval|fetch|BroadcastChannel|performance)$/]",
    message: 'core reaches browser globals and timers only through injected ports.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/dist/**', 'storybook-static/**', '**/.turbo/**',
      '**/coverage/**', '**/.next/**', 'apps/next-storefront/next-types.d.ts', 'apps/demo/e2e/screenshots/**', '**/test/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', { patterns: [noApps] }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['packages/react/**', 'packages/ui/**', 'apps/demo/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'No dangerouslySetInnerHTML in the kit.',
      }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    // src/ports/** holds the real implementations of the ports: the only place globals are
    // allowed. The test fakes in src/testing/** ship in core too and get their real event loop
    // through a port like everything else.
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/ports/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'react', message: 'core is framework-free: no React.' },
          { name: 'react-dom', message: 'core is framework-free: no React.' },
        ],
        patterns: [
          noApps,
          { group: ['react/*', 'react-dom/*', '@tanstack/react-query', '@synerise-auth/react', '@synerise-auth/ui', '@synerise-auth/emulator'], message: 'core imports no framework, no upper layer and not the emulator.' },
        ],
      }],
      'no-restricted-globals': ['error', ...coreForbiddenGlobals],
      'no-restricted-syntax': ['error', ...coreRestrictedSyntax],
    },
  },
  {
    files: ['packages/react/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [noApps, { group: ['@synerise-auth/ui', '@synerise-auth/ui/*', '**/packages/ui/**'], message: 'react may not import ui.' }],
      }],
    },
  },
  {
    files: ['packages/emulator/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [noApps, { group: ['@synerise-auth/core', '@synerise-auth/react', '@synerise-auth/ui', '**/packages/core/**', '**/packages/react/**', '**/packages/ui/**'], message: 'The emulator stands for the server: it imports nothing of ours.' }],
      }],
    },
  },
);
