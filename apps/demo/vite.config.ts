import react from '@vitejs/plugin-react';
import { embeddedEmulator } from '@synerise-auth/emulator/vite';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { DEMO_PROFILES } from './demo-profiles.ts';

// Workspace packages resolve to their TypeScript sources (the "source" export condition).
// The emulator plugin itself is the shipped one (packages/emulator/dist/vite.js: Node loads
// the config without that condition); it loads the emulator through Vite, so from sources.
// The documented default is ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; the demo asks everyone for a PIN
// (switchable on the workspace page). SYNERISE_EMULATOR_OPAQUE=1: tokens that are not decodable
// JWTs (the e2e runner's second pass).
const opaqueTokens = process.env['SYNERISE_EMULATOR_OPAQUE'] === '1';

export default defineConfig({
  plugins: [react(), embeddedEmulator({ profiles: DEMO_PROFILES, settings: { pinConfirmationType: 'EVERYONE' }, opaqueTokens, banner: 'Synerise emulator embedded (api key: emulator-api-key, demo@example.com / Demo123!)' })],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  server: { host: '127.0.0.1', port: 5173 },
});
