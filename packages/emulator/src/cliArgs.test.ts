import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER, parseCliArgs } from './cliArgs.js';

describe('parseCliArgs (the synerise-auth-emulator bin)', () => {
  it('defaults: port 8787 on 127.0.0.1 with the demo customer', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'start',
      port: 8787,
      host: '127.0.0.1',
      emulatorOptions: { settings: {}, profiles: [DEMO_CUSTOMER] },
    });
  });

  it('reads $PORT/$HOST, and flags win over them', () => {
    expect(parseCliArgs([], { PORT: '9000', HOST: '0.0.0.0' })).toMatchObject({ port: 9000, host: '0.0.0.0' });
    expect(parseCliArgs(['--port', '0'], { PORT: '9000' })).toMatchObject({ port: 0 });
  });

  it('maps workspace flags to emulator options', () => {
    const command = parseCliArgs([
      '--api-key', 'k1', '--api-key', 'k2',
      '--registration-type', 'REQUIRE_PIN_CONFIRMATION',
      '--pin-confirmation-type', 'EVERYONE',
      '--token-ttl', '60',
      '--no-demo-customer',
    ]);
    expect(command).toEqual({
      kind: 'start',
      port: 8787,
      host: '127.0.0.1',
      emulatorOptions: {
        apiKeys: ['k1', 'k2'],
        tokenTtlSeconds: 60,
        profiles: [],
        settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE' },
      },
    });
  });

  it('help and errors', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--registration-type', 'NOPE'])).toMatchObject({ kind: 'error', message: expect.stringContaining('REQUIRE_PIN_CONFIRMATION') });
    expect(parseCliArgs(['--port', 'x'])).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--token-ttl', '-1'])).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--bogus'])).toMatchObject({ kind: 'error', message: expect.stringContaining('bogus') });
  });
});
