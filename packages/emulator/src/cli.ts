import { startEmulatorServer } from './node.js';

/**
 * `pnpm --filter @synerise-auth/emulator start`: dev server on 127.0.0.1:$PORT (default 8787)
 * with one demo customer (demo@example.com / Demo123!).
 */
const port = Number(process.env['PORT'] ?? 8787);
const host = process.env['HOST'] ?? '127.0.0.1';

const server = await startEmulatorServer({
  port,
  host,
  emulatorOptions: {
    profiles: [{ email: 'demo@example.com', password: 'Demo123!', firstName: 'Demo', lastName: 'Customer' }],
  },
});
process.stdout.write(`Synerise emulator listening on ${server.url} (api key: emulator-api-key)\n`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
