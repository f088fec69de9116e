import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { embeddedEmulator } from './vite-plugin-emulator.ts';

// Workspace packages resolve to their TypeScript sources (the "source" export condition).
export default defineConfig({
  plugins: [react(), embeddedEmulator()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  server: { host: '127.0.0.1', port: 5173 },
});
