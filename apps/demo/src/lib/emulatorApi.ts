// Thin client of the emulator's dev-only control endpoints (/__emulator/*, same origin).

export type RegistrationType = 'AUTOMATIC' | 'REQUIRE_EMAIL_CONFIRMATION' | 'REQUIRE_ACTIVATION' | 'REQUIRE_PIN_CONFIRMATION';
export type FaultKind = 'server-error' | 'network-error' | 'timeout' | 'malformed-json' | 'wrong-shape' | 'rate-limit';
export const FAULT_KINDS: readonly FaultKind[] = ['server-error', 'network-error', 'timeout', 'malformed-json', 'wrong-shape', 'rate-limit'];
export const REGISTRATION_TYPES: readonly RegistrationType[] = [
  'AUTOMATIC',
  'REQUIRE_EMAIL_CONFIRMATION',
  'REQUIRE_ACTIVATION',
  'REQUIRE_PIN_CONFIRMATION',
];

export interface EmulatorSettings {
  registrationType: RegistrationType;
  pinConfirmationType: 'EVERYONE' | 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT';
  pinConfirmationLength: number;
  pinConfirmationValidInSeconds: number;
  pinResendCooldownSeconds: number;
  passwordPolicy: {
    minLength: number;
    maxLength: number;
    requireAtLeastOneLowercase: boolean;
    requireAtLeastOneUppercase: boolean;
    requireAtLeastOneNumber: boolean;
    requireAtLeastOneNonAlphaNumeric: boolean;
  };
  bans: { firstThreshold: number; firstMinutes: number; secondThreshold: number; secondMinutes: number; permanentThreshold: number };
  deviceControlMode: false | 'SOFT' | 'HARD' | 'CONDITIONAL_BASED_ON_LOCATION';
  requiredAgreements: string[];
  tokenLifetimeInSeconds?: number;
}

export interface OutboxMessage {
  id: string;
  to: string;
  kind: 'ACTIVATION' | 'EMAIL_CONFIRMATION' | 'PIN' | 'PASSWORD_RESET';
  sentAt: number;
  subject: string;
  text: string;
  token?: string;
  pin?: string;
  expiresAt?: number;
}

export type SettingsPatch = Partial<Omit<EmulatorSettings, 'passwordPolicy' | 'bans'>> & {
  passwordPolicy?: Partial<EmulatorSettings['passwordPolicy']>;
  bans?: Partial<EmulatorSettings['bans']>;
  tokenTtlSeconds?: number;
};

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Emulator ${method} ${path} answered ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const emulatorApi = {
  settings: () => call<EmulatorSettings>('GET', '/settings'),
  patchSettings: (patch: SettingsPatch) => call<EmulatorSettings>('POST', '/settings', patch),
  outbox: () => call<{ messages: OutboxMessage[] }>('GET', '/outbox').then((r) => r.messages),
  clearOutbox: () => call<void>('DELETE', '/outbox'),
  injectFault: (kind: FaultKind, options: { count?: number; path?: string }) => call<void>('POST', '/faults', { kind, ...options }),
  clearFaults: () => call<void>('DELETE', '/faults'),
  mintIdentity: (provider: 'GOOGLE' | 'FACEBOOK' | 'APPLE', email: string, firstName?: string) =>
    call<{ token: string }>('POST', '/identity/mint', { provider, email, ...(firstName ? { firstName } : {}) }).then((r) => r.token),
  revokeAll: () => call<void>('POST', '/revoke-all'),
  reset: () => call<void>('POST', '/reset'),
};
