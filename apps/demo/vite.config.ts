import react from '@vitejs/plugin-react';
import { embeddedEmulator } from '@synerise-auth/emulator/vite';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { DEMO_PROFILES } from './demo-profiles.ts';

// Workspace packages resolve to their TypeScript sources (the "source" export condition).
// The emulator plugin itself is the shipped one (packages/emulator/dist/vite.js: Node loads
// the config without that condition); it loads the emulator through Vite, so from sources.
export default defineConfig({
  plugins: [react(), embeddedEmulator({ profiles: DEMO_PROFILES, banner: 'Synerise emulator embedded (api key: emulator-api-key, demo@example.com / Demo123!)' })],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  server: { host: '127.0.0.1', port: 5173 },
});
