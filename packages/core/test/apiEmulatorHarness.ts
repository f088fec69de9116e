// Shared setup of the API client's integration tests against the Synerise emulator.
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from './emulatorMode';
import type { EmulatorOptions } from '@synerise-auth/emulator';
import { expect } from 'vitest';
import { AuthError } from '../src/errors/AuthError';
import { createManualClock } from '../src/testing/manualClock';
import { createApiClient } from '../src/api/client';
import type { LoginBody } from '../src/api/contract';

export const PASSWORD = 'Passw0rd!';
export const UUID = '0b6a3f0e-7d0e-4e4f-9a57-5b3c2f1d9e01';

export function setup(options: Omit<EmulatorOptions, 'clock'> = {}) {
  const clock = createManualClock();
  // The emulator defaults to the documented ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; these suites expect a PIN for everyone.
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, ...options, settings: { pinConfirmationType: 'EVERYONE', ...options.settings } });
  const api = createApiClient({ apiKey: 'emulator-api-key', baseUrl: emulator.baseUrl, fetch: (r) => emulator.fetch(r), clock });
  const anonymous = async (uuid = UUID) => (await api.anonymousLogin({ uuid, deviceId: 'device-1' })).token;
  return { clock, emulator, api, anonymous };
}

export const creds = (email: string, password = PASSWORD): LoginBody => ({ identityProvider: 'SYNERISE', email, password, uuid: UUID, deviceId: 'device-1' });

/** The AuthError a promise rejects with (fails the test when it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}
