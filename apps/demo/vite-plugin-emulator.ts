import type * as Emulator from '@synerise-auth/emulator';
import type * as EmulatorNode from '@synerise-auth/emulator/node';
import type { Connect, Plugin } from 'vite';

/** Paths the embedded emulator answers; everything else is the demo app. */
const EMULATOR_PATHS = ['/sauth/', '/v4/', '/__emulator/'];

/** Seed data for the demo workspace (documented in apps/demo/README.md). */
export const DEMO_PROFILES = [
  { email: 'demo@example.com', password: 'Demo123!', firstName: 'Ada', lastName: 'Nowak' },
  { email: 'terms@example.com', password: 'Demo123!', firstName: 'Terry', agreements: {} },
  { email: 'mfa@example.com', password: 'Demo123!', mfaRequired: true },
  { email: 'approval@example.com', password: 'Demo123!', approvalRequired: true },
  { email: 'inactive@example.com', password: 'Demo123!', activated: false },
];

/**
 * Runs the Synerise emulator inside the Vite dev server (same origin as the app, so no CORS
 * and one command starts both). The emulator is loaded through Vite's SSR loader so it runs
 * from its TypeScript sources (the `source` export condition) without a build.
 */
export function embeddedEmulator(): Plugin {
  return {
    name: 'synerise-auth:embedded-emulator',
    async configureServer(server) {
      const { createSyneriseEmulator } = (await server.ssrLoadModule('@synerise-auth/emulator')) as typeof Emulator;
      const { createEmulatorListener } = (await server.ssrLoadModule('@synerise-auth/emulator/node')) as typeof EmulatorNode;
      // The documented default is ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; the demo asks everyone for a PIN
      // (switchable on the workspace page).
      // SYNERISE_EMULATOR_OPAQUE=1: tokens that are not decodable JWTs (the e2e runner's second pass).
      const opaqueTokens = process.env['SYNERISE_EMULATOR_OPAQUE'] === '1';
      const emulator = createSyneriseEmulator({ profiles: DEMO_PROFILES, settings: { pinConfirmationType: 'EVERYONE' }, opaqueTokens });
      const listener = createEmulatorListener(emulator, () => {
        const address = server.httpServer?.address();
        return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : 'http://127.0.0.1';
      });
      const middleware: Connect.NextHandleFunction = (req, res, next) => {
        const url = req.url ?? '';
        if (EMULATOR_PATHS.some((p) => url.startsWith(p))) listener(req, res);
        else next();
      };
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', () => {
        server.config.logger.info('  Synerise emulator embedded (api key: emulator-api-key, demo@example.com / Demo123!)');
      });
    },
  };
}
