import * as fc from 'fast-check';

// The random steps of the multi-tab session property. Tab numbers are taken modulo the
// number of open tabs when a step runs.

export type FaultKind = 'server-error' | 'network-error' | 'rate-limit';
export type FaultTarget = 'refresh' | 'anonymous' | 'login' | 'logout';

export type SessionAction =
  | { kind: 'advance'; minutes: number }
  | { kind: 'jump'; minutes: number }
  | { kind: 'sleep'; tab: number; minutes: number; allTabs: boolean }
  | { kind: 'offline'; minutes: number }
  | { kind: 'signIn'; tab: number }
  | { kind: 'signOut'; tab: number; clear: boolean }
  | { kind: 'open' }
  | { kind: 'close'; tab: number }
  | { kind: 'reload'; tab: number }
  | { kind: 'fault'; fault: FaultKind; target: FaultTarget; count: number }
  | { kind: 'revoke' };

export const FAULT_PATHS: Record<FaultTarget, string> = {
  refresh: '/sauth/v3/auth/refresh/client',
  anonymous: '/sauth/v3/auth/login/client/anonymous',
  login: '/sauth/v3/auth/login/client',
  logout: '/sauth/my-account/logout',
};

const tab = fc.nat({ max: 7 });

export const sessionAction: fc.Arbitrary<SessionAction> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 360 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('jump' as const), minutes: fc.integer({ min: 30, max: 720 }) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('sleep' as const), tab, minutes: fc.integer({ min: 1, max: 600 }), allTabs: fc.boolean() }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('offline' as const), minutes: fc.integer({ min: 1, max: 180 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('signIn' as const), tab }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('signOut' as const), tab, clear: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('open' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('close' as const), tab }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('reload' as const), tab }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      fault: fc.constantFrom<FaultKind>('server-error', 'network-error', 'rate-limit'),
      target: fc.constantFrom<FaultTarget>('refresh', 'anonymous', 'login', 'logout'),
      count: fc.integer({ min: 1, max: 4 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('revoke' as const) }), weight: 1 },
);

export interface SessionScenario {
  seed: number;
  tabs: number;
  tokenTtlSeconds: number;
  actions: SessionAction[];
}

export const sessionScenario: fc.Arbitrary<SessionScenario> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  tabs: fc.integer({ min: 1, max: 3 }),
  tokenTtlSeconds: fc.constantFrom(3600, 7200, 14_400),
  actions: fc.array(sessionAction, { minLength: 4, maxLength: 14 }),
});
