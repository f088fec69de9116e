import { createSyneriseEmulator } from '../src/emulator.js';
import type { EmulatorOptions, SyneriseEmulator } from '../src/types.js';

export const API_KEY = 'emulator-api-key';
export const WORKSPACE_API_KEY = 'emulator-workspace-api-key';
export const START = Date.UTC(2025, 0, 15, 12, 0, 0);

export interface ManualClock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(start = START): ManualClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export async function call(
  emu: SyneriseEmulator,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await emu.fetch(`${emu.baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
}

export const post = (emu: SyneriseEmulator, path: string, body?: unknown, token?: string): Promise<Reply> =>
  call(emu, 'POST', path, body, token);
export const get = (emu: SyneriseEmulator, path: string, token?: string): Promise<Reply> =>
  call(emu, 'GET', path, undefined, token);

export const PATHS = {
  anonymous: '/sauth/v3/auth/login/client/anonymous',
  login: '/sauth/v3/auth/login/client',
  conditional: '/sauth/v3/auth/login/client/conditional',
  refresh: '/sauth/v3/auth/refresh/client',
  settings: '/sauth/settings/synerise-auth',
  workspaceLogin: '/uauth/v2/auth/login/profile',
  register: '/sauth/clients/registered',
  activationRequest: '/sauth/clients/activation/request',
  activationConfirm: '/sauth/clients/activation/confirmation',
  pinRequest: '/sauth/clients/activation/by-pin-code/request',
  pinConfirm: '/sauth/clients/activation/by-pin-code/confirmation',
  resetRequest: '/sauth/clients/password-reset/request',
  resetConfirm: '/sauth/clients/password-reset/confirmation',
  changePassword: '/sauth/my-account/change-password',
  personal: '/v4/my-account/personal-information',
  logout: '/sauth/my-account/logout',
} as const;

export const PASSWORD = 'Secret1!';

export function setup(options: EmulatorOptions = {}): { emu: SyneriseEmulator; clock: ManualClock } {
  const clock = manualClock();
  const emu = createSyneriseEmulator({
    clock,
    profiles: [{ email: 'ann@example.com', password: PASSWORD, firstName: 'Ann', customId: 'card-1' }],
    ...options,
  });
  return { emu, clock };
}

let anonymousCount = 0;

/** Anonymous login (uuid required by seed 003; a fresh one per call when not given). */
export async function anonymous(emu: SyneriseEmulator, uuid?: string, deviceId = 'device-1'): Promise<string> {
  anonymousCount += 1;
  const r = await post(emu, PATHS.anonymous, { apiKey: API_KEY, deviceId, uuid: uuid ?? `anon-${anonymousCount}` });
  if (r.status !== 200) throw new Error(`anonymous login failed: ${r.status}`);
  return r.body['token'] as string;
}

export async function signIn(emu: SyneriseEmulator, email = 'ann@example.com', password = PASSWORD, extra: Record<string, unknown> = {}): Promise<Reply> {
  return post(emu, PATHS.login, { apiKey: API_KEY, identityProvider: 'SYNERISE', email, password, uuid: 'signin-uuid', ...extra });
}

/** A workspace token (the only token the /sauth/settings endpoints accept). */
export async function workspace(emu: SyneriseEmulator): Promise<string> {
  const r = await post(emu, PATHS.workspaceLogin, { apiKey: WORKSPACE_API_KEY });
  if (r.status !== 200) throw new Error(`workspace login failed: ${r.status}`);
  return r.body['token'] as string;
}

export function claimsOf(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
