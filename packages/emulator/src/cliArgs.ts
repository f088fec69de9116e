import { parseArgs } from 'node:util';
import type { EmulatorOptions, RegistrationType, WorkspaceSettings } from './types.js';

const REGISTRATION_TYPES: RegistrationType[] = ['AUTOMATIC', 'REQUIRE_EMAIL_CONFIRMATION', 'REQUIRE_ACTIVATION', 'REQUIRE_PIN_CONFIRMATION'];
const PIN_TYPES: Array<WorkspaceSettings['pinConfirmationType']> = ['EVERYONE', 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT'];

export const DEMO_CUSTOMER = { email: 'demo@example.com', password: 'Demo123!', firstName: 'Demo', lastName: 'Customer' };

export const CLI_HELP = `Usage: synerise-auth-emulator [options]

Starts the in-memory Synerise customer-auth emulator over HTTP, with its dev endpoints
(/__emulator/outbox, /settings, /faults, /reset, ...). Everything is lost when it stops.

Options:
  --port <n>                    port (default $PORT or 8787; 0 = any free port)
  --host <name>                 interface (default 127.0.0.1)
  --api-key <key>               accepted profile API key, repeatable (default emulator-api-key)
  --registration-type <type>    ${REGISTRATION_TYPES.join(' | ')}
  --pin-confirmation-type <t>   ${PIN_TYPES.join(' | ')}
  --token-ttl <seconds>         lifetime of issued tokens (default 3600)
  --no-demo-customer            do not seed demo@example.com / Demo123!
  -h, --help                    this text
`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'start'; port: number; host: string; emulatorOptions: EmulatorOptions };

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined | Error {
  if (value === undefined) return undefined;
  return (allowed as readonly string[]).includes(value) ? (value as T) : new Error(`--${flag} must be one of ${allowed.join(', ')}`);
}

/** Parses the bin's arguments (and $PORT/$HOST) into what to start; never throws. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'api-key': { type: 'string', multiple: true },
        'registration-type': { type: 'string' },
        'pin-confirmation-type': { type: 'string' },
        'token-ttl': { type: 'string' },
        'no-demo-customer': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const port = Number(values.port ?? env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { kind: 'error', message: '--port must be an integer 0-65535' };
  const registrationType = oneOf('registration-type', values['registration-type'], REGISTRATION_TYPES);
  if (registrationType instanceof Error) return { kind: 'error', message: registrationType.message };
  const pinConfirmationType = oneOf('pin-confirmation-type', values['pin-confirmation-type'], PIN_TYPES);
  if (pinConfirmationType instanceof Error) return { kind: 'error', message: pinConfirmationType.message };
  const ttl = values['token-ttl'] === undefined ? undefined : Number(values['token-ttl']);
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl > 0)) return { kind: 'error', message: '--token-ttl must be a positive integer' };
  const settings: Partial<WorkspaceSettings> = {
    ...(registrationType ? { registrationType } : {}),
    ...(pinConfirmationType ? { pinConfirmationType } : {}),
  };
  const emulatorOptions: EmulatorOptions = {
    settings,
    profiles: values['no-demo-customer'] ? [] : [DEMO_CUSTOMER],
    ...(values['api-key'] ? { apiKeys: values['api-key'] } : {}),
    ...(ttl !== undefined ? { tokenTtlSeconds: ttl } : {}),
  };
  return { kind: 'start', port, host: values.host ?? env['HOST'] ?? '127.0.0.1', emulatorOptions };
}
