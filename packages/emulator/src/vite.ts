import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import type * as EmulatorModule from './index.js';
import type * as NodeModule from './node.js';
import type { EmulatorOptions } from './types.js';

/** Paths the embedded emulator answers by default; everything else is the app. */
export const EMULATOR_PATHS = ['/sauth/', '/uauth/', '/v4/', '/__emulator/'] as const;

export interface EmbeddedEmulatorOptions extends EmulatorOptions {
  /** URL prefixes served by the emulator (default `EMULATOR_PATHS`). */
  paths?: readonly string[];
  /** Printed once the dev server listens (default: the API key and the seeded customers). */
  banner?: string | false;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Vite plugin: runs the Synerise emulator inside the Vite dev server (same origin as the app,
 * so no CORS, and one command starts both). Point the kit at the dev server's origin:
 * `<SyneriseAuthProvider apiKey="emulator-api-key" baseUrl={location.origin}>`.
 * The emulator is loaded through Vite's SSR loader, so a workspace that resolves packages to
 * their sources (a `source` condition) runs it without a build.
 */
export function embeddedEmulator(options: EmbeddedEmulatorOptions = {}): Plugin {
  const { paths = EMULATOR_PATHS, banner, ...emulatorOptions } = options;
  const seeded = (emulatorOptions.profiles ?? []).map((p) => p.email).join(', ');
  const text = banner ?? `Synerise emulator embedded (api key: ${emulatorOptions.apiKeys?.[0] ?? 'emulator-api-key'}${seeded ? `; customers: ${seeded}` : ''})`;

  const mount = (
    modules: { emulator: typeof EmulatorModule; node: typeof NodeModule },
    server: { httpServer: { address(): unknown; once(event: 'listening', fn: () => void): unknown } | null; middlewares: ViteDevServer['middlewares']; config: { logger: { info(msg: string): void } } },
  ): void => {
    const emulator = modules.emulator.createSyneriseEmulator(emulatorOptions);
    const listener: Listener = modules.node.createEmulatorListener(emulator, () => {
      const address = server.httpServer?.address() as { port?: number } | string | null | undefined;
      return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : 'http://127.0.0.1';
    });
    server.middlewares.use((req, res, next) => {
      const url = req.url ?? '';
      if (paths.some((p) => url.startsWith(p))) listener(req, res);
      else next();
    });
    if (banner !== false) server.httpServer?.once('listening', () => server.config.logger.info(`  ${text}`));
  };

  return {
    name: 'synerise-auth:embedded-emulator',
    apply: 'serve',
    // Dev: loaded through Vite's SSR loader, so a workspace resolving packages to their sources
    // (a `source` condition) runs the emulator without a build.
    async configureServer(server) {
      mount(
        {
          emulator: (await server.ssrLoadModule('@synerise-auth/emulator')) as typeof EmulatorModule,
          node: (await server.ssrLoadModule('@synerise-auth/emulator/node')) as typeof NodeModule,
        },
        server,
      );
    },
    // `vite preview` of a production build: the same emulator beside the built app.
    async configurePreviewServer(server) {
      mount({ emulator: await import('@synerise-auth/emulator'), node: await import('@synerise-auth/emulator/node') }, server);
    },
  };
}
