#!/usr/bin/env node
import { CLI_HELP, parseCliArgs } from './cliArgs.js';
import { startEmulatorServer } from './node.js';

/**
 * `npx @synerise-auth/emulator [--port 8787] [--registration-type …]`: the emulator over HTTP
 * with its `/__emulator/*` dev endpoints. `--help` lists the flags.
 */
const command = parseCliArgs(process.argv.slice(2), process.env);
if (command.kind === 'help') {
  process.stdout.write(CLI_HELP);
} else if (command.kind === 'error') {
  process.stderr.write(`${command.message}\n\n${CLI_HELP}`);
  process.exitCode = 2;
} else {
  const server = await startEmulatorServer({ port: command.port, host: command.host, emulatorOptions: command.emulatorOptions });
  const keys = command.emulatorOptions.apiKeys ?? ['emulator-api-key'];
  process.stdout.write(`Synerise emulator listening on ${server.url} (api key: ${keys.join(', ')}; outbox: ${server.url}/__emulator/outbox)\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
