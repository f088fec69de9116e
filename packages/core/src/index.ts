// Public API of @synerise-auth/core. Importing it touches no browser global (SSR-safe):
// platform defaults are looked up only when a client is created.

// Client
export { createAuthClient, DEFAULT_STORAGE_KEY } from './client/createAuthClient';
export type {
  AuthClient, AuthClientOptions, ConditionalSignInInput, Identifier, PinState, RegisterInput, RegistrationResult, SignInInput, SignOutOptions,
  SocialProvider, SocialSignInInput,
} from './client/types';
export type {
  AnonymousSnapshot, AuthenticatedSnapshot, AuthEvents, BootingSnapshot, SessionHealth, SessionSnapshot, SessionStatus, SignOutReason,
} from './session/types';
export type { SessionProfile } from './session/record';
export { decodeJwt } from './session/jwt';
export { shallowEqual } from './session/store';
export type { JwtClaims, Realm } from './session/jwt';

// Ports and their default implementations
export type {
  Clock, EnvironmentEvent, EnvironmentSignals, EventLoop, Fetch, IdentityMirror, KeyValueStorage, Random, TabChannel, TabLock, TimerHandle,
} from './ports';
export { systemClock } from './ports/clock';
export { systemRandom } from './ports/random';
export { createBrowserStorage } from './ports/browserStorage';
export { createMemoryStorage } from './ports/memoryStorage';
export { createBroadcastTabChannel } from './ports/channel';
export { createWebLock, createWebLockOrLease } from './ports/webLock';
export { createLeaseLock } from './ports/leaseLock';
export type { LeaseLockOptions } from './ports/leaseLock';
export { createBrowserEnvironment, staticEnvironment } from './ports/environment';
export { createUuidCookieMirror } from './ports/uuidCookie';
export { globalFetch } from './ports/fetch';

// API client, errors, flows, policy (their own barrels)
export * from './api/index';
export * from './errors/index';
export * from './flows/index';
export * from './flow/index';
export * from './policy/index';

